package dev.claimex.stages.claims;

import dev.claimex.api.Quote;
import dev.claimex.api.Span;
import java.util.List;
import java.util.Optional;

/**
 * Decides whose claim a sentence is: the speaker of a quote that makes up most of it, else the
 * author. A sentence belongs to a quote when the quote's content, cue and speaker mention cover
 * at least {@value #COVERAGE} of its non-blank characters and the sentence does not open with a
 * clause of its own ("This pause comes days after Trump suggested that …" stays the author's:
 * the part before the quote is three or more words not closed by a comma).
 */
final class Attribution {
  static final double COVERAGE = 0.6;

  private Attribution() {}

  /** The quote this sentence reports, if any. */
  static Optional<Quote> quoteOf(String text, Span sentence, List<Quote> quotes) {
    Quote best = null;
    double bestCover = 0;
    int visible = nonBlank(text, sentence.start(), sentence.end());
    if (visible == 0) {
      return Optional.empty();
    }
    for (Quote q : quotes) {
      if (q.speaker().isEmpty() || !q.content().overlaps(sentence)) {
        continue;
      }
      boolean[] covered = new boolean[sentence.length()];
      mark(covered, sentence, q.content());
      mark(covered, sentence, q.speaker().get().mention().span());
      q.cue().ifPresent(c -> mark(covered, sentence, c.span()));
      int n = 0;
      int firstCovered = -1;
      for (int i = 0; i < covered.length; i++) {
        if (covered[i] && !Character.isWhitespace(text.charAt(sentence.start() + i))) {
          n++;
          if (firstCovered < 0) {
            firstCovered = i;
          }
        }
      }
      double cover = (double) n / visible;
      if (cover < COVERAGE || ownOpeningClause(text, sentence.start(), sentence.start() + firstCovered)) {
        continue;
      }
      if (cover > bestCover) {
        best = q;
        bestCover = cover;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether the uncovered text before a quote is a clause of the author's own. */
  static boolean ownOpeningClause(String text, int from, int to) {
    String prefix = text.substring(from, Math.max(from, to)).strip();
    if (prefix.isEmpty() || prefix.endsWith(",") || prefix.endsWith(":")) {
      return false;
    }
    int words = 0;
    for (String w : prefix.split("\\s+")) {
      if (Words.isWord(w)) {
        words++;
      }
    }
    return words >= 3;
  }

  private static void mark(boolean[] covered, Span sentence, Span s) {
    int b = Math.max(s.start(), sentence.start());
    int e = Math.min(s.end(), sentence.end());
    for (int i = b; i < e; i++) {
      covered[i - sentence.start()] = true;
    }
  }

  private static int nonBlank(String text, int b, int e) {
    int n = 0;
    for (int i = b; i < e; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
