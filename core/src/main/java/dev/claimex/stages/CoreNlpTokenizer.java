package dev.claimex.stages;

import dev.claimex.api.ModelInfo;
import dev.claimex.api.Sentence;
import dev.claimex.api.Span;
import dev.claimex.api.Token;
import dev.claimex.api.TokenRange;
import dev.claimex.pipeline.Analysis;
import dev.claimex.pipeline.Layer;
import dev.claimex.pipeline.Stage;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.pipeline.WordsToSentencesAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into tokens and sentences with CoreNLP's rule-based English tokenizer (about 140k
 * tokens/s here). Every line break ends a sentence: news text puts headlines, headings and
 * boilerplate on lines of their own, without final punctuation. A break CoreNLP's splitter makes
 * before a lowercase word on the same line ("Rep. Jane Doe (R-S.C.) | said …") is joined back, and
 * quotation marks the splitter put on the wrong side of a break are moved back.
 *
 * <p>Token spans come from the tokenizer's character offsets into the original text; the
 * CoreNLP annotation is kept in {@link #ANNOTATION} for later CoreNLP-backed stages.
 */
public final class CoreNlpTokenizer implements Stage {
  /** The CoreNLP annotation of the document, tokens and sentences filled in. */
  public static final Analysis.Key<Annotation> ANNOTATION = new Analysis.Key<>("corenlp-annotation");

  private final TokenizerAnnotator tokenizer;
  private final WordsToSentencesAnnotator splitter;

  public CoreNlpTokenizer() {
    Properties props = new Properties();
    props.setProperty("tokenize.language", "en");
    props.setProperty("tokenize.options", "invertible=true,splitHyphenated=true,untokenizable=noneKeep");
    props.setProperty("ssplit.newlineIsSentenceBreak", "always");
    tokenizer = new TokenizerAnnotator(false, props);
    splitter = new WordsToSentencesAnnotator(props);
  }

  @Override
  public String name() {
    return "tokenize";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.noneOf(Layer.class);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
  }

  @Override
  public List<ModelInfo> models() {
    return List.of(new ModelInfo("corenlp-ptb-tokenizer", "4.5.10", "edu.stanford.nlp:stanford-corenlp"));
  }

  @Override
  public void apply(Analysis analysis) {
    String text = analysis.text();
    Annotation annotation = new Annotation(text);
    tokenizer.annotate(annotation);
    normalizeQuoteClusters(annotation);
    orientStraightQuotes(annotation, text); // before splitting: an opening quote after a full stop starts the next sentence
    splitter.annotate(annotation);
    joinFalseBreaks(annotation, text);
    moveStrayQuotes(annotation, text);
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    for (CoreMap cs : coreSentences) {
      int first = tokens.size();
      for (CoreLabel cl : cs.get(CoreAnnotations.TokensAnnotation.class)) {
        int b = cl.beginPosition();
        int e = cl.endPosition();
        if (b < 0 || e > text.length() || e <= b) {
          throw new IllegalStateException("tokenizer gave offsets [" + b + "," + e + ") for '" + cl.word() + "'");
        }
        tokens.add(new Token(tokens.size(), new Span(b, e), text.substring(b, e), sentences.size()));
      }
      if (tokens.size() > first) {
        Span span = new Span(tokens.get(first).span().start(), tokens.get(tokens.size() - 1).span().end());
        sentences.add(new Sentence(sentences.size(), span, new TokenRange(first, tokens.size())));
      }
    }
    analysis.setTokens(tokens, sentences);
    analysis.put(ANNOTATION, annotation);
  }

  /** The Penn Treebank's opening and closing quotation marks, which the tagger and the parser learned. */
  static final String OPEN = "``";
  static final String CLOSE = "''";

  /**
   * Gives a token CoreNLP made of several curly quotation marks the Penn Treebank word of one mark.
   * The tokenizer keeps "’”" (a quotation inside a quotation, both closing at once: “She said ‘I
   * know,’” Rep. Jane Doe said.), "“‘", "””", "’’" and the like as one word, which the tagger took for a noun
   * or a symbol; the parser then hung the speaker and the cue after it off that "noun", and the
   * quotation went without its attribution. Splitting the token into two marks parsed worse: the
   * parser rarely saw two closing marks in a row. Only the CoreNLP word changes, as in {@link
   * #orientStraightQuotes}.
   */
  static void normalizeQuoteClusters(Annotation annotation) {
    for (CoreLabel t : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
      String w = t.originalText() == null ? t.word() : t.originalText();
      if (w.length() < 2 || !CURLY_MARKS.matcher(w).matches()) {
        continue;
      }
      char last = w.charAt(w.length() - 1);
      String ptb = last == '\u2019' || last == '\u201d' ? CLOSE : OPEN;
      t.setWord(ptb);
      t.setValue(ptb);
    }
  }

  /** Two or more curly quotation marks; "’’" and "‘‘" stand for one double mark on some sites. */
  private static final Pattern CURLY_MARKS = Pattern.compile("[\\u2018\\u2019\\u201c\\u201d]{2,}");

  /**
   * Gives each straight double quote, and each pair of apostrophes standing for one, the direction
   * its place shows: opening after a space, a line break, an opening bracket or a dash, else
   * closing. Left as {@code "}, the tagger read the closing mark of '"…," Devine added.' as an
   * opening one and "Devine" as an adjective, and the parser then found no subject for "added".
   * CoreNLP reads every {@code ''} as closing, so the splitter gave the opening mark of the
   * next quotation to the sentence before. Only the CoreNLP words change; offsets, and so every
   * span, still point at the marks in the text.
   */
  static void orientStraightQuotes(Annotation annotation, String text) {
    for (CoreLabel t : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
      int b = t.beginPosition();
      if (!"\"".equals(t.word()) && !(t.endPosition() - b == 2 && text.startsWith("''", b))) {
        continue;
      }
      char before = b == 0 ? '\n' : text.charAt(b - 1);
      boolean open = Character.isWhitespace(before) || "([{\u2014\u2013-/".indexOf(before) >= 0;
      String w = open ? OPEN : CLOSE;
      t.setWord(w);
      t.setValue(w);
      t.setOriginalText(w);
    }
  }

  /**
   * Joins a sentence to the next one when the splitter broke before a lowercase word on the same
   * line: an abbreviation closing a parenthesis ("Rep. Trey Gowdy (R-S.C.) said that …") is read as
   * the end of a sentence, but an English sentence does not start in lowercase.
   */
  static void joinFalseBreaks(Annotation annotation, String text) {
    List<CoreMap> in = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (in == null || in.size() < 2) {
      return;
    }
    List<List<CoreLabel>> groups = new ArrayList<>();
    boolean changed = false;
    for (CoreMap cs : in) {
      List<CoreLabel> toks = cs.get(CoreAnnotations.TokensAnnotation.class);
      if (!groups.isEmpty() && !toks.isEmpty() && falseBreak(last(groups), toks.get(0), text)) {
        last(groups).addAll(toks);
        changed = true;
      } else {
        groups.add(new ArrayList<>(toks));
      }
    }
    if (changed) {
      regroup(annotation, groups, text);
    }
  }

  /**
   * Moves quotation marks the splitter put on the wrong side of a sentence break. CoreNLP's
   * splitter pairs quotation marks by counting them, so after a quotation that runs over several
   * sentences ("“This is it. We are looking,” Sanders said, going on. “So I would look.”") it
   * gives the opening mark of the next quotation to the sentence before, and leaves the closing
   * mark of that quotation as a sentence of its own.
   */
  static void moveStrayQuotes(Annotation annotation, String text) {
    List<CoreMap> in = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (in == null || in.size() < 2) {
      return;
    }
    List<List<CoreLabel>> groups = new ArrayList<>();
    for (CoreMap cs : in) {
      groups.add(new ArrayList<>(cs.get(CoreAnnotations.TokensAnnotation.class)));
    }
    boolean changed = false;
    for (int i = 0; i + 1 < groups.size(); i++) {
      List<CoreLabel> g = groups.get(i);
      List<CoreLabel> next = groups.get(i + 1);
      if (g.size() > 1 && isOpening(last(g)) && !next.isEmpty() && !isOpening(next.get(0))
          && text.substring(last(g).endPosition(), next.get(0).beginPosition()).indexOf('\n') < 0) {
        next.add(0, g.remove(g.size() - 1));
        changed = true;
      }
    }
    for (int i = 1; i < groups.size(); i++) {
      List<CoreLabel> g = groups.get(i);
      List<CoreLabel> prev = groups.get(i - 1);
      if (!g.isEmpty() && !prev.isEmpty() && g.stream().allMatch(CoreNlpTokenizer::closingOrFinal) && isClosing(g.get(0))
          && text.substring(last(prev).endPosition(), g.get(0).beginPosition()).indexOf('\n') < 0) {
        prev.addAll(g);
        g.clear();
        changed = true;
      }
    }
    groups.removeIf(List::isEmpty);
    if (changed) {
      regroup(annotation, groups, text);
    }
  }

  private static boolean isOpening(CoreLabel t) {
    return t.word().equals("``") || t.word().equals("\u201c");
  }

  private static boolean isClosing(CoreLabel t) {
    return t.word().equals("''") || t.word().equals("\u201d");
  }

  private static boolean closingOrFinal(CoreLabel t) {
    return isClosing(t) || t.word().equals(".") || t.word().equals("?") || t.word().equals("!");
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  /** Replaces the annotation's sentences by ones holding these tokens, in document order, and renumbers them. */
  private static void regroup(Annotation annotation, List<List<CoreLabel>> groups, String text) {
    List<CoreMap> in = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    Map<CoreLabel, CoreMap> home = new IdentityHashMap<>();
    Map<CoreLabel, Integer> docIndex = new IdentityHashMap<>();
    for (CoreMap cs : in) {
      int k = cs.get(CoreAnnotations.TokenBeginAnnotation.class);
      for (CoreLabel t : cs.get(CoreAnnotations.TokensAnnotation.class)) {
        home.put(t, cs);
        docIndex.put(t, k++);
      }
    }
    List<CoreMap> out = new ArrayList<>(groups.size());
    for (List<CoreLabel> g : groups) {
      CoreMap m = new ArrayCoreMap(home.get(g.get(0)));
      int b = g.get(0).beginPosition();
      int e = g.get(g.size() - 1).endPosition();
      m.set(CoreAnnotations.TokensAnnotation.class, g);
      m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, b);
      m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, e);
      m.set(CoreAnnotations.TextAnnotation.class, text.substring(b, e));
      m.set(CoreAnnotations.TokenBeginAnnotation.class, docIndex.get(g.get(0)));
      m.set(CoreAnnotations.TokenEndAnnotation.class, docIndex.get(g.get(g.size() - 1)) + 1);
      m.set(CoreAnnotations.SentenceIndexAnnotation.class, out.size());
      int index = 1;
      for (CoreLabel t : g) {
        t.setSentIndex(out.size());
        t.setIndex(index++); // CoreNLP's parser output maps words by it
      }
      out.add(m);
    }
    annotation.set(CoreAnnotations.SentencesAnnotation.class, out);
  }

  private static boolean falseBreak(List<CoreLabel> pt, CoreLabel first, String text) {
    if (pt.isEmpty()) {
      return false;
    }
    CoreLabel last = pt.get(pt.size() - 1);
    String w = text.substring(first.beginPosition(), first.endPosition());
    if (w.isEmpty() || !Character.isLowerCase(w.codePointAt(0)) || text.substring(last.endPosition(),
        first.beginPosition()).indexOf('\n') >= 0) {
      return false;
    }
    // the break came after a period, alone, closing an abbreviation or a bracket: "(R-S.C.) said", "Inc. said"
    String lw = text.substring(last.beginPosition(), last.endPosition());
    if (lw.endsWith(".") || lw.equals(")") || lw.equals("]")) {
      return true;
    }
    // or after a question or an exclamation closing a quotation: "“Why not?” asked Jane Doe."
    if (pt.size() < 2 || !"\"”".contains(lw)) {
      return false;
    }
    CoreLabel end = pt.get(pt.size() - 2);
    String ew = text.substring(end.beginPosition(), end.endPosition());
    return ew.equals("?") || ew.equals("!");
  }
}
