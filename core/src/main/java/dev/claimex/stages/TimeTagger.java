package dev.claimex.stages;

import dev.claimex.api.EntityType;
import dev.claimex.api.ModelInfo;
import dev.claimex.api.Span;
import dev.claimex.internal.ModelResources;
import dev.claimex.pipeline.Analysis;
import dev.claimex.pipeline.Layer;
import dev.claimex.pipeline.ModelLoadException;
import dev.claimex.pipeline.Stage;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.ArrayCoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Time expressions (DATE, TIME, DURATION, SET) with TIMEX3-style values normalized against the
 * publication date.
 *
 * <p>Detection and first normalization come from CoreNLP's SUTime rules, but only on the
 * stretches of text around a time word or a date-like number (a hand-written trigger lexicon),
 * eight tokens either side: running SUTime on every token is the largest single cost of CoreNLP's
 * NER. Those sentences get part-of-speech tags first, which some SUTime rules read.
 * {@link TimexResolver} then fixes what SUTime leaves underspecified for news text (weekdays resolved by the reporting convention, "late Tuesday").
 */
public final class TimeTagger implements Stage {
  private static final Pattern DATE_LIKE = Pattern.compile(
      "(1[5-9]\\d\\d|20\\d\\d)s?|'\\d\\ds?|\\d{1,4}[-/.:]\\d{1,2}([-/.:]\\d{1,4})?.*|\\d+(st|nd|rd|th)|\\d{1,2}(am|pm)");

  /** Tokens of context SUTime sees on each side of a trigger. */
  static final int CONTEXT = 8;

  private final TimeExpressionExtractor extractor;
  private final PosTagger pos;
  private final Set<String> triggers;
  private final ModelInfo lexicon;

  public TimeTagger(PosTagger pos) {
    this.pos = pos;
    ModelResources.Loaded lex = ModelResources.load("lexicons/time-triggers");
    this.lexicon = lex.info();
    Set<String> t = new HashSet<>();
    for (String w : lex.lines()) {
      t.add(w.toLowerCase(Locale.ROOT));
    }
    this.triggers = Set.copyOf(t);
    Properties props = new Properties();
    props.setProperty("sutime.includeRange", "false");
    props.setProperty("sutime.markTimeRanges", "false");
    props.setProperty("sutime.includeNested", "false");
    props.setProperty("sutime.teRelHeurLevel", "MORE");
    try {
      extractor = TimeExpressionExtractorFactory.createExtractor("sutime", props);
    } catch (RuntimeException e) {
      throw new ModelLoadException("cannot load SUTime's rules: is the stanford-corenlp models jar on the classpath?", e);
    }
  }

