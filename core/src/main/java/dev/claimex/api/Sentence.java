package dev.claimex.api;

import java.util.Objects;

/** One sentence: its character span and the tokens it holds. */
public record Sentence(int index, Span span, TokenRange tokens) {
  public Sentence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(tokens, "tokens");
  }
}
