package dev.claimex.stages;

import dev.claimex.api.EntityType;
import dev.claimex.api.ModelInfo;
import dev.claimex.pipeline.Analysis;
import dev.claimex.pipeline.Layer;
import dev.claimex.pipeline.ModelLoadException;
import dev.claimex.pipeline.Stage;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Names of people, places and organizations from a CoreNLP CRF model, run directly on the
 * tokens (the CRF needs no part-of-speech tags; CoreNLP's default NER spends most of its time
 * in the fine-grained rules and SUTime, which this stage does not run).
 *
 * <p>The raw tags go to {@link #RAW}; {@link NameMentions} turns them into mentions.
 */
public final class CrfNameTagger implements Stage {
  public static final String CONLL_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  public static final String ALL_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** Per sentence, one tag per token ("PERSON", "LOCATION", "ORGANIZATION", "MISC" or "O"). */
  public static final Analysis.Key<List<String[]>> RAW = new Analysis.Key<>("crf-name-tags");

  private final String model;
  private final CRFClassifier<CoreLabel> classifier;

  public CrfNameTagger() {
    this(CONLL_4CLASS);
  }

  public CrfNameTagger(String model) {
    this.model = model;
    try {
      classifier = CRFClassifier.getClassifier(model);
    } catch (Exception | Error e) {
      throw new ModelLoadException("cannot load the CoreNLP NER model '" + model
          + "': is the stanford-corenlp models jar (classifier 'models') on the classpath?", e);
    }
  }

  @Override
  public String name() {
    return "names";
  }

  @Override
  public Set<Layer> requires() {
    return EnumSet.of(Layer.TOKENS, Layer.SENTENCES);
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.NAME_TAGS);
  }

  @Override
  public List<ModelInfo> models() {
    return List.of(new ModelInfo(model.substring(model.lastIndexOf('/') + 1), "4.5.10",
        "edu.stanford.nlp:stanford-corenlp:models"));
  }

  @Override
  public void apply(Analysis analysis) {
    List<String[]> tags = new ArrayList<>();
    for (CoreMap sentence : CoreNlpSentences.sentences(analysis)) {
      List<CoreLabel> tokens = CoreNlpSentences.tokens(sentence);
      // classify copies so the shared annotation keeps no CRF answers
      List<CoreLabel> copy = new ArrayList<>(tokens.size());
      for (CoreLabel t : tokens) {
        CoreLabel c = new CoreLabel();
        c.setWord(t.word());
        c.setValue(t.word());
        copy.add(c);
      }
      List<CoreLabel> out = classifier.classifySentence(copy);
      String[] s = new String[out.size()];
      for (int i = 0; i < s.length; i++) {
        String a = out.get(i).get(CoreAnnotations.AnswerAnnotation.class);
        s[i] = a == null ? "O" : a;
      }
      tags.add(s);
    }
    analysis.put(RAW, tags);
  }

  static Optional<EntityType> typeOf(String tag) {
    return switch (tag) {
      case "PERSON", "PER" -> Optional.of(EntityType.PERSON);
      case "LOCATION", "LOC" -> Optional.of(EntityType.LOCATION);
      case "ORGANIZATION", "ORG" -> Optional.of(EntityType.ORGANIZATION);
      case "MISC" -> Optional.of(EntityType.MISC);
      default -> Optional.empty();
    };
  }

}
