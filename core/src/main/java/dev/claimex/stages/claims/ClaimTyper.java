package dev.claimex.stages.claims;

import dev.claimex.api.ClaimType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Types one sentence's claim from cue phrases ({@link ClaimCues}) and the trained
 * factuality estimate; see the package documentation for the rules and how they are measured.
 * Stateless and thread-safe.
 */
final class ClaimTyper {
  /** The type, a rule-based confidence, and how the sentence frames its content. */
  record Typing(ClaimType type, double confidence, String rule, boolean denial) {}

  /**
   * Above this probability of "non-factual" (from the check-worthiness model) a claim with no
   * quantity in it is typed OPINION, whatever its cues say.
   */
  static final double NON_FACTUAL_OPINION = 0.8;

  /**
   * From this probability of "check-worthy factual" on, evaluative words alone do not make an
   * OPINION: a claim the model scores check-worthy is, by that score, checkable as fact.
   */
  static final double CHECKWORTHY = 0.5;

  private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "he", "she", "they");
  private static final Set<String> INTENTION_MODALS = Set.of("would", "will", "'ll");
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");

  private final ClaimCues cues;

  ClaimTyper(ClaimCues cues) {
    this.cues = cues;
  }

  /**
   * Types the claim made by a sentence.
   *
   * @param temporal which words lie inside a time expression (their numbers are no quantities)
   * @param nonFactual the model's probability that the sentence states no fact, 0 if unknown
   * @param checkworthy the model's probability that it states a check-worthy fact, 0 if unknown
   * @param headline whether the sentence is a headline: telegraphic text the debate-trained model
   *     has never seen, so its factuality estimate is not used there
   */
  Typing type(Words words, Set<Integer> temporal, double nonFactual, double checkworthy, boolean headline) {
    List<ClaimCues.Hit> hits = cues.find(words);
    int n = words.size();
    ClaimCues.Hit frame = null;
    for (ClaimCues.Hit h : hits) {
      if (h.cue() == Cue.REPORT || h.cue() == Cue.STANCE || h.cue() == Cue.DENIAL || h.cue() == Cue.OPINION_FRAME) {
        frame = h;
        break;
      }
    }
    boolean quantity = hasQuantity(words, 0, n, temporal, hits);
    Typing t;
    if (frame != null && frame.cue() == Cue.OPINION_FRAME) {
      t = typeContent(words, frame.end(), n, true, temporal, hits, checkworthy);
      if (t.type() != ClaimType.QUANTITY && checkworthy < CHECKWORTHY) {
        t = new Typing(ClaimType.OPINION, 0.7, "first-person-view", false);
      }
    } else if (frame != null && frame.cue() != Cue.REPORT) {
      t = new Typing(ClaimType.STANCE, 0.8, "stance-frame", frame.cue() == Cue.DENIAL);
    } else if (frame != null) {
      boolean before = frame.start() > 0.6 * n;
      int from = before ? 0 : frame.end();
      int to = before ? frame.start() : n;
      t = typeContent(words, from, to, true, temporal, hits, checkworthy);
    } else {
      t = typeContent(words, 0, n, false, temporal, hits, checkworthy);
    }
    boolean reportedStance = t.type() == ClaimType.STANCE && !firstOrSecondPerson(words);
    if (nonFactual >= NON_FACTUAL_OPINION && !headline && !quantity && !reportedStance
        && t.type() != ClaimType.OPINION && t.type() != ClaimType.PREDICTION) {
      return new Typing(ClaimType.OPINION, nonFactual, "non-factual-model", t.denial());
    }
    return t;
  }

  private Typing typeContent(Words w, int from, int to, boolean reported, Set<Integer> temporal,
                             List<ClaimCues.Hit> all, double checkworthy) {
    List<ClaimCues.Hit> hits = all.stream().filter(h -> h.start() >= from && h.end() <= to).toList();
    Map<Cue, List<ClaimCues.Hit>> by = ClaimCues.byCue(hits);
    if (hasQuantity(w, from, to, temporal, hits)) {
      return new Typing(ClaimType.QUANTITY, 0.85, "quantity", false);
    }
    for (ClaimCues.Hit h : by.getOrDefault(Cue.CAUSATION, List.of())) {
      if (!negated(w, h.start())) {
        return new Typing(ClaimType.CAUSATION, 0.8, "causal-link", false);
      }
    }
    if (by.containsKey(Cue.CHANGE) && by.containsKey(Cue.TEMPORAL_LINK)) {
      return new Typing(ClaimType.CAUSATION, 0.6, "change-after-event", false);
    }
    if (comparativeCorrelative(w, from, to)) {
      return new Typing(ClaimType.CAUSATION, 0.7, "the-more-the-more", false);
    }
    if (by.containsKey(Cue.LAW)) {
      return new Typing(ClaimType.LAW_OR_RULE, 0.7, "law", false);
    }
    if (by.containsKey(Cue.STANCE) || by.containsKey(Cue.DENIAL)) {
      return new Typing(ClaimType.STANCE, 0.7, "stance-in-content", false);
    }
    if (reported && intention(w, from, to)) {
      return new Typing(ClaimType.STANCE, 0.6, "reported-intention", false);
    }
    int question = by.getOrDefault(Cue.EMBEDDED_QUESTION, List.of()).stream()
        .mapToInt(ClaimCues.Hit::start).min().orElse(Integer.MAX_VALUE);
    for (ClaimCues.Hit h : by.getOrDefault(Cue.PREDICTION, List.of())) {
      if (h.start() < question) {
        return new Typing(ClaimType.PREDICTION, 0.7, "future-or-modal", false);
      }
    }
    if (reported) {
      for (ClaimCues.Hit h : by.getOrDefault(Cue.REPORTED_PREDICTION, List.of())) {
        if (h.start() < question) {
          return new Typing(ClaimType.PREDICTION, 0.6, "reported-future", false);
        }
      }
    }
    if (by.containsKey(Cue.OPINION) && checkworthy < CHECKWORTHY) {
      return new Typing(ClaimType.OPINION, 0.6, "evaluative", false);
    }
    if (by.containsKey(Cue.EXPERIENCE)) {
      return new Typing(ClaimType.PERSONAL_EXPERIENCE, 0.6, "first-person-experience", false);
    }
    return new Typing(ClaimType.EVENT, 0.5, "default-event", false);
  }

  /** A number outside time expressions that is not a bare year, or a magnitude word with a number. */
  private static boolean hasQuantity(Words w, int from, int to, Set<Integer> temporal, List<ClaimCues.Hit> hits) {
    boolean magnitude = hits.stream().anyMatch(h -> (h.cue() == Cue.MAGNITUDE || h.cue() == Cue.RANK)
        && h.start() >= from && h.end() <= to);
    for (int i = from; i < to; i++) {
      if (!w.isNumber(i) || temporal.contains(i)) {
        continue;
      }
      String s = w.get(i);
      boolean year = s.matches("(1[89]|20)\\d\\d");
      if (!year || magnitude || s.endsWith("%")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> FIRST_SECOND_PERSON = Set.of("i", "we", "you", "my", "our", "me", "us", "your");

  /** Whether the speaker talks about themselves or the listener (a stance of one's own, not a reported one). */
  private static boolean firstOrSecondPerson(Words w) {
    for (int i = 0; i < w.size(); i++) {
      if (FIRST_SECOND_PERSON.contains(w.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean negated(Words w, int at) {
    return at > 0 && NEGATORS.contains(w.get(at - 1)) || at > 1 && NEGATORS.contains(w.get(at - 2));
  }

  /** A pronoun subject right before "would"/"will": the speaker's own intention. */
  private static boolean intention(Words w, int from, int to) {
    for (int i = Math.max(from, 1); i < to; i++) {
      if (INTENTION_MODALS.contains(w.get(i)) && SUBJECT_PRONOUNS.contains(w.get(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /** "The stronger X, the closer Y": a correlation stated as cause. */
  private static boolean comparativeCorrelative(Words w, int from, int to) {
    int firstThe = -1;
    for (int i = from; i + 1 < to; i++) {
      if (w.get(i).equals("the") && comparative(w.get(i + 1))) {
        if (firstThe < 0) {
          firstThe = i;
        } else if (i > firstThe + 2) {
          return firstThe <= from + 2;
        }
      }
    }
    return false;
  }

  private static final Set<String> ER_NOUNS = Set.of("other", "others", "former", "latter", "number", "member",
      "order", "power", "border", "leader", "minister", "quarter", "water", "letter", "matter", "chapter", "partner",
      "center", "centre", "officer", "paper", "answer", "winter", "summer", "after", "under", "over", "never", "either",
      "whether", "rather", "together", "brother", "sister", "mother", "father", "manner", "dinner", "offer", "cover");

  private static boolean comparative(String s) {
    if (ER_NOUNS.contains(s)) {
      return false;
    }
    return s.equals("more") || s.equals("less") || s.equals("fewer")
        || s.length() > 4 && s.endsWith("er") && !s.endsWith("ier") || s.endsWith("ier") && s.length() > 5;
  }
}
