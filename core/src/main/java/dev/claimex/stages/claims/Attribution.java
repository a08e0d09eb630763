package dev.claimex.stages.claims;

import dev.claimex.api.Quote;
import dev.claimex.api.Span;
import dev.claimex.api.Speaker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whose claim a sentence is: the speaker whose quotes, with their attribution, make up
 * most of it; else the author.
 *
 * <p>For each speaker, the sentence's characters covered by that speaker's quotes are counted:
 * the content, the speaker mention, the cue, and the frame between them ("told reporters in
 * Washington on Tuesday that"). A sentence is the speaker's when that covers at least
 * {@value #COVERAGE} of its non-blank characters and the sentence does not open with a clause of
 * its own ("This pause comes days after Trump suggested that …" stays the author's: the part
 * before the first covered character is three or more words not closed by a comma).
 */
final class Attribution {
  static final double COVERAGE = 0.5;
  /** The longest stretch between a speaker or cue and the content counted as the frame. */
  static final int MAX_FRAME_GAP = 100;

  private Attribution() {}

  /** The quote this sentence reports (the speaker's quote with most content in it), if any. */
  static Optional<Quote> quoteOf(String text, Span sentence, List<Quote> quotes) {
    int visible = nonBlank(text, sentence.start(), sentence.end());
    if (visible == 0) {
      return Optional.empty();
    }
    Map<String, List<Quote>> bySpeaker = new LinkedHashMap<>();
    for (Quote q : quotes) {
      if (q.speaker().isPresent() && q.content().overlaps(sentence)) {
        bySpeaker.computeIfAbsent(key(q.speaker().get()), k -> new ArrayList<>()).add(q);
      }
    }
    Quote best = null;
    double bestCover = 0;
    for (List<Quote> group : bySpeaker.values()) {
      boolean[] covered = new boolean[sentence.length()];
      Quote main = null;
      for (Quote q : group) {
        markQuote(text, covered, sentence, q);
        if (main == null || q.content().overlap(sentence) > main.content().overlap(sentence)) {
          main = q;
        }
      }
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
        best = main;
        bestCover = cover;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String key(Speaker s) {
    return s.entityId().orElse("@" + s.mention().span().start());
  }

  private static void markQuote(String text, boolean[] covered, Span sentence, Quote q) {
    Span speaker = q.speaker().get().mention().span();
    Span content = q.content();
    mark(covered, sentence, content);
    // narration between the parts of a continued quote ("“A,” she said after the vote. Nobody
    // answered. “B.”") is the author's: a gap between fragments holding a sentence end is not the quote
    List<Span> fragments = q.fragments();
    for (int i = 0; i + 1 < fragments.size(); i++) {
      int from = fragments.get(i).end();
      int to = fragments.get(i + 1).start();
      if (to > from && SENTENCE_END.matcher(text.substring(from, to)).find()) {
        set(covered, sentence, new Span(from, to), false);
      }
    }
    mark(covered, sentence, speaker);
    int frameStart = speaker.start();
    int frameEnd = speaker.end();
    if (q.cue().isPresent()) {
      Span cue = q.cue().get().span();
      mark(covered, sentence, cue);
      frameStart = Math.min(frameStart, cue.start());
      frameEnd = Math.max(frameEnd, cue.end());
    }
    if (frameEnd <= content.start() && content.start() - frameEnd <= MAX_FRAME_GAP) {
      mark(covered, sentence, new Span(frameStart, content.start()));
    } else if (frameStart >= content.end() && frameStart - content.end() <= MAX_FRAME_GAP) {
      mark(covered, sentence, new Span(content.end(), frameEnd));
    }
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
    set(covered, sentence, s, true);
  }

  private static void set(boolean[] covered, Span sentence, Span s, boolean value) {
    int b = Math.max(s.start(), sentence.start());
    int e = Math.min(s.end(), sentence.end());
    for (int i = b; i < e; i++) {
      covered[i - sentence.start()] = value;
    }
  }

  private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?][\"”’']?\\s");

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
