package dev.claimex.pipeline;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;

/**
 * Per-document limits that keep one bad input from stalling a batch.
 *
 * @param maxCharacters documents longer than this fail before any stage runs
 * @param maxSentenceTokens the most tokens of one sentence that a costly stage (dates,
 *     parsing) looks at: longer sentences are skipped by those stages, or processed in chunks
 *     of this size by the name tagger, and the document gets a {@code long-sentence} warning
 * @param maxTime a document still running after this long fails; checked between stages and
 *     between sentences in the costly stages, so it may be overrun by about one sentence's work
 */
public record Limits(int maxCharacters, int maxSentenceTokens, Duration maxTime) {
  /**
   * 5,000,000 characters, 200 tokens per sentence for costly stages, 300 s per document: enough
   * for a document at the character limit (a 5 MB article takes about 3 minutes on one core).
   */
  public static final Limits DEFAULT = new Limits(5_000_000, 200, Duration.ofSeconds(300));

  public Limits {
    checkArgument(maxCharacters > 0, "maxCharacters must be positive, got %s", maxCharacters);
    checkArgument(maxSentenceTokens > 0, "maxSentenceTokens must be positive, got %s", maxSentenceTokens);
    checkArgument(maxTime != null && !maxTime.isNegative() && !maxTime.isZero(),
        "maxTime must be positive, got %s", maxTime);
  }

  public Limits withMaxCharacters(int max) {
    return new Limits(max, maxSentenceTokens, maxTime);
  }

  public Limits withMaxSentenceTokens(int max) {
    return new Limits(maxCharacters, max, maxTime);
  }

  public Limits withMaxTime(Duration max) {
    return new Limits(maxCharacters, maxSentenceTokens, max);
  }
}
