package dev.claimex.models.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.naivebayes.NaiveBayesTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a {@link CheckworthinessModel}: L2-regularized multinomial logistic regression
 * (OpenNLP's quasi-Newton maxent trainer) over {@link SentenceFeatures}. Deterministic: the
 * same examples and settings give the same model.
 */
public final class CheckworthinessTrainer {
  /** One labeled sentence. */
  public record Example(String id, String text, CheckworthinessModel.Label label) {}

  /**
   * Trainer settings.
   *
   * @param l1 L1 penalty (larger: fewer non-zero weights, a smaller model)
   * @param l2 L2 penalty (larger: smoother model)
   * @param cutoff features seen fewer times than this are dropped
   * @param iterations maximum L-BFGS iterations
   * @param checkworthyWeight how many times each check-worthy (CFS) example counts: the class is a
   *     fifth of the data, and a weight above 1 trades some precision for recall on it
   */
  public record Settings(double l1, double l2, int cutoff, int iterations, int checkworthyWeight, boolean naiveBayes) {
    public static final Settings DEFAULT = new Settings(0.1, 1.0, 1, 300, 2, false);
  }

  private CheckworthinessTrainer() {}

  public static CheckworthinessModel train(List<Example> examples, Settings settings) {
    return train(examples, settings, null, null, 0);
  }

  /**
   * Trains over the sparse features plus, when {@code embeddings} is not null, the dense features
   * of {@link SentenceFeatures#dense} (vector length {@code embeddingScale}); the model records
   * {@code embeddingsSource} and loads the vectors from there when it is read back.
   */
  public static CheckworthinessModel train(List<Example> examples, Settings settings, String embeddingsSource,
      WordEmbeddings embeddings, double embeddingScale) {
    List<Event> events = new ArrayList<>(examples.size());
    for (Example e : examples) {
      String label = e.label().name();
      SentenceFeatures.Vector v = SentenceFeatures.vector(e.text(), embeddings, embeddingScale);
      Event event = new Event(label, v.names(), v.values());
      int copies = e.label() == CheckworthinessModel.Label.CFS ? settings.checkworthyWeight() : 1;
      for (int i = 0; i < copies; i++) {
        events.add(event);
      }
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    params.put(QNTrainer.L1COST_PARAM, settings.l1());
    params.put(QNTrainer.L2COST_PARAM, settings.l2());
    params.put(QNTrainer.THREADS_PARAM, 1);
    params.put("PrintMessages", false);
    params.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
    try {
      List<MaxentModel> models = new ArrayList<>();
      models.add(TrainerFactory.getEventTrainer(params, new HashMap<>()).train(ObjectStreamUtils.createObjectStream(events)));
      if (settings.naiveBayes()) {
        TrainingParameters nb = new TrainingParameters();
        nb.put(TrainingParameters.ALGORITHM_PARAM, NaiveBayesTrainer.NAIVE_BAYES_VALUE);
        nb.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        nb.put("PrintMessages", false);
        nb.put(AbstractEventTrainer.DATA_INDEXER_PARAM, AbstractEventTrainer.DATA_INDEXER_ONE_PASS_REAL_VALUE);
        models.add(TrainerFactory.getEventTrainer(nb, new HashMap<>()).train(ObjectStreamUtils.createObjectStream(events)));
      }
      return embeddings == null ? new CheckworthinessModel(models)
          : new CheckworthinessModel(models, embeddingsSource, embeddings, embeddingScale);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