  @Override
  public String name() {
    return "dates";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.TIME_EXPRESSIONS);
  }

  @Override
  public List<ModelInfo> models() {
    return List.of(new ModelInfo("sutime-english", "4.5.10", "edu.stanford.nlp:stanford-corenlp:models"),
        pos.info(), lexicon);
  }

  private boolean isTrigger(CoreLabel t) {
    String w = t.word();
    if (w.length() > 4 && w.regionMatches(true, 0, "mid-", 0, 4)) {
      w = w.substring(4); // "mid-1990s", "mid-July"
    }
    String lw = w.toLowerCase(Locale.ROOT);
    if (triggers.contains(lw) || (lw.endsWith(".") && triggers.contains(lw.substring(0, lw.length() - 1)))) {
      return true;
    }
    return !w.isEmpty() && (Character.isDigit(w.charAt(0)) || w.charAt(0) == '\'') && DATE_LIKE.matcher(lw).matches();
  }

  /**
   * The stretches of a sentence SUTime reads: every trigger with {@value #CONTEXT} tokens on each
   * side, overlapping stretches merged, as token ranges {@code [start, end)}. SUTime's cost grows
   * with the tokens it tries its rules from, and a time expression with its context lies within a
   * few tokens of a trigger ("the first three months of this year", "two decades ago").
   */
  List<int[]> windows(List<CoreLabel> tokens) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!isTrigger(tokens.get(i))) {
        continue;
      }
      int a = Math.max(0, i - CONTEXT);
      int b = Math.min(tokens.size(), i + CONTEXT + 1);
      if (!out.isEmpty() && out.get(out.size() - 1)[1] >= a) {
        out.get(out.size() - 1)[1] = b;
      } else {
        out.add(new int[] {a, b});
      }
    }
    return out;
  }

  /** Tokens {@code [a, b)} of a sentence as a sentence of their own, offsets unchanged. */
  private static CoreMap stretch(CoreMap sentence, List<CoreLabel> tokens, int a, int b, String text) {
    if (a == 0 && b == tokens.size()) {
      return sentence;
    }
    CoreMap m = new ArrayCoreMap();
    int begin = tokens.get(a).beginPosition();
    int end = tokens.get(b - 1).endPosition();
    m.set(CoreAnnotations.TokensAnnotation.class, new ArrayList<>(tokens.subList(a, b)));
    m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    m.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    // SUTime's number and pattern matchers index tokens by their document position less this
    Integer first = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    int offset = first == null ? 0 : first;
    m.set(CoreAnnotations.TokenBeginAnnotation.class, offset + a);
    m.set(CoreAnnotations.TokenEndAnnotation.class, offset + b);
    return m;
  }

  @Override
  public void apply(Analysis analysis) {
    Optional<String> docDate = analysis.metadata().published().map(Object::toString);
    List<CoreMap> sentences = CoreNlpSentences.sentences(analysis);
    TimexResolver resolver = new TimexResolver(analysis.metadata().published());
    List<dev.claimex.api.Sentence> ours = analysis.sentences();
    for (int si = 0; si < sentences.size(); si++) {
      CoreMap sentence = sentences.get(si);
      List<CoreLabel> tokens = CoreNlpSentences.tokens(sentence);
      List<int[]> windows = windows(tokens);
      if (windows.isEmpty()) {
        continue;
      }
      // SUTime's rules grow faster than linearly with sentence length: skip runaway sentences
      if (si < ours.size() && analysis.skipLongSentence(name(), ours.get(si))) {
        continue;
      }
      analysis.checkTime(name());
      pos.tag(sentence);
      List<CoreMap> found = new ArrayList<>();
      for (int[] w : windows) {
        found.addAll(extractor.extractTimeExpressionCoreMaps(stretch(sentence, tokens, w[0], w[1], analysis.text()),
            docDate.orElse(null)));
      }
      for (CoreMap cm : found) {
        Timex timex = cm.get(TimeAnnotations.TimexAnnotation.class);
        if (timex == null) {
          continue;
        }
        int b = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int e = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        Optional<EntityType> type = typeOf(timex.timexType());
        if (type.isEmpty() || e <= b) {
          continue;
        }
        Span span = new Span(b, e);
        String text = analysis.text().substring(b, e);
        Optional<String> value = resolver.resolve(text, timex.value(), tenseNear(tokens, b, e));
        analysis.addMention(type.get(), span, value);
      }
    }
  }

  private static final java.util.Set<String> FUTURE_WORDS = java.util.Set.of("will", "'ll", "next", "upcoming", "shall");

  /**
   * The tense of the verb nearest to the expression [b, e) in the sentence: past (VBD, or VBN
   * after a form of "have"), future ("will", "next", "upcoming"), else present.
   */
  static TimexResolver.Tense tenseNear(List<CoreLabel> tokens, int b, int e) {
    TimexResolver.Tense best = TimexResolver.Tense.PRESENT;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      if (t.beginPosition() >= b && t.endPosition() <= e) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (FUTURE_WORDS.contains(w)) {
          return TimexResolver.Tense.FUTURE;
        }
        continue;
      }
      String tag = t.tag() == null ? "" : t.tag();
      String w = t.word().toLowerCase(Locale.ROOT);
      TimexResolver.Tense tense;
      if (FUTURE_WORDS.contains(w)) {
        tense = TimexResolver.Tense.FUTURE;
      } else if (tag.equals("VBD") || tag.equals("VBN")) {
        tense = TimexResolver.Tense.PAST;
      } else if (tag.equals("VBZ") || tag.equals("VBP") || (tag.equals("MD") && !w.equals("would"))) {
        tense = TimexResolver.Tense.PRESENT;
      } else {
        continue;
      }
      int distance = t.endPosition() <= b ? b - t.endPosition() : t.beginPosition() - e;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = tense;
      }
    }
    return best;
  }

  static Optional<EntityType> typeOf(String timexType) {
    if (timexType == null) {
      return Optional.empty();
    }
    return switch (timexType) {
      case "DATE" -> Optional.of(EntityType.DATE);
      case "TIME" -> Optional.of(EntityType.TIME);
      case "DURATION" -> Optional.of(EntityType.DURATION);
      case "SET" -> Optional.of(EntityType.SET);
      default -> Optional.empty();
    };
  }
}
