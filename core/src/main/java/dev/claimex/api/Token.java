package dev.claimex.api;

import java.util.Objects;

/**
 * One token. {@code text} is exactly the original text under {@code span}; {@code index} is its
 * position in {@link Document#tokens()}.
 */
public record Token(int index, Span span, String text, int sentence) {
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
