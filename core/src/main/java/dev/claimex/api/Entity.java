package dev.claimex.api;

import java.util.List;
import java.util.Objects;

/**
 * A person, place or organization, grouping its mentions in one document under a canonical
 * name ("Donald Trump" for "Trump" and "US President Donald Trump").
 */
public record Entity(String id, EntityType type, String name, List<String> mentionIds) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    mentionIds = List.copyOf(mentionIds);
  }
}
