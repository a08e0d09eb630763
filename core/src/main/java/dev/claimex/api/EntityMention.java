package dev.claimex.api;

import java.util.Objects;
import java.util.Optional;

/**
 * One mention of an entity or time expression in the text.
 *
 * @param id unique within the document ("m12")
 * @param value for time expressions, the TIMEX3-style normalized value ("2025-10-21", "2025-W42", "P3Y")
 * @param entityId for names, the {@link Entity} this mention belongs to
 */
public record EntityMention(String id, EntityType type, Span span, String text,
                            Optional<String> value, Optional<String> entityId) {
  public EntityMention {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(entityId, "entityId");
  }

  public EntityMention withEntityId(String entity) {
    return new EntityMention(id, type, span, text, value, Optional.of(entity));
  }
}
