package dev.claimex.stages;

import dev.claimex.api.ModelInfo;
import dev.claimex.internal.ModelResources;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Other names of the same place ("US", "U.S.", "United States"), from the {@code place-aliases}
 * lexicon: one place a line, canonical name first, aliases after '|'.
 */
public final class PlaceAliases {
  private final Map<String, String> canonical;
  private final ModelInfo info;

  public PlaceAliases() {
    ModelResources.Loaded lex = ModelResources.load("lexicons/place-aliases");
    info = lex.info();
    Map<String, String> m = new HashMap<>();
    for (String line : lex.lines()) {
      String[] parts = line.split("\\|");
      for (String p : parts) {
        m.put(EntityGrouper.fold(p.strip()), parts[0].strip());
      }
    }
    canonical = Map.copyOf(m);
  }

  public ModelInfo info() {
    return info;
  }

  /** The canonical name of a place, or the name itself when the lexicon does not know it. */
  public String canonical(String name) {
    return canonical.getOrDefault(EntityGrouper.fold(name), name);
  }

  List<String> all() {
    return List.copyOf(canonical.keySet());
  }
}
