package dev.claimex.models.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Pre-trained word vectors, looked up by lower-cased word: the dense features of the
 * check-worthiness model ({@link SentenceFeatures#dense}).
 *
 * <p>Read from a text table, one word a line followed by its values, gzipped or not. Lines of the
 * form {@code key=value} at the top (the header of Stanford CoreNLP's neural dependency parser
 * models, {@code edu/stanford/nlp/models/parser/nndep/english_UD.gz}) are skipped, and so is every
 * line whose number of values differs from the first vector's (the parser model goes on with its
 * part-of-speech and label vectors and its weight matrices: reading stops at the first line that
 * is not a word vector once the announced {@code dict=N} words have been read). Words wrapped in
 * dashes ({@code -UNKNOWN-}, {@code -NULL-}, {@code -ROOT-}) are the parser's placeholders and are
 * dropped. Where several spellings of a word differ only in case, the lower-cased one's vector is
 * kept, else the first one's (the parser lists its words by decreasing frequency).
 *
 * <p>Only the vectors are kept, as {@code float[]}. Immutable and thread-safe.
 */
public final class WordEmbeddings {
  /** Word vectors in the Stanford CoreNLP models jar: the neural dependency parser's (50-d, tuned for parsing). */
  public static final String CORENLP_NNDEP_UD = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
  /**
   * Word vectors in the Stanford CoreNLP models jar: the neural coreference model's static table (50-d
   * word2vec, 103,144 lower-cased words), a serialized {@code edu.stanford.nlp.neural.Embedding}. The
   * check-worthiness model uses these.
   */
  public static final String CORENLP_COREF = "edu/stanford/nlp/models/coref/neural/english-embeddings.ser.gz";

  private final Map<String, float[]> vectors;
  private final int dimension;

  private WordEmbeddings(Map<String, float[]> vectors, int dimension) {
    this.vectors = vectors;
    this.dimension = dimension;
  }

  /** A table given in memory (tests); keys are lower-cased. */
  public static WordEmbeddings of(Map<String, float[]> table) {
    int dim = -1;
    Map<String, float[]> m = new HashMap<>();
    for (Map.Entry<String, float[]> e : table.entrySet()) {
      if (dim < 0) {
        dim = e.getValue().length;
      } else if (dim != e.getValue().length) {
        throw new IllegalArgumentException("word vectors of different lengths: " + dim + " and "
            + e.getValue().length);
      }
      m.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().clone());
    }
    if (dim <= 0) {
      throw new IllegalArgumentException("an embedding table needs at least one non-empty vector");
    }
    return new WordEmbeddings(m, dim);
  }

  /**
   * Loads a table from the class path (a resource such as {@link #CORENLP_NNDEP_UD}).
   *
   * @throws IOException if the resource is missing or unreadable, saying which
   */
  public static WordEmbeddings fromClasspath(String resource) throws IOException {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    InputStream in = cl == null ? null : cl.getResourceAsStream(resource);
    if (in == null) {
      in = WordEmbeddings.class.getClassLoader().getResourceAsStream(resource);
    }
    if (in == null) {
      throw new IOException("the word embeddings '" + resource + "' are not on the class path (they come from "
          + "the Stanford CoreNLP models jar, edu.stanford.nlp:stanford-corenlp:4.5.10:models)");
    }
    try (InputStream r = in) {
      return resource.endsWith(".ser.gz") ? readSerialized(r, resource) : read(r, resource.endsWith(".gz"), resource);
    }
  }

  /**
   * Reads a gzipped, Java-serialized {@code edu.stanford.nlp.neural.Embedding} (CoreNLP's format;
   * needs CoreNLP and EJML on the class path). Only the classes such a table is made of may be
   * deserialized.
   */
  static WordEmbeddings readSerialized(InputStream in, String name) throws IOException {
    Object o;
    try (java.io.ObjectInputStream ois = new java.io.ObjectInputStream(
        new java.io.BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16))) {
      ois.setObjectInputFilter(java.io.ObjectInputFilter.Config.createFilter(
          "edu.stanford.nlp.neural.Embedding;java.util.*;java.lang.*;org.ejml.**;[D;!*"));
      o = ois.readObject();
    } catch (ClassNotFoundException | NoClassDefFoundError e) {
      throw new IOException(name + ": reading it needs Stanford CoreNLP on the class path (" + e.getMessage() + ")", e);
    }
    if (!(o instanceof edu.stanford.nlp.neural.Embedding emb)) {
      throw new IOException(name + ": not a CoreNLP word-embedding table (" + o.getClass().getName() + ")");
    }
    Map<String, float[]> m = new HashMap<>(emb.size() * 2);
    int dim = emb.getEmbeddingSize();
    for (Map.Entry<String, org.ejml.simple.SimpleMatrix> e : emb.entrySet()) {
      org.ejml.simple.SimpleMatrix v = e.getValue();
      if (v.getNumElements() != dim) {
        continue;
      }
      float[] f = new float[dim];
      for (int i = 0; i < dim; i++) {
        f[i] = (float) v.get(i);
      }
      m.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT), f);
    }
    if (m.isEmpty()) {
      throw new IOException(name + ": no word vectors in it");
    }
    return new WordEmbeddings(m, dim);
  }

  private static final Map<String, WordEmbeddings> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The table named {@code source}, loaded once per process: a class-path resource, or else a file
   * of that name.
   *
   * @throws IOException if neither exists or it is unreadable
   */
  public static WordEmbeddings cached(String source) throws IOException {
    WordEmbeddings e = CACHE.get(source);
    if (e != null) {
      return e;
    }
    synchronized (CACHE) {
      e = CACHE.get(source);
      if (e == null) {
        Path file = Path.of(source);
        e = Files.isRegularFile(file) && !onClasspath(source) ? fromFile(file) : fromClasspath(source);
        CACHE.put(source, e);
      }
      return e;
    }
  }

  private static boolean onClasspath(String resource) {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    if (cl != null && cl.getResource(resource) != null) {
      return true;
    }
    return WordEmbeddings.class.getClassLoader().getResource(resource) != null;
  }

  /** Loads a table from a file (gzipped if its name ends in .gz). */
  public static WordEmbeddings fromFile(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString().endsWith(".gz"), file.toString());
    }
  }

  /** Reads a text table (see the class documentation). */
  public static WordEmbeddings read(InputStream in, boolean gzipped, String name) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(gzipped ? new GZIPInputStream(in, 1 << 16) : in,
        StandardCharsets.UTF_8), 1 << 16);
    Map<String, float[]> m = new HashMap<>(1 << 17);
    Map<String, Boolean> exactLower = new HashMap<>();
    int dim = -1;
    long announced = -1;
    long read = 0;
    String line;
    while ((line = r.readLine()) != null) {
      if (dim < 0 && line.indexOf(' ') < 0 && line.indexOf('=') > 0) {
        if (line.startsWith("dict=")) {
          announced = Long.parseLong(line.substring(5).strip());
        }
        continue;
      }
      String[] parts = line.strip().split(" ");
      if (dim < 0) {
        dim = parts.length - 1;
        if (dim < 1) {
          throw new IOException(name + ": not a word-vector table (first line '" + abbreviate(line) + "')");
        }
      }
      if (parts.length != dim + 1) {
        if (announced >= 0 && read >= announced) {
          break;
        }
        continue;
      }
      read++;
      String word = parts[0];
      if (word.length() > 2 && word.startsWith("-") && word.endsWith("-")) {
        if (announced >= 0 && read >= announced) {
          break;
        }
        continue;
      }
      String key = word.toLowerCase(Locale.ROOT);
      boolean lower = key.equals(word);
      if (!m.containsKey(key) || (lower && !exactLower.containsKey(key))) {
        float[] v = new float[dim];
        for (int i = 0; i < dim; i++) {
          v[i] = Float.parseFloat(parts[i + 1]);
        }
        m.put(key, v);
        if (lower) {
          exactLower.put(key, Boolean.TRUE);
        }
      }
      if (announced >= 0 && read >= announced) {
        break;
      }
    }
    if (m.isEmpty()) {
      throw new IOException(name + ": no word vectors in it");
    }
    return new WordEmbeddings(m, dim);
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }

  public int dimension() {
    return dimension;
  }

  public int size() {
    return vectors.size();
  }

  /** The vector of a word (any case), or null if the table lacks it. */
  public float[] get(String word) {
    return vectors.get(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The mean of the vectors of the given (lower-cased) words that the table has, or null if it has
   * none of them.
   */
  public double[] mean(List<String> words) {
    double[] sum = new double[dimension];
    int n = 0;
    for (String w : words) {
      float[] v = vectors.get(w);
      if (v == null) {
        continue;
      }
      for (int i = 0; i < dimension; i++) {
        sum[i] += v[i];
      }
      n++;
    }
    if (n == 0) {
      return null;
    }
    for (int i = 0; i < dimension; i++) {
      sum[i] /= n;
    }
    return sum;
  }
}
