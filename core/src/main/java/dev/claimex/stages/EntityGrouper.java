package dev.claimex.stages;

import dev.claimex.api.Entity;
import dev.claimex.api.EntityMention;
import dev.claimex.api.EntityType;
import dev.claimex.pipeline.Analysis;
import dev.claimex.pipeline.Layer;
import dev.claimex.pipeline.Stage;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups name mentions of one document into entities under a canonical name.
 *
 * <p>People: the longest names found entities; a shorter mention joins the entity whose name
 * ends with it ("Trump" joins "Donald Trump"), the most mentioned one where several fit. Surnames match through spelling
 * variants of transliterated names ("Zelenskyy" = "Zelensky", "Orbán" = "Orban"). Places and
 * organizations group by their normalized text and {@link PlaceAliases}.
 */
public final class EntityGrouper implements Stage {
  private final PlaceAliases aliases;

  public EntityGrouper(PlaceAliases aliases) {
    this.aliases = aliases;
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.NAMED_ENTITIES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.ENTITIES);
  }

  @Override
  public List<dev.claimex.api.ModelInfo> models() {
    return List.of(aliases.info());
  }

  private static final class Group {
    final EntityType type;
    final List<String> key;
    String name;
    final List<EntityMention> mentions = new ArrayList<>();

    Group(EntityType type, List<String> key, String name) {
      this.type = type;
      this.key = key;
      this.name = name;
    }
  }

  @Override
  public void apply(Analysis analysis) {
    List<EntityMention> all = analysis.mentions();
    List<Group> groups = new ArrayList<>();
    Map<String, Group> byMention = new HashMap<>();
    // people: longest names first, so full names found the entities shorter mentions join
    List<EntityMention> people = all.stream().filter(m -> m.type() == EntityType.PERSON)
        .sorted(Comparator.comparingInt((EntityMention m) -> -words(m.text()).size())
            .thenComparing(EntityMention::span))
        .toList();
    for (EntityMention m : people) {
      List<String> w = words(stripPossessive(m.text()));
      if (w.isEmpty()) {
        continue;
      }
      Group g = findPerson(groups, w);
      if (g == null) {
        g = new Group(EntityType.PERSON, w, String.join(" ", displayWords(stripPossessive(m.text()))));
        groups.add(g);
      }
      g.mentions.add(m);
      byMention.put(m.id(), g);
    }
    Map<String, Group> byKey = new LinkedHashMap<>();
    for (EntityMention m : all) {
      if (m.type() != EntityType.LOCATION && m.type() != EntityType.ORGANIZATION) {
        continue;
      }
      String text = stripPossessive(m.text()).strip();
      String canonical = m.type() == EntityType.LOCATION ? aliases.canonical(text) : text;
      String key = m.type() + "|" + fold(canonical);
      Group g = byKey.computeIfAbsent(key, k -> {
        Group ng = new Group(m.type(), List.of(k), canonical);
        groups.add(ng);
        return ng;
      });
      g.mentions.add(m);
      byMention.put(m.id(), g);
    }
    // stable ids in order of first mention
    groups.sort(Comparator.comparing(g -> g.mentions.stream().map(EntityMention::span).min(Comparator.naturalOrder()).orElseThrow()));
    Map<Group, String> ids = new HashMap<>();
    List<Entity> entities = new ArrayList<>();
    for (Group g : groups) {
      String id = "e" + (entities.size() + 1);
      ids.put(g, id);
      entities.add(new Entity(id, g.type, g.name, g.mentions.stream()
          .sorted(Comparator.comparing(EntityMention::span)).map(EntityMention::id).toList()));
    }
    List<EntityMention> updated = new ArrayList<>(all.size());
    for (EntityMention m : all) {
      Group g = byMention.get(m.id());
      updated.add(g == null ? m : m.withEntityId(ids.get(g)));
    }
    analysis.replaceMentions(updated);
    analysis.setEntities(entities);
  }

  private static Group findPerson(List<Group> groups, List<String> w) {
    Group best = null;
    for (Group g : groups) {
      if (g.type != EntityType.PERSON) {
        continue;
      }
      if (matches(g.key, w)) {
        if (best == null || g.mentions.size() > best.mentions.size()) {
          best = g;
        }
      }
    }
    return best;
  }

  /** Whether the short name {@code w} can name the person {@code full}. */
  static boolean matches(List<String> full, List<String> w) {
    if (w.size() > full.size()) {
      return false;
    }
    // suffix: "Trump" / "Donald Trump"; prefix only for single first names is too loose, so suffixes only
    for (int i = 0; i < w.size(); i++) {
      if (!sameName(full.get(full.size() - w.size() + i), w.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Spelling variants of transliterated names: accents, doubled letters, final y/i. */
  static boolean sameName(String a, String b) {
    return skeleton(a).equals(skeleton(b));
  }

  static String skeleton(String s) {
    String f = fold(s);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c == 'y' && i > 0) {
        c = 'i';
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) == c) {
        continue;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Lower case, accents removed, ’ → '. */
  static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return n.replace('’', '\'').toLowerCase(Locale.ROOT);
  }

  static String stripPossessive(String s) {
    if (s.endsWith("'s") || s.endsWith("’s")) {
      return s.substring(0, s.length() - 2);
    }
    if (s.endsWith("'") || s.endsWith("’")) {
      return s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** Folded words of a name, without titles and punctuation. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : displayWords(s)) {
      out.add(fold(w));
    }
    return out;
  }

  private static List<String> displayWords(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.split("[\\s\\u00a0]+")) {
      String t = w.replaceAll("^[\\p{Punct}“”‘’]+|[\\p{Punct}“”‘’&&[^.]]+$", "");
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }
}
