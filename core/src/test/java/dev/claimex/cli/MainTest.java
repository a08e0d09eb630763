package dev.claimex.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line through {@link Main#run}: exit status 0 when every document succeeds, 1 when
 * some fail (their lines hold "error"), 2 for bad usage. Usage errors are caught before any model
 * loads, so those tests are fast; the two that process documents are tagged "model".
 */
class MainTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  /** Runs the command line, returning the exit status; standard error goes to {@code err}. */
  private static int run(StringBuilder err, String... args) {
    PrintStream saved = System.err;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buffer, true, UTF_8));
    try {
      return Main.run(args);
    } finally {
      System.setErr(saved);
      err.append(buffer.toString(UTF_8));
    }
  }

  private static List<JsonNode> lines(Path output) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(output, UTF_8)) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  @Test
  void aMissingInputFileIsBadUsage() {
    StringBuilder err = new StringBuilder();
    Path missing = dir.resolve("no-such-file.jsonl");
    assertThat(run(err, "extract", "-o", dir.resolve("out.jsonl").toString(), missing.toString())).isEqualTo(2);
    assertThat(err).contains("input not found: " + missing);
    assertThat(dir.resolve("out.jsonl")).doesNotExist();
  }

  @Test
  void aBadPublishedDateIsBadUsage() throws IOException {
    Path in = Files.writeString(dir.resolve("a.txt"), "Rates were held at 4%.");
    StringBuilder err = new StringBuilder();
    assertThat(run(err, "extract", "--published", "14/03/2025", in.toString())).isEqualTo(2);
    assertThat(err).contains("--published must be a date YYYY-MM-DD, got '14/03/2025'");
  }

  @Test
  void otherUsageErrorsExitWithTwo() throws IOException {
    Path in = Files.writeString(dir.resolve("a.txt"), "Rates were held at 4%.");
    assertThat(run(new StringBuilder())).as("no subcommand").isEqualTo(2);
    assertThat(run(new StringBuilder(), "extract")).as("no input").isEqualTo(2);
    assertThat(run(new StringBuilder(), "extract", "--threads", "0", in.toString())).isEqualTo(2);
    assertThat(run(new StringBuilder(), "extract", "--max-chars", "0", in.toString())).isEqualTo(2);
    assertThat(run(new StringBuilder(), "extract", "--no-such-option", in.toString())).isEqualTo(2);
  }

  @Test
  @Tag("model")
  void goodInputExitsWithZeroAndWritesOneLinePerDocument() throws IOException {
    Path jsonl = Files.writeString(dir.resolve("docs.jsonl"), """
        {"id": "port-1", "text": "Dock workers in Antwerp ended their strike on Monday, union leader Marc Peeters said.", "published": "2025-09-17"}
        {"id": "port-2", "text": "Ships queued outside the harbour for three days."}
        """);
    Path txt = Files.writeString(dir.resolve("port-3.txt"), "Port traffic returned to normal on Friday.");
    Path out = dir.resolve("out.jsonl");
    StringBuilder err = new StringBuilder();
    int status = run(err, "extract", "--quiet", "--no-text", "--published", "2025-09-19", "-o", out.toString(),
        jsonl.toString(), txt.toString());
    assertThat(status).as("exit status; stderr: %s", err).isZero();
    List<JsonNode> docs = lines(out);
    assertThat(docs).extracting(d -> d.path("id").asText()).containsExactly("port-1", "port-2", "port-3.txt");
    assertThat(docs).allSatisfy(d -> {
      assertThat(d.has("error")).isFalse();
      assertThat(d.has("text")).isFalse();
    });
    assertThat(docs.get(0).path("published").asText()).as("the record's own date wins").isEqualTo("2025-09-17");
    assertThat(docs.get(1).path("published").asText()).as("--published fills in").isEqualTo("2025-09-19");
    assertThat(docs.get(0).path("entities")).anySatisfy(e -> {
      assertThat(e.path("type").asText()).isEqualTo("LOCATION");
      assertThat(e.path("text").asText()).isEqualTo("Antwerp");
    });
  }

  @Test
  @Tag("model")
  void aMalformedLineExitsWithOneAndTheOtherLinesStillComeInOrder() throws IOException {
    Path jsonl = Files.writeString(dir.resolve("docs.jsonl"), """
        {"id": "first", "text": "The central bank kept rates unchanged on Thursday."}
        {"id": "second", "text": "unterminated
        {"id": "third", "text": "Markets in Frankfurt rose after the decision."}
        """);
    Path out = dir.resolve("out.jsonl");
    StringBuilder err = new StringBuilder();
    int status = run(err, "extract", "--threads", "2", "-o", out.toString(), jsonl.toString());
    assertThat(status).as("exit status; stderr: %s", err).isEqualTo(1);
    List<JsonNode> docs = lines(out);
    assertThat(docs).extracting(d -> d.path("id").asText()).containsExactly("first", jsonl + ":2", "third");
    JsonNode error = docs.get(1).path("error");
    assertThat(error.path("stage").asText()).isEqualTo("input");
    assertThat(error.path("message").asText()).contains("line 2").contains("not JSON");
    assertThat(docs.get(0).has("error")).isFalse();
    assertThat(docs.get(2).has("error")).isFalse();
    assertThat(docs.get(2).path("text").asText()).isEqualTo("Markets in Frankfurt rose after the decision.");
    assertThat(err).contains("failed in stage input");
  }
}
