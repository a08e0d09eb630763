package dev.claimex.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A checkable or arguable assertion.
 *
 * @param claimant who asserts it; empty where the article itself does (the author)
 * @param quoteId the quote the claim comes from, if any
 * @param mentionIds entity mentions inside the claim
 * @param time the normalized time the claim refers to, if any
 * @param hedges hedging words ("reportedly", "could")
 * @param checkworthiness 0..1, from a trained model
 */
public record Claim(String id, Span span, String text, ClaimType type, double confidence,
                    Optional<Speaker> claimant, Optional<String> quoteId, List<String> mentionIds,
                    Optional<String> time, List<TextSpan> hedges, Polarity polarity, double checkworthiness) {
  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(claimant, "claimant");
    Objects.requireNonNull(quoteId, "quoteId");
    mentionIds = List.copyOf(mentionIds);
    Objects.requireNonNull(time, "time");
    hedges = List.copyOf(hedges);
    Objects.requireNonNull(polarity, "polarity");
  }
}
