package dev.claimex.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a quote or claim is attributed to.
 *
 * @param mention the local mention tied to the cue ("he", "an administration official")
 * @param name the resolved canonical name, where the article gives one
 * @param entityId the {@link Entity} the speaker resolved to, if any
 * @param source for relayed attribution ("Reuters reported, citing an official"), the original source
 */
public record Speaker(SpeakerType type, TextSpan mention, Optional<String> name, Optional<String> entityId,
                      Optional<Speaker> source) {
  public Speaker {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(source, "source");
  }
}
