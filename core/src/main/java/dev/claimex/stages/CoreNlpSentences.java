package dev.claimex.stages;

import dev.claimex.pipeline.Analysis;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/** Access to the CoreNLP view of an analysis, which {@link CoreNlpTokenizer} keeps aligned with ours. */
final class CoreNlpSentences {
  private CoreNlpSentences() {}

  static Annotation annotation(Analysis analysis) {
    return analysis.get(CoreNlpTokenizer.ANNOTATION).orElseThrow(() -> new IllegalStateException(
        "no CoreNLP annotation: this stage needs the CoreNLP tokenizer stage before it"));
  }

  /** CoreNLP sentences, index-aligned with {@link Analysis#sentences()}. */
  static List<CoreMap> sentences(Analysis analysis) {
    return annotation(analysis).get(CoreAnnotations.SentencesAnnotation.class);
  }

  static List<CoreLabel> tokens(CoreMap sentence) {
    return sentence.get(CoreAnnotations.TokensAnnotation.class);
  }
}
