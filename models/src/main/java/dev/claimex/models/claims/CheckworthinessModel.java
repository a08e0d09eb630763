package dev.claimex.models.claims;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained three-class sentence model after ClaimBuster: non-factual (NFS), unimportant factual
 * (UFS) and check-worthy factual (CFS). Wraps an OpenNLP maxent (logistic regression) model
 * over {@link SentenceFeatures}; stored gzipped in OpenNLP's binary model format.
 *
 * <p>Thread-safe: evaluation reads the model's parameters only.
 */
public final class CheckworthinessModel {
  /** The three ClaimBuster classes, as the model's outcome names. */
  public enum Label {
    NFS, UFS, CFS;

    /** ClaimBuster's numeric label (-1, 0, 1). */
    public static Label ofClaimBuster(int label) {
      return switch (label) {
        case -1 -> NFS;
        case 0 -> UFS;
        case 1 -> CFS;
        default -> throw new IllegalArgumentException("ClaimBuster labels are -1, 0 or 1, got " + label);
      };
    }
  }

  /** Class probabilities for one sentence; they sum to 1. */
  public record Scores(double nonFactual, double unimportant, double checkworthy) {
    /** Probability that the sentence states a fact at all (UFS or CFS). */
    public double factual() {
      return unimportant + checkworthy;
    }

    public Label best() {
      if (checkworthy >= unimportant && checkworthy >= nonFactual) {
        return Label.CFS;
      }
      return unimportant >= nonFactual ? Label.UFS : Label.NFS;
    }
  }

  private final List<MaxentModel> models;
  /** Dense features: where the word vectors come from (a class-path resource), or null for none. */
  private final String embeddingsSource;
  private final WordEmbeddings embeddings;
  private final double embeddingScale;

  /** An ensemble: the class probabilities of the models are averaged. */
  CheckworthinessModel(List<MaxentModel> models) {
    this(models, null, null, 0);
  }

  /**
   * An ensemble over the sparse features and, when {@code embeddings} is not null, the dense ones
   * ({@link SentenceFeatures#dense}) from the word vectors named {@code embeddingsSource}.
   */
  CheckworthinessModel(List<MaxentModel> models, String embeddingsSource, WordEmbeddings embeddings,
      double embeddingScale) {
    if ((embeddings == null) != (embeddingsSource == null)) {
      throw new IllegalArgumentException("word embeddings need a source name, and a source name embeddings");
    }
    this.embeddingsSource = embeddingsSource;
    this.embeddings = embeddings;
    this.embeddingScale = embeddingScale;
    this.models = List.copyOf(models);
    if (this.models.isEmpty()) {
      throw new IllegalArgumentException("a check-worthiness model needs at least one classifier");
    }
    for (MaxentModel model : this.models) {
      if (model.getIndex(Label.NFS.name()) < 0 || model.getIndex(Label.UFS.name()) < 0
          || model.getIndex(Label.CFS.name()) < 0 || model.getNumOutcomes() != 3) {
        throw new IllegalArgumentException("not a check-worthiness model: outcomes must be NFS, UFS, CFS");
      }
    }
  }

  /** Reads a model written by {@link #write}. */
  public static CheckworthinessModel read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
    int n = data.readInt();
    String source = null;
    double scale = 0;
    WordEmbeddings table = null;
    if (n == EMBEDDINGS_MARK) {
      source = data.readUTF();
      scale = data.readDouble();
      try {
        table = WordEmbeddings.cached(source);
      } catch (IOException e) {
        throw new IOException("the check-worthiness model needs word embeddings it cannot load: " + e.getMessage(), e);
      }
      n = data.readInt();
    }
    if (n < 1 || n > 8) {
      throw new IOException("not a check-worthiness model file (it announces " + n + " classifiers)");
    }
    BinaryFileDataReader reader = new BinaryFileDataReader(data);
    List<MaxentModel> models = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      AbstractModel m = new GenericModelReader(reader).getModel();
      models.add(m);
    }
    if (source == null) {
      return new CheckworthinessModel(models);
    }
    return new CheckworthinessModel(models, source, table, scale);
  }

  /** Marks a model file whose header names word embeddings (the old files start with a count of 1..8). */
  private static final int EMBEDDINGS_MARK = -0x45;

  /** The class-path resource (or file) of the word vectors this model reads, or null if it uses none. */
  public String embeddingsSource() {
    return embeddingsSource;
  }

  /** Reads a model from the bytes of a model file. */
  public static CheckworthinessModel read(byte[] bytes) {
    try {
      return read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException("not a readable check-worthiness model: " + e.getMessage(), e);
    }
  }

  /** Writes the model (gzipped OpenNLP binary format). */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out);
    DataOutputStream data = new DataOutputStream(gz);
    if (embeddingsSource != null) {
      data.writeInt(EMBEDDINGS_MARK);
      data.writeUTF(embeddingsSource);
      data.writeDouble(embeddingScale);
    }
    data.writeInt(models.size());
    for (MaxentModel model : models) {
      new GenericModelWriter((AbstractModel) model, data).persist();
    }
    data.flush();
    gz.finish();
  }

  /** Scores one sentence (or clause) of plain text. */
  public Scores score(String sentence) {
    SentenceFeatures.Vector vector = SentenceFeatures.vector(sentence, embeddings, embeddingScale);
    String[] features = vector.names();
    float[] values = vector.values();
    double nfs = 0;
    double ufs = 0;
    double cfs = 0;
    for (MaxentModel model : models) {
      double[] p = model.eval(features, values);
      nfs += p[model.getIndex(Label.NFS.name())];
      ufs += p[model.getIndex(Label.UFS.name())];
      cfs += p[model.getIndex(Label.CFS.name())];
    }
    int n = models.size();
    return new Scores(nfs / n, ufs / n, cfs / n);
  }
}
