package dev.claimex.stages.quotes;

import dev.claimex.api.ModelInfo;
import dev.claimex.internal.ModelResources;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The two quote lexicons: reporting cues ({@code quote-cues}: verb lemma, irregular forms, the
 * kinds of content it takes) and speaker words ({@code quote-speakers}). Immutable.
 */
public final class QuoteLexicon {
  /** What a cue verb's content can be. */
  public enum Content {
    CCOMP, XCOMP, OBJ, OBL, NOUN,
    /** An object and what it is taken for: "sees the plan as a gift", "considers him a friend"; nothing else. */
    AS,
    /** A topic after "about" or "of" only: "spoke about the economy"; not "spoke on Tuesday", "spoke for an hour". */
    ABOUT
  }

  /** Speaker word classes. */
  public enum SpeakerClass { MEDIA, MEDIANOUN, ORG, ANONYMOUS, TITLE, PRONOUN }

  private final Map<String, Set<Content>> verbs;
  private final Set<String> forms;
  private final Map<SpeakerClass, Set<String>> words;
  private final List<String> mediaNames;
  private final List<String> orgNames;
  private final List<ModelInfo> infos;

  public QuoteLexicon() {
    this(ModelResources.load("lexicons/quote-cues"), ModelResources.load("lexicons/quote-speakers"));
  }

  QuoteLexicon(ModelResources.Loaded cues, ModelResources.Loaded speakers) {
    this(cues.lines(), speakers.lines(), List.of(cues.info(), speakers.info()));
  }

  /** From lexicon lines directly (tests). */
  QuoteLexicon(List<String> cueLines, List<String> speakerLines, List<ModelInfo> infos) {
    Map<String, Set<Content>> v = new HashMap<>();
    Set<String> f = new HashSet<>();
    for (String line : cueLines) {
      String[] parts = line.split(":", 2);
      String[] ws = parts[0].strip().toLowerCase(Locale.ROOT).split("\\s+");
      Set<Content> kinds = EnumSet.noneOf(Content.class);
      if (parts.length > 1) {
        for (String k : parts[1].strip().split("\\s+")) {
          kinds.add(Content.valueOf(k.toUpperCase(Locale.ROOT)));
        }
      }
      v.computeIfAbsent(ws[0], k -> EnumSet.noneOf(Content.class)).addAll(kinds);
      f.addAll(inflections(ws[0]));
      for (int i = 1; i < ws.length; i++) {
        f.add(ws[i]);
      }
    }
    verbs = Map.copyOf(v);
    forms = Set.copyOf(f);
    Map<SpeakerClass, Set<String>> w = new HashMap<>();
    List<String> media = new ArrayList<>();
    List<String> orgs = new ArrayList<>();
    for (String line : speakerLines) {
      int sp = line.indexOf(' ');
      SpeakerClass c = SpeakerClass.valueOf(line.substring(0, sp).toUpperCase(Locale.ROOT));
      Set<String> set = w.computeIfAbsent(c, k -> new HashSet<>());
      for (String item : line.substring(sp + 1).split("\\|")) {
        String t = item.strip();
        set.add(t.toLowerCase(Locale.ROOT));
        if (c == SpeakerClass.MEDIA) {
          media.add(t);
        } else if (c == SpeakerClass.ORG) {
          orgs.add(t);
        }
      }
    }
    words = Map.copyOf(w);
    media.sort((a, b) -> b.length() - a.length());
    orgs.sort((a, b) -> b.length() - a.length());
    mediaNames = List.copyOf(media);
    orgNames = List.copyOf(orgs);
    this.infos = List.copyOf(infos);
  }

  public List<ModelInfo> infos() {
    return infos;
  }

  /** Whether a lower-case word form can be a cue verb (cheap pre-filter before tagging). */
  public boolean isCueForm(String lower) {
    return forms.contains(lower);
  }

  /** The content kinds of a cue verb lemma, if it is one. */
  public Optional<Set<Content>> verb(String lemma) {
    return Optional.ofNullable(verbs.get(lemma.toLowerCase(Locale.ROOT)));
  }

  public boolean is(SpeakerClass c, String word) {
    return words.getOrDefault(c, Set.of()).contains(word.toLowerCase(Locale.ROOT));
  }

  /** Outlet names, longest first, as written in the lexicon. */
  public List<String> mediaNames() {
    return mediaNames;
  }

  /** Organization names and heads, longest first. */
  public List<String> orgNames() {
    return orgNames;
  }

  /** Regular inflections of a verb lemma, generously (over-generation only costs a parse). */
  static Set<String> inflections(String lemma) {
    Set<String> out = new HashSet<>();
    out.add(lemma);
    String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
    char last = lemma.charAt(lemma.length() - 1);
    if (lemma.endsWith("y") && lemma.length() > 2 && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0) {
      String s = lemma.substring(0, lemma.length() - 1);
      out.add(s + "ies");
      out.add(s + "ied");
    } else if (lemma.matches(".*(s|sh|ch|x|z)")) {
      out.add(lemma + "es");
      out.add(lemma + "ed");
    } else {
      out.add(lemma + "s");
      out.add(stem + "ed");
    }
    out.add(stem + "ing");
    if ("bdgklmnprt".indexOf(last) >= 0) {
      out.add(lemma + last + "ed");
      out.add(lemma + last + "ing");
    }
    return out;
  }
}
