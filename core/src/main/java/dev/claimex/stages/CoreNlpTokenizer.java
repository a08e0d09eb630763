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
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Splits text into tokens and sentences with CoreNLP's rule-based English tokenizer (about 140k
 * tokens/s here). Every line break ends a sentence: news text puts headlines, headings and
 * boilerplate on lines of their own, without final punctuation. A break CoreNLP's splitter makes
 * before a lowercase word on the same line ("Rep. Jane Doe (R-S.C.) | said …") is joined back.
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
    splitter.annotate(annotation);
    joinFalseBreaks(annotation, text);
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
    List<CoreMap> out = new ArrayList<>(in.size());
    for (CoreMap cs : in) {
      List<CoreLabel> toks = cs.get(CoreAnnotations.TokensAnnotation.class);
      if (!out.isEmpty() && !toks.isEmpty() && falseBreak(out.get(out.size() - 1), toks.get(0), text)) {
        CoreMap prev = out.remove(out.size() - 1);
        List<CoreLabel> joined = new ArrayList<>(prev.get(CoreAnnotations.TokensAnnotation.class));
        joined.addAll(toks);
        CoreMap m = new ArrayCoreMap(prev);
        m.set(CoreAnnotations.TokensAnnotation.class, joined);
        int b = prev.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int e = cs.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, e);
        m.set(CoreAnnotations.TextAnnotation.class, text.substring(b, e));
        m.set(CoreAnnotations.TokenEndAnnotation.class, cs.get(CoreAnnotations.TokenEndAnnotation.class));
        out.add(m);
      } else {
        out.add(cs);
      }
    }
    if (out.size() == in.size()) {
      return;
    }
    for (int i = 0; i < out.size(); i++) {
      out.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      int index = 1;
      for (CoreLabel t : out.get(i).get(CoreAnnotations.TokensAnnotation.class)) {
        t.setSentIndex(i);
        t.setIndex(index++); // a joined sentence's second part restarted at 1: CoreNLP's parser output maps words by it
      }
    }
    annotation.set(CoreAnnotations.SentencesAnnotation.class, out);
  }

  private static boolean falseBreak(CoreMap prev, CoreLabel first, String text) {
    List<CoreLabel> pt = prev.get(CoreAnnotations.TokensAnnotation.class);
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
    return lw.endsWith(".") || lw.equals(")") || lw.equals("]");
  }
}
