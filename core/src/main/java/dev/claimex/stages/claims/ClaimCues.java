package dev.claimex.stages.claims;

import dev.claimex.api.ModelInfo;
import dev.claimex.internal.ModelResources;
import dev.claimex.pipeline.ModelLoadException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The claim-cue lexicon ({@code lexicons/claim-cues} in claimex-models): phrases by {@link Cue}
 * kind, matched on {@link Words}. Immutable and thread-safe.
 */
final class ClaimCues {
  /** One match: a cue kind over words {@code [start, end)}. */
  record Hit(Cue cue, int start, int end) {}

  private record Phrase(Cue cue, String[] words) {}

  private final Map<String, List<Phrase>> byFirstWord;
  private final ModelInfo info;

  private ClaimCues(Map<String, List<Phrase>> byFirstWord, ModelInfo info) {
    this.byFirstWord = byFirstWord;
    this.info = info;
  }

  /** Loads the lexicon shipped in claimex-models. */
  static ClaimCues load() {
    ModelResources.Loaded lex = ModelResources.load("lexicons/claim-cues");
    return parse(lex.lines(), lex.info());
  }

  /** Parses "CATEGORY phrase" lines; fails on an unknown category. */
  static ClaimCues parse(List<String> lines, ModelInfo info) {
    Map<String, List<Phrase>> map = new HashMap<>();
    for (String line : lines) {
      int sp = line.indexOf(' ');
      if (sp < 0) {
        throw new ModelLoadException("claim-cue line '" + line + "' has no phrase: expected 'CATEGORY phrase'");
      }
      Cue cue;
      try {
        cue = Cue.valueOf(line.substring(0, sp));
      } catch (IllegalArgumentException e) {
        throw new ModelLoadException("unknown claim-cue category '" + line.substring(0, sp) + "' in line '" + line + "'");
      }
      String[] words = line.substring(sp + 1).strip().toLowerCase(Locale.ROOT).split("\\s+");
      map.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase(cue, words));
    }
    Map<String, List<Phrase>> frozen = new HashMap<>();
    map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new ClaimCues(Map.copyOf(frozen), info);
  }

  ModelInfo info() {
    return info;
  }

  /** Every cue occurring in the words, in word order. */
  List<Hit> find(Words words) {
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      List<Phrase> candidates = byFirstWord.get(words.get(i));
      if (candidates == null) {
        continue;
      }
      for (Phrase p : candidates) {
        if (matches(words, i, p.words())) {
          hits.add(new Hit(p.cue(), i, i + p.words().length));
        }
      }
    }
    return hits;
  }

  /** Hits of each kind, for quick lookups. */
  static Map<Cue, List<Hit>> byCue(List<Hit> hits) {
    Map<Cue, List<Hit>> m = new EnumMap<>(Cue.class);
    for (Hit h : hits) {
      m.computeIfAbsent(h.cue(), k -> new ArrayList<>()).add(h);
    }
    return m;
  }

  private static boolean matches(Words words, int at, String[] phrase) {
    if (at + phrase.length > words.size()) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      if (!words.get(at + k).equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }
}
