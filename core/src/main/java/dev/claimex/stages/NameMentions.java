package dev.claimex.stages;

import dev.claimex.api.EntityType;
import dev.claimex.api.ModelInfo;
import dev.claimex.api.RegionKind;
import dev.claimex.api.Sentence;
import dev.claimex.api.Span;
import dev.claimex.api.Token;
import dev.claimex.pipeline.Analysis;
import dev.claimex.pipeline.Layer;
import dev.claimex.pipeline.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the CRF's per-token name tags into name mentions, correcting what a sentence-level
 * tagger gets wrong in news text with document-level evidence and small lexicons:
 * <ol>
 *   <li>a multi-word place or person ending in an organization word ("Atlantic Council") is an
 *       ORGANIZATION, and a name ending in a place word ("Donetsk Oblast") a LOCATION;</li>
 *   <li>seats of government ("the Kremlin", "the White House") are ORGANIZATIONs when they act
 *       and LOCATIONs after a locative preposition ("at the White House");</li>
 *   <li>a person or miscellaneous name that is exactly a known place becomes a LOCATION (an
 *       organization named like a city is usually a sports team and stays), and an untagged known place
 *       that is not part of a longer capitalized name is tagged ("behind Kyiv");</li>
 *   <li>bare compass points ("East and West") are not places;</li>
 *   <li>a word that is the surname of a person named in full elsewhere in the document is that
 *       person, whatever the tagger said there ("the Trump–Putin meeting");</li>
 *   <li>names in publisher boilerplate are outlets, not people.</li>
 * </ol>
 */
public final class NameMentions implements Stage {
  private final NameRules rules;

  public NameMentions(NameRules rules) {
    this.rules = rules;
  }

