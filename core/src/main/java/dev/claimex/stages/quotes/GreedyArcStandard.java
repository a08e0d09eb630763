package dev.claimex.stages.quotes;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.util.CoreMap;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CoreNLP's neural dependency parser run by its own greedy arc-standard loop, with the network's
 * output layer scored faster.
 *
 * <p>Same model, same features (CoreNLP's own feature extraction), same transitions, same
 * arithmetic in the same order, so the same parses as {@link DependencyParser#predict}: the
 * difference is only in how the work is scheduled. CoreNLP 4.5.10 spends most of its parse in
 * the output layer's dot products, each one a chain of 200 dependent additions, and in first-layer
 * products for words outside the model's precomputed set. Here four output rows are summed side by
 * side (each row still in CoreNLP's order, so each score is bit-identical), with the output weights
 * widened to {@code double} once at load instead of at every multiplication; first-layer slices are
 * summed column by column (each unit in CoreNLP's order) and kept in a shared bounded cache. A
 * configuration that allows only one transition (a shift with at most one word on the stack, the
 * final attachment to the root) is not scored at all, as its argmax could only be that transition.
 * The result skips the conversion to a {@code GrammaticalStructure}, applying the one relabelling
 * that conversion makes ({@link #correctPassiveSubjects}).
 *
 * <p>It reads the parser's private fields, so it is tied to the CoreNLP version on the classpath;
 * {@link #of} returns empty when they are not as expected, and the caller falls back to
 * {@code predict}. Thread-safe after construction: every parse keeps its state in local variables,
 * and the slice cache is a concurrent Guava cache.
 */
final class GreedyArcStandard {
  private static final int LEFT = 0;
  private static final int RIGHT = 1;
  private static final int SHIFT = 2;
  private static final int SHARED_SLICES = 20_000;

  private final ParsingSystem system;
  private final MethodHandle featureArray;
  private final Map<Integer, Integer> preMap;
  private final double[][] saved;
  private final float[][] w1;
  /** The first layer transposed, column-major: a slice sums its columns one after another, each a contiguous array. */
  private final float[][] w1Columns;
  private final float[][] embeddings;
  private final float[] b1;
  private final double[][] w2;
  private final int numTokens;
  /**
   * First-layer slices of features the model did not precompute, shared by all parses (CoreNLP
   * keeps 5,000 in a synchronized LRU list; a word outside the precomputed set tends to recur
   * within an article). Bounded: 20,000 slices of 200 floats, about 17 MB.
   */
  private final Cache<Integer, float[]> shared = CacheBuilder.newBuilder().maximumSize(SHARED_SLICES).build();
  private final int embeddingSize;
  private final int[] kind;
  private final String[] label;
  private final boolean[] rootLabel;
  private final String rootName;

  /** A parse: for word i (0-based), its head (0-based, -1 for the root) and relation. */
  record Arcs(int[] heads, String[] labels) {}

  private GreedyArcStandard(DependencyParser parser) throws ReflectiveOperationException {
    this.system = (ParsingSystem) read(DependencyParser.class, "system", parser);
    Classifier classifier = (Classifier) read(DependencyParser.class, "classifier", parser);
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> pre = (Map<Integer, Integer>) read(Classifier.class, "preMap", classifier);
    this.preMap = pre;
    this.saved = (double[][]) read(Classifier.class, "saved", classifier);
    this.w1 = classifier.getW1();
    this.embeddings = classifier.getE();
    this.b1 = classifier.getb1();
    float[][] out = classifier.getW2();
    this.w2 = new double[out.length][];
    for (int i = 0; i < out.length; i++) {
      w2[i] = new double[out[i].length];
      for (int k = 0; k < out[i].length; k++) {
        w2[i][k] = out[i][k];
      }
    }
    this.embeddingSize = embeddings[0].length;
    this.w1Columns = new float[w1[0].length][w1.length];
    for (int i = 0; i < w1.length; i++) {
      for (int k = 0; k < w1[i].length; k++) {
        w1Columns[k][i] = w1[i][k];
      }
    }
    this.numTokens = w1[0].length / embeddingSize;
    Method m = DependencyParser.class.getDeclaredMethod("getFeatureArray", Configuration.class);
    m.setAccessible(true);
    this.featureArray = MethodHandles.lookup().unreflect(m).bindTo(parser);
    @SuppressWarnings("unchecked")
    List<String> transitions = (List<String>) read(ParsingSystem.class, "transitions", system);
    @SuppressWarnings("unchecked")
    List<String> labels = (List<String>) read(ParsingSystem.class, "labels", system);
    String root = labels.get(0);
    this.rootName = root;
    int n = transitions.size();
    this.kind = new int[n];
    this.label = new String[n];
    this.rootLabel = new boolean[n];
    for (int j = 0; j < n; j++) {
      String t = transitions.get(j);
      kind[j] = t.startsWith("L") ? LEFT : t.startsWith("R") ? RIGHT : SHIFT;
      label[j] = kind[j] == SHIFT ? "" : t.substring(2, t.length() - 1);
      rootLabel[j] = label[j].equals(root);
    }
    if (w2.length != n || saved == null || w1.length != b1.length || numTokens * embeddingSize != w1[0].length) {
      throw new ReflectiveOperationException("unexpected nndep model layout");
    }
  }

  /** The fast loop over {@code parser}'s model, or empty when this CoreNLP's internals are not as expected. */
  static Optional<GreedyArcStandard> of(DependencyParser parser) {
    try {
      return Optional.of(new GreedyArcStandard(parser));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Object read(Class<?> owner, String name, Object target) throws ReflectiveOperationException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f.get(target);
  }

  /** Parses a POS-tagged sentence. */
  Arcs parse(CoreMap sentence) {
    Configuration c = system.initialConfiguration(sentence);
    Map<Integer, float[]> slices = new HashMap<>();
    while (true) {
      int nStack = c.getStackSize();
      int nBuffer = c.getBufferSize();
      if (nStack == 1 && nBuffer == 0) {
        break; // arc-standard's terminal configuration
      }
      int best;
      if (nBuffer > 0 && nStack <= 2) {
        best = -1; // only a shift can apply
      } else if (nBuffer == 0 && nStack == 2) {
        best = -2; // only the attachment of the last word to the root can apply
      } else {
        double[] scores = scores(features(c), slices);
        double opt = Double.NEGATIVE_INFINITY;
        best = -3;
        for (int j = 0; j < scores.length; j++) {
          if (scores[j] > opt && canApply(c, j, nStack, nBuffer)) {
            opt = scores[j];
            best = j;
          }
        }
        if (best < 0) {
          throw new IllegalStateException("no transition applies");
        }
      }
      if (best == -1) {
        c.shift();
      } else if (best == -2) {
        c.addArc(c.getStack(1), c.getStack(0), rootName);
        c.removeTopStack();
      } else {
        apply(c, best);
      }
    }
    int n = c.getSentenceSize();
    int[] heads = new int[n];
    String[] labels = new String[n];
    for (int i = 1; i <= n; i++) {
      heads[i - 1] = c.getHead(i) - 1;
      labels[i - 1] = c.getLabel(i);
    }
    correctPassiveSubjects(heads, labels);
    return new Arcs(heads, labels);
  }

  /**
   * What CoreNLP's {@code UniversalEnglishGrammaticalStructure} does to a parse before it hands it
   * out (its {@code correctSubjPass}): a subject whose head also governs a passive auxiliary is a
   * passive subject.
   */
  static void correctPassiveSubjects(int[] heads, String[] labels) {
    for (int a = 0; a < labels.length; a++) {
      if (!labels[a].equals("aux:pass") || heads[a] < 0) {
        continue;
      }
      for (int s = 0; s < labels.length; s++) {
        if (heads[s] == heads[a]) {
          if (labels[s].equals("nsubj")) {
            labels[s] = "nsubj:pass";
          } else if (labels[s].equals("csubj")) {
            labels[s] = "csubj:pass";
          }
        }
      }
    }
  }

  private boolean canApply(Configuration c, int j, int nStack, int nBuffer) {
    if (kind[j] == SHIFT) {
      return nBuffer > 0;
    }
    int h = kind[j] == LEFT ? c.getStack(0) : c.getStack(1);
    if (h < 0 || (h == 0) != rootLabel[j]) {
      return false;
    }
    return kind[j] == LEFT ? nStack > 2 : nStack > 2 || (nStack == 2 && nBuffer == 0);
  }

  private void apply(Configuration c, int j) {
    int s1 = c.getStack(1);
    int s0 = c.getStack(0);
    if (kind[j] == LEFT) {
      c.addArc(s0, s1, label[j]);
      c.removeSecondTopStack();
    } else if (kind[j] == RIGHT) {
      c.addArc(s1, s0, label[j]);
      c.removeTopStack();
    } else {
      c.shift();
    }
  }

  private int[] features(Configuration c) {
    try {
      return (int[]) featureArray.invokeExact(c);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** CoreNLP's forward pass ({@code Classifier.computeScores}), in the same order of operations. */
  private double[] scores(int[] feature, Map<Integer, float[]> slices) {
    int hiddenSize = b1.length;
    double[] hidden = new double[hiddenSize];
    int offset = 0;
    for (int j = 0; j < feature.length; j++) {
      int tok = feature[j];
      int index = tok * numTokens + j;
      Integer id = preMap.get(index);
      if (id != null) {
        double[] row = saved[id];
        for (int i = 0; i < hiddenSize; i++) {
          hidden[i] += row[i];
        }
      } else {
        float[] slice = slices.get(index);
        if (slice == null) {
          slice = shared.getIfPresent(index);
          if (slice == null) {
            slice = slice(embeddings[tok], offset);
            shared.put(index, slice);
          }
          slices.put(index, slice);
        }
        for (int i = 0; i < hiddenSize; i++) {
          hidden[i] += slice[i];
        }
      }
      offset += embeddingSize;
    }
    for (int i = 0; i < hiddenSize; i++) {
      hidden[i] += b1[i];
      hidden[i] = hidden[i] * hidden[i] * hidden[i];
    }
    int rows = w2.length;
    double[] scores = new double[rows];
    int r = 0;
    for (; r + 4 <= rows; r += 4) {
      double[] a = w2[r];
      double[] b = w2[r + 1];
      double[] c = w2[r + 2];
      double[] d = w2[r + 3];
      double sa = 0;
      double sb = 0;
      double sc = 0;
      double sd = 0;
      for (int k = 0; k < hiddenSize; k++) {
        double h = hidden[k];
        sa += h * a[k];
        sb += h * b[k];
        sc += h * c[k];
        sd += h * d[k];
      }
      scores[r] = sa;
      scores[r + 1] = sb;
      scores[r + 2] = sc;
      scores[r + 3] = sd;
    }
    for (; r < rows; r++) {
      double[] a = w2[r];
      double s = 0;
      for (int k = 0; k < hiddenSize; k++) {
        s += hidden[k] * a[k];
      }
      scores[r] = s;
    }
    return scores;
  }

  /**
   * A first-layer slice for a feature not precomputed, as CoreNLP's {@code matrixMultiplySlice}:
   * each unit sums its float products into a double in the same order, here all units at once.
   */
  private float[] slice(float[] vector, int offset) {
    int units = w1.length;
    double[] partial = new double[units];
    for (int k = 0; k < vector.length; k++) {
      float[] column = w1Columns[offset + k];
      float v = vector[k];
      for (int i = 0; i < units; i++) {
        partial[i] += column[i] * v;
      }
    }
    float[] slice = new float[units];
    for (int i = 0; i < units; i++) {
      slice[i] = (float) partial[i];
    }
    return slice;
  }
}
