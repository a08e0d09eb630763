package dev.claimex.api;

import java.util.Objects;

/** A marked stretch of text (headline, heading, boilerplate …). The text itself is never removed. */
public record Region(RegionKind kind, Span span) {
  public Region {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
  }
}
