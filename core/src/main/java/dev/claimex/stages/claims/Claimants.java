package dev.claimex.stages.claims;

import dev.claimex.api.Entity;
import dev.claimex.api.EntityMention;
import dev.claimex.api.Speaker;
import dev.claimex.api.TextSpan;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names a claimant: a claim read on its own should say who makes it, so a quote speaker given as
 * a pronoun ("he said") is shown by the nearest earlier name mention of the entity the speaker
 * resolved to ("Viktor Orbán"). Speakers without an entity, or named already, stay as they are.
 */
final class Claimants {
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "him", "her", "them");

  private final String text;
  private final Map<String, Entity> entities = new HashMap<>();
  private final Map<String, EntityMention> mentions = new HashMap<>();

  Claimants(String text, List<Entity> entities, List<EntityMention> mentions) {
    this.text = text;
    entities.forEach(e -> this.entities.put(e.id(), e));
    mentions.forEach(m -> this.mentions.put(m.id(), m));
  }

  Speaker named(Speaker s, int before) {
    if (!PRONOUNS.contains(s.mention().text().strip().toLowerCase(Locale.ROOT)) || s.entityId().isEmpty()) {
      return s;
    }
    Entity e = entities.get(s.entityId().get());
    if (e == null) {
      return s;
    }
    EntityMention best = null;
    for (String id : e.mentionIds()) {
      EntityMention m = mentions.get(id);
      if (m == null) {
        continue;
      }
      boolean earlier = m.span().end() <= before;
      if (best == null || earlier && (best.span().end() > before || m.span().start() > best.span().start())) {
        best = m;
      }
    }
    if (best == null) {
      return s;
    }
    return new Speaker(s.type(), TextSpan.of(text, best.span()), s.name(), s.entityId(), s.source());
  }
}
