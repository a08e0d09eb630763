package dev.claimex.models.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Command line: trains the check-worthiness model on ClaimBuster sentences, optionally reports a
 * k-fold cross-validation first, and writes the model file.
 *
 * <pre>
 * mvn -pl models -q exec:java -Dexec.mainClass=dev.claimex.models.claims.TrainCheckworthiness \
 *   -Dexec.args="--data /path/to/claimbuster/data_small.json --cv 5 --out models/src/main/resources/dev/claimex/models/claims/checkworthiness.bin.gz"
 * </pre>
 *
 * Options: {@code --data FILE} (ClaimBuster JSON: sentence_id, text, label -1/0/1; required),
 * {@code --cv K} (report K-fold cross-validation), {@code --folds-out DIR} (with --cv: write each
 * fold's model and held-out ids, for scoring the full pipeline per fold), {@code --out FILE} (train
 * on everything and write the model), {@code --l1 X}, {@code --l2 X}, {@code --cutoff N}, {@code --iterations N}, {@code --cfs-weight N}, {@code --naive-bayes true} (average with a naive Bayes model; did not help),
 * {@code --embeddings SOURCE} (the word vectors of the dense features: a class-path resource or a file; default
 * {@link WordEmbeddings#CORENLP_COREF}, {@code none} for none), {@code --embedding-scale X} (their vector length, default 8).
 * Folds are assigned by a hash of the sentence id, so they are the same on every run.
 */
public final class TrainCheckworthiness {
  /** The length the mean word vector is scaled to (2-8 gave 0.761-0.768 in cross-validation; 12 and up is unstable). */
  public static final double DEFAULT_EMBEDDING_SCALE = 8.0;

  private TrainCheckworthiness() {}

  public static void main(String[] args) throws IOException {
    Path data = null;
    Path out = null;
    Path foldsOut = null;
    Path ct19 = null;
    int cv = 0;
    CheckworthinessTrainer.Settings s = CheckworthinessTrainer.Settings.DEFAULT;
    double l1 = s.l1();
    double l2 = s.l2();
    int cutoff = s.cutoff();
    int iterations = s.iterations();
    int weight = s.checkworthyWeight();
    boolean naiveBayes = s.naiveBayes();
    String embeddingsSource = WordEmbeddings.CORENLP_COREF;
    double embeddingScale = DEFAULT_EMBEDDING_SCALE;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + a + " needs a value");
      }
      String v = args[++i];
      switch (a) {
        case "--data" -> data = Path.of(v);
        case "--ct19" -> ct19 = Path.of(v);
        case "--out" -> out = Path.of(v);
        case "--folds-out" -> foldsOut = Path.of(v);
        case "--cv" -> cv = Integer.parseInt(v);
        case "--l1" -> l1 = Double.parseDouble(v);
        case "--l2" -> l2 = Double.parseDouble(v);
        case "--cutoff" -> cutoff = Integer.parseInt(v);
        case "--iterations" -> iterations = Integer.parseInt(v);
        case "--cfs-weight" -> weight = Integer.parseInt(v);
        case "--naive-bayes" -> naiveBayes = Boolean.parseBoolean(v);
        case "--embeddings" -> embeddingsSource = v.equals("none") ? null : v;
        case "--embedding-scale" -> embeddingScale = Double.parseDouble(v);
        default -> throw new IllegalArgumentException("unknown option " + a
            + " (known: --data --ct19 --out --cv --folds-out --l1 --l2 --cutoff --iterations --cfs-weight --naive-bayes --embeddings --embedding-scale)");
      }
    }
    if (data == null) {
      throw new IllegalArgumentException("--data FILE is required (ClaimBuster JSON)");
    }
    CheckworthinessTrainer.Settings settings = new CheckworthinessTrainer.Settings(l1, l2, cutoff, iterations, weight, naiveBayes);
    List<CheckworthinessTrainer.Example> examples = readClaimBuster(data);
    List<CheckworthinessTrainer.Example> extra = ct19 == null ? List.of() : readCheckThatPositives(ct19);
    PrintStream log = System.err;
    WordEmbeddings embeddings = embeddingsSource == null ? null : WordEmbeddings.cached(embeddingsSource);
    if (embeddings != null) {
      log.printf(Locale.ROOT, "word embeddings %s: %d words, dimension %d, vector length %.2f%n", embeddingsSource,
          embeddings.size(), embeddings.dimension(), embeddingScale);
    }
    log.printf(Locale.ROOT, "%d sentences from %s (+%d check-worthy from %s, training only); settings %s%n",
        examples.size(), data, extra.size(), ct19, settings);
    if (cv > 1) {
      Evaluation total = new Evaluation();
      for (int k = 0; k < cv; k++) {
        List<CheckworthinessTrainer.Example> train = new ArrayList<>(extra);
        List<CheckworthinessTrainer.Example> test = new ArrayList<>();
        for (CheckworthinessTrainer.Example e : examples) {
          (fold(e.id(), cv) == k ? test : train).add(e);
        }
        CheckworthinessModel m = CheckworthinessTrainer.train(train, settings, embeddingsSource, embeddings,
            embeddingScale);
        Evaluation fold = new Evaluation();
        for (CheckworthinessTrainer.Example e : test) {
          CheckworthinessModel.Scores sc = m.score(e.text());
          fold.add(e.label(), sc);
          total.add(e.label(), sc);
        }
        log.printf(Locale.ROOT, "fold %d: %d train, %d test, check-worthy F1 %.3f%n", k, train.size(), test.size(),
            fold.checkworthyF1());
        if (foldsOut != null) {
          Files.createDirectories(foldsOut);
          try (OutputStream o = Files.newOutputStream(foldsOut.resolve("fold-" + k + ".bin.gz"))) {
            m.write(o);
          }
          Files.write(foldsOut.resolve("fold-" + k + ".ids"),
              test.stream().map(e -> "cb-" + e.id()).toList(), StandardCharsets.UTF_8);
        }
      }
      System.out.println(cv + "-fold cross-validation (model alone, pooled over folds):");
      System.out.println(total.report());
    }
    if (out != null) {
      List<CheckworthinessTrainer.Example> all = new ArrayList<>(examples);
      all.addAll(extra);
      CheckworthinessModel m = CheckworthinessTrainer.train(all, settings, embeddingsSource, embeddings,
          embeddingScale);
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      try (OutputStream o = Files.newOutputStream(out)) {
        m.write(o);
      }
      log.printf(Locale.ROOT, "wrote %s (%d bytes); run models/tools/checksums.py to refresh its descriptor%n",
          out, Files.size(out));
    }
  }

  /** The fold (0..k-1) of a sentence id: a fixed hash, so folds never change between runs. */
  public static int fold(String id, int k) {
    int h = id.hashCode() * 0x9E3779B9;
    return Math.floorMod(h ^ (h >>> 16), k);
  }

  /**
   * Reads the check-worthy sentences (label 1) of CLEF 2019 CheckThat! Task 1 (CSV: line_number,
   * speaker, text, label, file_name) as CFS examples. Its label 0 mixes ClaimBuster's NFS, UFS and
   * unselected CFS, so those sentences are not used.
   */
  public static List<CheckworthinessTrainer.Example> readCheckThatPositives(Path file) throws IOException {
    List<CheckworthinessTrainer.Example> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      List<String> cells = csv(lines.get(i));
      if (cells.size() >= 4 && cells.get(3).strip().equals("1")) {
        out.add(new CheckworthinessTrainer.Example("ct19-" + i, cells.get(2),
            CheckworthinessModel.Label.CFS));
      }
    }
    return out;
  }

  /** One CSV record on one line (double-quoted cells, "" for a quote). */
  static List<String> csv(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  /** Reads ClaimBuster's JSON (an array of {sentence_id, text, label}). */
  public static List<CheckworthinessTrainer.Example> readClaimBuster(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (!root.isArray()) {
      throw new IOException(file + ": expected a JSON array of {sentence_id, text, label}");
    }
    List<CheckworthinessTrainer.Example> out = new ArrayList<>();
    for (JsonNode n : root) {
      out.add(new CheckworthinessTrainer.Example(n.path("sentence_id").asText(), n.path("text").asText(),
          CheckworthinessModel.Label.ofClaimBuster(Integer.parseInt(n.path("label").asText().strip()))));
    }
    return out;
  }
}
