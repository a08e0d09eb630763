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

  /** An ensemble: the class probabilities of the models are averaged. */
  CheckworthinessModel(List<MaxentModel> models) {
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
    if (n < 1 || n > 8) {
      throw new IOException("not a check-worthiness model file (it announces " + n + " classifiers)");
    }
    BinaryFileDataReader reader = new BinaryFileDataReader(data);
    List<MaxentModel> models = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      AbstractModel m = new GenericModelReader(reader).getModel();
      models.add(m);
    }
    return new CheckworthinessModel(models);
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
    data.writeInt(models.size());
    for (MaxentModel model : models) {
      new GenericModelWriter((AbstractModel) model, data).persist();
    }
    data.flush();
    gz.finish();
  }

  /** Scores one sentence (or clause) of plain text. */
  public Scores score(String sentence) {
    String[] features = SentenceFeatures.of(sentence);
    float[] values = SentenceFeatures.values(features);
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