  @Override
  public String name() {
    return "name-mentions";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES, Layer.REGIONS, Layer.NAME_TAGS);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.NAMED_ENTITIES);
  }

  @Override
  public List<ModelInfo> models() {
    return rules.infos();
  }

  /** A candidate mention over document tokens [start, end). */
  static final class Cand {
    EntityType type;
    final int start;
    final int end;

    Cand(EntityType type, int start, int end) {
      this.type = type;
      this.start = start;
      this.end = end;
    }
  }

  @Override
  public void apply(Analysis analysis) {
    List<Token> tokens = analysis.tokens();
    List<String[]> tags = analysis.require(CrfNameTagger.RAW);
    List<Cand> cands = new ArrayList<>();
    boolean[] tagged = new boolean[tokens.size()];
    for (Sentence s : analysis.sentences()) {
      String[] t = tags.get(s.index());
      int base = s.tokens().start();
      int i = 0;
      while (i < t.length) {
        Optional<EntityType> type = CrfNameTagger.typeOf(t[i]);
        if (type.isEmpty()) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < t.length && t[j].equals(t[i])) {
          j++;
        }
        cands.add(new Cand(type.get(), base + i, base + j));
        for (int k = base + i; k < base + j; k++) {
          tagged[k] = true;
        }
        i = j;
      }
    }
    Doc doc = new Doc(analysis, tokens, tagged);
    for (Cand c : cands) {
      retype(doc, c);
    }
    cands.removeIf(c -> c.end - c.start == 1 && c.type == EntityType.LOCATION
        && rules.compass.contains(doc.fold(c.start)));
    addUntaggedSeats(doc, cands);
    addUntaggedPlaces(doc, cands);
    personConsistency(doc, cands);
    cands.sort(Comparator.comparingInt((Cand c) -> c.start));
    for (Cand c : cands) {
      Span span = new Span(tokens.get(c.start).span().start(), tokens.get(c.end - 1).span().end());
      if (c.type == EntityType.PERSON && analysis.regionOf(span).filter(k -> k == RegionKind.BOILERPLATE).isPresent()) {
        c.type = EntityType.ORGANIZATION;
      }
      analysis.addMention(c.type, span, Optional.empty());
    }
  }

  /** Token-level view of the document the rules read. */
  private static final class Doc {
    final Analysis analysis;
    final List<Token> tokens;
    final boolean[] tagged;

    Doc(Analysis analysis, List<Token> tokens, boolean[] tagged) {
      this.analysis = analysis;
      this.tokens = tokens;
      this.tagged = tagged;
    }

    String text(int i) {
      return tokens.get(i).text();
    }

    String fold(int i) {
      return EntityGrouper.fold(text(i));
    }

    String fold(int start, int end) {
      StringBuilder sb = new StringBuilder();
      for (int i = start; i < end; i++) {
        if (i > start) {
          sb.append(' ');
        }
        sb.append(fold(i));
      }
      return sb.toString();
    }

    boolean capitalized(int i) {
      String t = text(i);
      return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
    }

    boolean sentenceStart(int i) {
      return i == 0 || tokens.get(i - 1).sentence() != tokens.get(i).sentence();
    }

    boolean sameSentence(int a, int b) {
      return a >= 0 && b < tokens.size() && tokens.get(a).sentence() == tokens.get(b).sentence();
    }
  }

  private void retype(Doc doc, Cand c) {
    int start = c.start;
    if (doc.fold(start).equals("the") && c.end - start > 1) {
      start++;
    }
    String text = doc.fold(start, c.end);
    if (rules.seats.contains(text)) {
      c.type = seatType(doc, c.start);
      return;
    }
    Boolean ambiguous = rules.places.get(text);
    if (c.end - c.start >= 2 && c.type != EntityType.ORGANIZATION && ambiguous == null
        && rules.organizationHeads.contains(doc.fold(c.end - 1))) {
      c.type = EntityType.ORGANIZATION;
      return;
    }
    if (c.end - c.start >= 2 && c.type != EntityType.LOCATION && rules.placeHeads.contains(doc.fold(c.end - 1))) {
      c.type = EntityType.LOCATION;
      return;
    }
    if (ambiguous != null && (c.type == EntityType.MISC || (c.type == EntityType.PERSON && !ambiguous))) {
      c.type = EntityType.LOCATION;
    }
  }

  private EntityType seatType(Doc doc, int start) {
    int p = start - 1;
    if (p >= 0 && doc.sameSentence(p, start) && doc.fold(p).equals("the")) {
      p--;
    }
    boolean locative = p >= 0 && doc.sameSentence(p, start) && rules.locativePrepositions.contains(doc.fold(p));
    return locative ? EntityType.LOCATION : EntityType.ORGANIZATION;
  }

  private void addUntaggedSeats(Doc doc, List<Cand> cands) {
    for (int i = 0; i < doc.tokens.size(); i++) {
      if (doc.tagged[i] || !doc.capitalized(i)) {
        continue;
      }
      for (int len = 3; len >= 1; len--) {
        int end = i + len;
        if (end > doc.tokens.size() || !doc.sameSentence(i, end - 1) || anyTagged(doc, i, end)) {
          continue;
        }
        if (rules.seats.contains(doc.fold(i, end))) {
          cands.add(new Cand(seatType(doc, i), i, end));
          mark(doc, i, end);
          i = end - 1;
          break;
        }
      }
    }
  }

  private void addUntaggedPlaces(Doc doc, List<Cand> cands) {
    for (int i = 0; i < doc.tokens.size(); i++) {
      if (doc.tagged[i] || !doc.capitalized(i)) {
        continue;
      }
      for (int len = Math.min(rules.longestPlace, doc.tokens.size() - i); len >= 1; len--) {
        int end = i + len;
        if (!doc.sameSentence(i, end - 1) || anyTagged(doc, i, end)) {
          continue;
        }
        Boolean ambiguous = rules.places.get(doc.fold(i, end));
        if (ambiguous == null || ambiguous) {
          continue;
        }
        boolean nextCap = end < doc.tokens.size() && doc.sameSentence(i, end) && doc.capitalized(end)
            && Character.isLetter(doc.text(end).codePointAt(0));
        boolean prevCap = i > 0 && !doc.sentenceStart(i) && doc.capitalized(i - 1)
            && Character.isLetter(doc.text(i - 1).codePointAt(0))
            && !Set.of("the", "a", "an").contains(doc.fold(i - 1));
        if (nextCap || prevCap) {
          break;
        }
        cands.add(new Cand(EntityType.LOCATION, i, end));
        mark(doc, i, end);
        i = end - 1;
        break;
      }
    }
  }

  private void personConsistency(Doc doc, List<Cand> cands) {
    Set<String> surnames = new HashSet<>();
    for (Cand c : cands) {
      if (c.type == EntityType.PERSON && c.end - c.start >= 2) {
        surnames.add(EntityGrouper.skeleton(doc.text(c.end - 1)));
      }
    }
    if (surnames.isEmpty()) {
      return;
    }
    for (Cand c : cands) {
      if (c.type != EntityType.PERSON && c.end - c.start == 1 && surnames.contains(EntityGrouper.skeleton(doc.text(c.start)))) {
        c.type = EntityType.PERSON;
      }
    }
    for (int i = 0; i < doc.tokens.size(); i++) {
      if (!doc.tagged[i] && doc.capitalized(i) && surnames.contains(EntityGrouper.skeleton(doc.text(i)))) {
        cands.add(new Cand(EntityType.PERSON, i, i + 1));
        doc.tagged[i] = true;
      }
    }
  }

  private static boolean anyTagged(Doc doc, int start, int end) {
    for (int i = start; i < end; i++) {
      if (doc.tagged[i]) {
        return true;
      }
    }
    return false;
  }

  private static void mark(Doc doc, int start, int end) {
    for (int i = start; i < end; i++) {
      doc.tagged[i] = true;
    }
  }
}
