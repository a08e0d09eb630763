package dev.claimex.stages;

import dev.claimex.api.ModelInfo;
import dev.claimex.internal.ModelResources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists behind {@link NameMentions}' rules, loaded once from {@code claimex-models}:
 * the place gazetteer and the {@code name-rules} sections. Immutable and thread-safe.
 */
public final class NameRules {
  /** Gazetteer entries by folded text; the value says whether the entry is ambiguous. */
  final Map<String, Boolean> places;
  final int longestPlace;
  final Set<String> seats;
  final Set<String> locativePrepositions;
  final Set<String> organizationHeads;
  final Set<String> compass;
  final Set<String> placeHeads;
  private final List<ModelInfo> infos;

  public NameRules() {
    ModelResources.Loaded gaz = ModelResources.load("lexicons/places");
    Map<String, Boolean> p = new HashMap<>();
    int longest = 1;
    for (String line : gaz.lines()) {
      boolean ambiguous = line.endsWith(" *");
      String name = ambiguous ? line.substring(0, line.length() - 2).strip() : line;
      p.put(EntityGrouper.fold(name), ambiguous);
      longest = Math.max(longest, name.split("\\s+").length);
    }
    places = Map.copyOf(p);
    longestPlace = longest;
    ModelResources.Loaded rules = ModelResources.load("lexicons/name-rules");
    Map<String, Set<String>> sections = sections(rules.lines());
    seats = sections.getOrDefault("government-seats", Set.of());
    locativePrepositions = sections.getOrDefault("locative-prepositions", Set.of());
    organizationHeads = sections.getOrDefault("organization-heads", Set.of());
    compass = sections.getOrDefault("compass", Set.of());
    placeHeads = sections.getOrDefault("place-heads", Set.of());
    infos = List.of(gaz.info(), rules.info());
  }

  List<ModelInfo> infos() {
    return infos;
  }

  private static Map<String, Set<String>> sections(List<String> lines) {
    Map<String, Set<String>> out = new HashMap<>();
    String current = "";
    Set<String> words = new HashSet<>();
    List<String> order = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("[") && line.endsWith("]")) {
        if (!current.isEmpty()) {
          out.put(current, Set.copyOf(words));
        }
        current = line.substring(1, line.length() - 1);
        order.add(current);
        words = new HashSet<>();
      } else {
        words.add(EntityGrouper.fold(line));
      }
    }
    if (!current.isEmpty()) {
      out.put(current, Set.copyOf(words));
    }
    return out;
  }
}
