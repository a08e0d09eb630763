package dev.claimex.examples;

import dev.claimex.Claimex;
import dev.claimex.api.Metadata;
import dev.claimex.json.DocumentJson;
import dev.claimex.pipeline.Input;
import dev.claimex.pipeline.Pipeline;
import dev.claimex.pipeline.Result;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Extracts every {@code .txt} file of a folder to a JSON Lines file, one line per file in name
 * order, with {@link Pipeline#processAll}: a file that cannot be read or processed becomes an
 * error line and a message on standard error, and the batch goes on.
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=dev.claimex.examples.BatchFolderExample \
 *     -Dexec.args="samples /tmp/samples.jsonl 2 2025-10-22"
 * </pre>
 *
 * Arguments: FOLDER OUTPUT [THREADS [PUBLISHED]]. (The {@code claimex extract} command does the
 * same and more, reading inputs with {@link dev.claimex.json.InputReader}.)
 */
public final class BatchFolderExample {
  private BatchFolderExample() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: BatchFolderExample FOLDER OUTPUT.jsonl [THREADS [YYYY-MM-DD]]");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    Path output = Path.of(args[1]);
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    LocalDate published = args.length > 3 ? LocalDate.parse(args[3]) : null;

    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    // files are read lazily, as the pipeline asks for the next document
    Iterator<Input> inputs = files.stream().map(f -> read(f, published)).iterator();

    Pipeline claimex = Claimex.pipeline();
    DocumentJson json = new DocumentJson();
    AtomicInteger failed = new AtomicInteger();
    try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      claimex.processAll(inputs, threads, result -> {
        write(out, json.line(result));
        if (result instanceof Result.Failure f) {
          failed.incrementAndGet();
          System.err.println(f.id() + " failed in stage " + f.stage() + ": " + f.message());
        }
      });
    }
    System.err.printf("%d documents, %d failed, written to %s%n", files.size(), failed.get(), output);
    if (failed.get() > 0) {
      System.exit(1);
    }
  }

  /** One file as an input; an unreadable or non-UTF-8 file becomes an invalid input, not an exception. */
  private static Input read(Path file, LocalDate published) {
    String id = file.getFileName().toString();
    try {
      return new Input.Text(id, Files.readString(file, StandardCharsets.UTF_8), Metadata.of(id, published));
    } catch (IOException e) {
      return new Input.Invalid(id, "cannot read " + file + " as UTF-8: " + e);
    }
  }

  private static void write(BufferedWriter out, String line) {
    try {
      out.write(line);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
