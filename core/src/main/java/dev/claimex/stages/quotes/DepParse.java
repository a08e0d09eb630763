package dev.claimex.stages.quotes;

import dev.claimex.api.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A basic dependency parse of one sentence, in a form the frame rules read easily: per token
 * (0-based, sentence-local) its word, tag, lemma, head (-1 for the root), relation and
 * character span in the document. Immutable once built.
 */
final class DepParse {
  final int sentence;
  final int firstToken;
  final String[] words;
  final String[] tags;
  final String[] lemmas;
  final int[] heads;
  final String[] rels;
  final Span[] spans;
  private final List<List<Integer>> children;

  DepParse(int sentence, int firstToken, String[] words, String[] tags, String[] lemmas, int[] heads, String[] rels,
           Span[] spans) {
    this.sentence = sentence;
    this.firstToken = firstToken;
    this.words = words;
    this.tags = tags;
    this.lemmas = lemmas;
    this.heads = heads;
    this.rels = rels;
    this.spans = spans;
    for (int i = 0; i < words.length; i++) {
      int x = i;
      for (int steps = 0; x >= 0; steps++, x = heads[x]) {
        if (steps > words.length) {
          throw new IllegalArgumentException("not a tree: token " + i + " ('" + words[i] + "') never reaches the root");
        }
      }
    }
    List<List<Integer>> ch = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      ch.add(new ArrayList<>());
    }
    for (int i = 0; i < words.length; i++) {
      if (heads[i] >= 0) {
        ch.get(heads[i]).add(i);
      }
    }
    this.children = ch;
  }

  /** The sentence's root token, or -1. */
  int root() {
    for (int t = 0; t < heads.length; t++) {
      if (heads[t] < 0) {
        return t;
      }
    }
    return -1;
  }

  int size() {
    return words.length;
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  /** The first child of {@code i} whose relation is {@code rel} or starts with {@code rel + ":"}. */
  int child(int i, String rel) {
    for (int c : children.get(i)) {
      if (rels[c].equals(rel) || rels[c].startsWith(rel + ":")) {
        return c;
      }
    }
    return -1;
  }

  boolean hasChild(int i, String rel) {
    return child(i, rel) >= 0;
  }

  /** Whether {@code a} is {@code b} or lies below it. */
  boolean dominates(int b, int a) {
    for (int x = a, guard = 0; x >= 0 && guard <= words.length; x = heads[x], guard++) {
      if (x == b) {
        return true;
      }
    }
    return false;
  }

  /**
   * Token indices [lo, hi] of the contiguous stretch of the subtree of {@code i} around
   * {@code i}, leaving out the subtrees in {@code except}; punctuation attached elsewhere
   * inside the stretch is bridged.
   */
  int[] extent(int i, int... except) {
    int lo = i;
    int hi = i;
    while (lo - 1 >= 0 && inside(i, lo - 1, except)) {
      lo--;
    }
    while (hi + 1 < words.length && inside(i, hi + 1, except)) {
      hi++;
    }
    return new int[] {lo, hi};
  }

  private boolean inside(int root, int t, int[] except) {
    if (excluded(t, except)) {
      return false;
    }
    if (dominates(root, t)) {
      return true;
    }
    if (!isPunct(t)) {
      return false;
    }
    // bridge punctuation only when the subtree continues past it
    int dir = t < root ? -1 : 1;
    for (int u = t + dir; u >= 0 && u < words.length; u += dir) {
      if (!isPunct(u)) {
        return dominates(root, u) && !excluded(u, except);
      }
    }
    return false;
  }

  private boolean excluded(int t, int[] except) {
    for (int e : except) {
      if (e >= 0 && dominates(e, t)) {
        return true;
      }
    }
    return false;
  }

  boolean isPunct(int i) {
    return rels[i].equals("punct") || !Character.isLetterOrDigit(words[i].codePointAt(0)) && words[i].length() <= 2
        && !words[i].equals("$") && !words[i].equals("%");
  }

  boolean isVerb(int i) {
    return tags[i].startsWith("VB");
  }

  /** Character span of tokens lo..hi, trimmed of edge punctuation (quotation marks kept when {@code keepQuotes}). */
  Span charSpan(int lo, int hi, boolean keepQuotes) {
    while (lo <= hi && isPunct(lo) && !(keepQuotes && isQuoteMark(lo))) {
      lo++;
    }
    while (hi >= lo && isPunct(hi) && !(keepQuotes && isQuoteMark(hi))) {
      hi--;
    }
    if (lo > hi) {
      return null;
    }
    return new Span(spans[lo].start(), spans[hi].end());
  }

  boolean isQuoteMark(int i) {
    String w = words[i];
    return isDoubleQuoteMark(i) || w.equals("`") || w.equals("'") || w.equals("‘") || w.equals("’");
  }

  boolean isDoubleQuoteMark(int i) {
    String w = words[i];
    return w.equals("``") || w.equals("''") || w.equals("\"") || w.equals("“") || w.equals("”");
  }

  /** Token index holding the character offset, or -1. */
  int tokenAt(int offset) {
    for (int i = 0; i < spans.length; i++) {
      if (spans[i].start() <= offset && offset < spans[i].end()) {
        return i;
      }
    }
    return -1;
  }
}
