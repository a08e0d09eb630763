package dev.claimex.api;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A half-open range {@code [start, end)} of character offsets (Java {@code String} indices) into a
 * document's original text. Never an offset into a cleaned or normalized copy.
 */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    checkArgument(start >= 0 && end >= start, "bad span [%s,%s)", start, end);
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return end == start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** Number of characters the two spans share. */
  public int overlap(Span other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
  }

  /** The text this span covers in {@code text}; fails if the span does not fit. */
  public String textIn(String text) {
    checkArgument(end <= text.length(), "span [%s,%s) outside text of length %s", start, end, text.length());
    return text.substring(start, end);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ")";
  }
}
