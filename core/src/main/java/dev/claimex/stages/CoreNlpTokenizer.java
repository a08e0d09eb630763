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
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Splits text into tokens and sentences with CoreNLP's rule-based English tokenizer (about 140k
 * tokens/s here). Every line break ends a sentence: news text puts headlines, headings and
 * boilerplate on lines of their own, without final punctuation.
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
}
