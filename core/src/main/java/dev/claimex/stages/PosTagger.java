package dev.claimex.stages;

import dev.claimex.api.ModelInfo;
import dev.claimex.pipeline.ModelLoadException;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * CoreNLP's part-of-speech tagger, applied on demand to single sentences: tagging every token
 * costs more than the rest of the lean pipeline, and only the sentences that date
 * normalization or parsing look at need tags. Shared by the stages that need it, so the model
 * loads once. Thread-safe: tagging keeps no state between calls.
 */
public final class PosTagger {
  public static final String MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

  private final MaxentTagger tagger;

  public PosTagger() {
    try {
      tagger = new MaxentTagger(MODEL);
    } catch (RuntimeException e) {
      throw new ModelLoadException("cannot load the CoreNLP POS tagger '" + MODEL
          + "': is the stanford-corenlp models jar on the classpath?", e);
    }
  }

  public ModelInfo info() {
    return new ModelInfo("corenlp-pos-english-left3words-distsim", "4.5.10", "edu.stanford.nlp:stanford-corenlp:models");
  }

  /** Tags the sentence's tokens in place unless they are tagged already. */
  public void tag(CoreMap sentence) {
    List<CoreLabel> tokens = CoreNlpSentences.tokens(sentence);
    if (tokens.isEmpty() || tokens.get(0).tag() != null) {
      return;
    }
    tagger.tagCoreLabels(tokens);
    sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
  }
}
