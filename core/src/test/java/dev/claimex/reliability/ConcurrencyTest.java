package dev.claimex.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimex.api.Metadata;
import dev.claimex.json.DocumentJson;
import dev.claimex.pipeline.Input;
import dev.claimex.pipeline.Pipeline;
import dev.claimex.pipeline.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One pipeline shared by 8 threads gives byte-identical JSON to one thread, in input order:
 * the sample articles and variants of them (sentences shuffled, CRLF, cut short, repeated).
 */
@Tag("model")
class ConcurrencyTest {
  @Test
  void eightThreadsGiveTheSameJsonAsOneInInputOrder() throws Exception {
    List<Input> inputs = inputs();
    Pipeline pipeline = Pipelines.full();
    DocumentJson json = new DocumentJson(new DocumentJson.Options(true, true));
    List<String> serial = new ArrayList<>();
    pipeline.processAll(inputs.iterator(), 1, r -> serial.add(json.line(r)));
    List<String> parallel = new ArrayList<>();
    pipeline.processAll(inputs.iterator(), 8, r -> parallel.add(json.line(r)));
    assertThat(parallel).containsExactlyElementsOf(serial);
    // and direct concurrent calls of process, all documents at once
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (Input in : inputs) {
        futures.add(pool.submit(() -> json.line(pipeline.processOne(in))));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(serial.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(serial).allSatisfy(line -> assertThat(line).doesNotContain("\"error\""));
  }

  private static List<Input> inputs() throws IOException {
    Path samples = Path.of("..", "samples");
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(samples)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(f));
      }
    }
    Random r = new Random(7);
    List<Input> out = new ArrayList<>();
    int n = 0;
    for (String t : texts) {
      List<String> lines = new ArrayList<>(List.of(t.split("\n")));
      List<String> variants = new ArrayList<>(List.of(t, t.replace("\n", "\r\n"), t.substring(0, t.length() / 3)));
      for (int k = 0; k < 3; k++) {
        Collections.shuffle(lines, r);
        variants.add(String.join("\n", lines));
      }
      variants.add(t + "\n" + t);
      for (String v : variants) {
        String id = "v" + n++;
        out.add(new Input.Text(id, v, new Metadata(Optional.of(id), Optional.of(LocalDate.of(2025, 10, 1 + n % 28)),
            Optional.empty(), Optional.empty())));
      }
    }
    return out;
  }
}
