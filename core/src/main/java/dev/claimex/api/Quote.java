package dev.claimex.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reported statement.
 *
 * @param content the content span (for mixed and indirect quotes, the whole reported clause)
 * @param fragments spans of text inside quotation marks within the content
 * @param cue the reporting verb or phrase ("said", "according to")
 * @param channel the addressee or channel ("CNN" in "told CNN", "X" in "said on X")
 * @param confidence 0..1
 */
public record Quote(String id, QuoteKind kind, Span content, String text, List<Span> fragments,
                    Optional<Speaker> speaker, Optional<TextSpan> cue, Optional<TextSpan> channel,
                    double confidence) {
  public Quote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(text, "text");
    fragments = List.copyOf(fragments);
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(channel, "channel");
  }
}
