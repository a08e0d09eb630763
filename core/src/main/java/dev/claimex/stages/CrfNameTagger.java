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
 * Names of people, places and organizations from CoreNLP CRF models, run directly on the
 * tokens (the CRFs need no part-of-speech tags; CoreNLP's default NER spends most of its time
 * in the fine-grained rules and SUTime, which this stage does not run).
 *
 * <p>With several models, the first model's names stand and each later model only adds names
 * whose tokens are all still untagged, as CoreNLP's own classifier combiner does. The default
 * is the 3-class model alone, trained on the most news (CoNLL, MUC, ACE, OntoNotes and more):
 * backing it with the 4-class CoNLL model raised CoNLL dev ORG F1 by only 0.4 points, cost a
 * second CRF pass, and brought back product names tagged as people ("Tomahawk missiles").
 *
 * <p>The raw tags go to {@link #RAW}; {@link NameMentions} turns them into mentions.
 */
public final class CrfNameTagger implements Stage {
  public static final String CONLL_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  public static final String ALL_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** Per sentence, one tag per token ("PERSON", "LOCATION", "ORGANIZATION", "MISC" or "O"). */
  public static final Analysis.Key<List<String[]>> RAW = new Analysis.Key<>("crf-name-tags");

  private final List<String> models;
  private final List<CRFClassifier<CoreLabel>> classifiers;

  /** The default model, {@link #ALL_3CLASS}. */
  public CrfNameTagger() {
    this(ALL_3CLASS);
  }

  public CrfNameTagger(String... models) {
    if (models.length == 0) {
      throw new IllegalArgumentException("at least one NER model is needed");
    }
    this.models = List.of(models);
    List<CRFClassifier<CoreLabel>> loaded = new ArrayList<>();
    for (String model : models) {
      try {
        loaded.add(CRFClassifier.getClassifier(model));
      } catch (Exception | Error e) {
        throw new ModelLoadException("cannot load the CoreNLP NER model '" + model
            + "': is the stanford-corenlp models jar (classifier 'models') on the classpath?", e);
      }
    }
    this.classifiers = List.copyOf(loaded);
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
    return models.stream().map(m -> new ModelInfo(m.substring(m.lastIndexOf('/') + 1), "4.5.10",
        "edu.stanford.nlp:stanford-corenlp:models")).toList();
  }

  @Override
  public void apply(Analysis analysis) {
    List<String[]> tags = new ArrayList<>();
    int chunk = analysis.limits().maxSentenceTokens();
    for (CoreMap sentence : CoreNlpSentences.sentences(analysis)) {
      analysis.checkTime(name());
      List<CoreLabel> tokens = CoreNlpSentences.tokens(sentence);
      String[] s = new String[tokens.size()];
      java.util.Arrays.fill(s, "O");
      if (tokens.size() > chunk) {
        analysis.noteLongSentenceChunked(name());
      }
      // a runaway sentence is classified in pieces of at most `chunk` tokens
      for (int from = 0; from < tokens.size(); from += chunk) {
        int to = Math.min(tokens.size(), from + chunk);
        String[] part = tagChunk(tokens.subList(from, to));
        System.arraycopy(part, 0, s, from, Math.min(part.length, to - from));
      }
      tags.add(s);
    }
    analysis.put(RAW, tags);
  }

  /** Tags of every model for one piece of a sentence, merged. */
  private String[] tagChunk(List<CoreLabel> tokens) {
    String[] merged = classify(classifiers.get(0), tokens);
    for (int k = 1; k < classifiers.size(); k++) {
      fillUntagged(merged, classify(classifiers.get(k), tokens));
    }
    return merged;
  }

  private static String[] classify(CRFClassifier<CoreLabel> classifier, List<CoreLabel> tokens) {
    // classify copies so the shared annotation keeps no CRF answers
    List<CoreLabel> copy = new ArrayList<>(tokens.size());
    for (CoreLabel t : tokens) {
      CoreLabel c = new CoreLabel();
      // the CoNLL models learned straight quotes, which the tokenizer stage turned into `` and '' for the parser
      String w = t.word().equals(CoreNlpTokenizer.OPEN) || t.word().equals(CoreNlpTokenizer.CLOSE) ? "\"" : t.word();
      c.setWord(w);
      c.setValue(w);
      copy.add(c);
    }
    List<CoreLabel> out = classifier.classifySentence(copy);
    String[] s = new String[out.size()];
    for (int i = 0; i < s.length; i++) {
      String a = out.get(i).get(CoreAnnotations.AnswerAnnotation.class);
      s[i] = a == null ? "O" : a;
    }
    return s;
  }

  /** Adds the names in {@code extra} whose tokens are all untagged in {@code merged}. */
  static void fillUntagged(String[] merged, String[] extra) {
    int i = 0;
    while (i < extra.length) {
      if (extra[i].equals("O")) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < extra.length && extra[j].equals(extra[i])) {
        j++;
      }
      boolean free = true;
      for (int k = i; k < j; k++) {
        free &= merged[k].equals("O");
      }
      if (free) {
        for (int k = i; k < j; k++) {
          merged[k] = extra[k];
        }
      }
      i = j;
    }
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
