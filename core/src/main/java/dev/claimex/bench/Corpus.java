package dev.claimex.bench;

import static com.google.common.base.Preconditions.checkArgument;

import dev.claimex.json.InputReader;
import dev.claimex.pipeline.Input;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The documents a benchmark runs over: a list of texts read once into memory (so reading is not
 * timed), repeated a number of times.
 *
 * @param source where the documents came from, for the report
 * @param documents the repeated documents, in order: the whole list, then the whole list again …
 * @param distinct how many distinct documents were read
 * @param repeat how many times they were repeated
 */
public record Corpus(String source, List<Input.Text> documents, int distinct, int repeat) {
  /** The bundled sample articles, relative to the repository root. */
  public static final Path SAMPLES = Path.of("samples", "docs.jsonl");

  public Corpus {
    Objects.requireNonNull(source, "source");
    documents = List.copyOf(documents);
  }

  /**
   * Reads documents with {@link InputReader} (the same inputs {@code claimex extract} takes) and
   * repeats them {@code repeat} times.
   *
   * @throws IllegalArgumentException if a record cannot be read, or there is no document
   */
  public static Corpus load(Path file, int repeat) {
    return load(file.toString(), new InputReader(List.of(file.toString()), Optional.empty(), InputStream.nullInputStream()),
        repeat);
  }

  static Corpus load(String source, Iterator<Input> inputs, int repeat) {
    checkArgument(repeat >= 1, "repeat must be at least 1, got %s", repeat);
    List<Input.Text> read = new ArrayList<>();
    while (inputs.hasNext()) {
      Input in = inputs.next();
      if (in instanceof Input.Invalid bad) {
        throw new IllegalArgumentException("cannot read benchmark document " + bad.id() + ": " + bad.reason());
      }
      read.add((Input.Text) in);
    }
    checkArgument(!read.isEmpty(), "no documents in %s", source);
    return new Corpus(source, repeated(read, repeat), read.size(), repeat);
  }

  /** {@code docs} repeated {@code times} times, whole list after whole list. */
  static List<Input.Text> repeated(List<Input.Text> docs, int times) {
    List<Input.Text> out = new ArrayList<>(docs.size() * times);
    for (int i = 0; i < times; i++) {
      out.addAll(docs);
    }
    return out;
  }

  /** The first {@code n} documents of the corpus, cycling through it if it is shorter. */
  public List<Input.Text> warmup(int n) {
    checkArgument(n >= 0, "warm-up must not be negative, got %s", n);
    List<Input.Text> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(documents.get(i % documents.size()));
    }
    return out;
  }

  public int size() {
    return documents.size();
  }

  /** Total characters in the corpus. */
  public long characters() {
    return documents.stream().mapToLong(d -> d.text().length()).sum();
  }

  /**
   * Finds the bundled {@code samples/docs.jsonl}: in the working directory, else in the
   * repository that holds the running classes (the launcher runs from {@code core/target}).
   */
  public static Optional<Path> findSamples() {
    if (Files.isRegularFile(SAMPLES)) {
      return Optional.of(SAMPLES);
    }
    try {
      var location = Corpus.class.getProtectionDomain().getCodeSource();
      if (location == null) {
        return Optional.empty();
      }
      // .../core/target/claimex-core-*.jar or .../core/target/classes: the repository is 3 levels up
      Path p = Path.of(location.getLocation().toURI()).toAbsolutePath();
      for (int up = 0; up < 4 && p != null; up++, p = p.getParent()) {
        Path candidate = p.resolve(SAMPLES);
        if (Files.isRegularFile(candidate)) {
          return Optional.of(candidate);
        }
      }
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
