package dev.claimex.api;

import java.util.Objects;

/** A span together with the original text under it (a cue, a channel, a hedge). */
public record TextSpan(Span span, String text) {
  public TextSpan {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }

  public static TextSpan of(String documentText, Span span) {
    return new TextSpan(span, span.textIn(documentText));
  }
}
