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
 * on everything and write the model), {@code --l2 X}, {@code --cutoff N}, {@code --iterations N}, {@code --cfs-weight N}.
 * Folds are assigned by a hash of the sentence id, so they are the same on every run.
 */
public final class TrainCheckworthiness {
  private TrainCheckworthiness() {}

  public static void main(String[] args) throws IOException {
    Path data = null;
    Path out = null;
    Path foldsOut = null;
    int cv = 0;
    CheckworthinessTrainer.Settings s = CheckworthinessTrainer.Settings.DEFAULT;
    double l2 = s.l2();
    int cutoff = s.cutoff();
    int iterations = s.iterations();
    int weight = s.checkworthyWeight();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + a + " needs a value");
      }
      String v = args[++i];
      switch (a) {
        case "--data" -> data = Path.of(v);
        case "--out" -> out = Path.of(v);
        case "--folds-out" -> foldsOut = Path.of(v);
        case "--cv" -> cv = Integer.parseInt(v);
        case "--l2" -> l2 = Double.parseDouble(v);
        case "--cutoff" -> cutoff = Integer.parseInt(v);
        case "--iterations" -> iterations = Integer.parseInt(v);
        case "--cfs-weight" -> weight = Integer.parseInt(v);
        default -> throw new IllegalArgumentException("unknown option " + a
            + " (known: --data --out --cv --folds-out --l2 --cutoff --iterations --cfs-weight)");
      }
    }
    if (data == null) {
      throw new IllegalArgumentException("--data FILE is required (ClaimBuster JSON)");
    }
    CheckworthinessTrainer.Settings settings = new CheckworthinessTrainer.Settings(l2, cutoff, iterations, weight);
    List<CheckworthinessTrainer.Example> examples = readClaimBuster(data);
    PrintStream log = System.err;
    log.printf(Locale.ROOT, "%d sentences from %s; settings %s%n", examples.size(), data, settings);
    if (cv > 1) {
      Evaluation total = new Evaluation();
      for (int k = 0; k < cv; k++) {
        List<CheckworthinessTrainer.Example> train = new ArrayList<>();
        List<CheckworthinessTrainer.Example> test = new ArrayList<>();
        for (CheckworthinessTrainer.Example e : examples) {
          (fold(e.id(), cv) == k ? test : train).add(e);
        }
        CheckworthinessModel m = CheckworthinessTrainer.train(train, settings);
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
      CheckworthinessModel m = CheckworthinessTrainer.train(examples, settings);
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
