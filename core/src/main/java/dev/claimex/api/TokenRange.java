package dev.claimex.api;

import static com.google.common.base.Preconditions.checkArgument;

/** A half-open range {@code [start, end)} of token indices: never confused with a character {@link Span}. */
public record TokenRange(int start, int end) {
  public TokenRange {
    checkArgument(start >= 0 && end >= start, "bad token range [%s,%s)", start, end);
  }

  public int size() {
    return end - start;
  }

  public boolean contains(int tokenIndex) {
    return start <= tokenIndex && tokenIndex < end;
  }
}
