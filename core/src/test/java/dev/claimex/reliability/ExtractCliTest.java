package dev.claimex.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimex.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bad inputs through {@code claimex extract}: one line per document, in order, exit 1 if any failed. */
@Tag("model")
class ExtractCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void everyBadInputGivesOneLineInOrderAndTheExitStatusTellsFailures() throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(in.resolve("01-empty.txt"), "");
    Files.writeString(in.resolve("02-whitespace.txt"), " \n\t\r\n ");
    Files.writeString(in.resolve("03-word.txt"), "Kyiv");
    Files.write(in.resolve("04-bom-crlf.txt"), "\uFEFFHeadline\r\nPutin spoke on Tuesday.\rTrump did not.".getBytes(StandardCharsets.UTF_8));
    Files.write(in.resolve("05-latin1.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    byte[] garbage = new byte[4096];
    new Random(3).nextBytes(garbage);
    Files.write(in.resolve("06-binary.txt"), garbage);
    Files.writeString(in.resolve("07-html.txt"), "<html><body><h1>Talks</h1><p>Putin met Trump on <i>Monday</i>.</p></body></html>");
    Files.writeString(in.resolve("08-long-sentence.txt"), "Putin said Monday ".repeat(1000));
    Files.writeString(in.resolve("09-german.txt"), "Der russische Präsident sagte am Dienstag, dass die Gespräche stattfinden würden.");
    Files.writeString(in.resolve("10-too-long.txt"), "x".repeat(20_001));
    Files.writeString(in.resolve("11-batch.jsonl"), String.join("\n",
        "{\"id\": \"ok\", \"text\": \"Putin spoke.\", \"published\": \"2025-10-21\"}",
        "{\"id\": \"broken\", \"text\": ",
        "{\"id\": \"no-text\"}",
        "{\"id\": 7, \"text\": \"Numeric id.\"}",
        "{\"id\": \"bad-date\", \"text\": \"x\", \"published\": \"yesterday\"}",
        "{\"id\": \"last\", \"text\": \"Zelensky replied on Monday.\"}"));
    Path out = dir.resolve("out.jsonl");
    int status = Main.run("extract", "-q", "--threads", "3", "--max-chars", "20000", "--published", "2025-10-20",
        "-o", out.toString(), in.toString());
    assertThat(status).isEqualTo(1);
    List<JsonNode> lines = new ArrayList<>();
    for (String l : Files.readAllLines(out)) {
      lines.add(JSON.readTree(l));
    }
    String jsonl = in.resolve("11-batch.jsonl").toString();
    assertThat(lines).extracting(n -> n.get("id").asText()).containsExactly(
        "01-empty.txt", "02-whitespace.txt", "03-word.txt", "04-bom-crlf.txt", "05-latin1.txt", "06-binary.txt",
        "07-html.txt", "08-long-sentence.txt", "09-german.txt", "10-too-long.txt",
        "ok", jsonl + ":2", "no-text", jsonl + ":4", "bad-date", "last");
    assertThat(lines).extracting(n -> n.has("error")).containsExactly(
        false, false, false, false, true, true, false, false, false, true, false, true, true, true, true, false);
    assertThat(lines.get(4).at("/error/message").asText()).contains("not valid UTF-8");
    assertThat(lines.get(5).at("/error/message").asText()).contains("not valid UTF-8");
    assertThat(lines.get(9).at("/error/message").asText()).contains("more than the limit of 20000");
    assertThat(lines.get(12).at("/error/message").asText()).contains("line 3", "no \"text\"");
    assertThat(lines.get(3).get("text").asText()).startsWith("Headline\r\n");
    assertThat(lines.get(7).get("warnings").toString()).contains("long-sentence");
    assertThat(lines.get(8).get("warnings").toString()).contains("not-english");
    assertThat(lines.get(15).get("published").asText()).isEqualTo("2025-10-20");
  }

  @Test
  void anUnknownQuoteKindIsAUsageErrorBeforeAnyModelLoads() throws IOException {
    Path in = Files.writeString(dir.resolve("one.txt"), "Ana Ruiz said the bridge would reopen.");
    assertThat(Main.run("extract", "--quote-kinds", "direct,reported", in.toString())).isEqualTo(2);
    assertThat(Main.run("extract", "--quote-kinds", "", in.toString())).isEqualTo(2);
  }

  @Test
  void badLimitsAreUsageErrors() {
    assertThat(Main.run("extract", "--max-seconds", "0", "x.txt")).isEqualTo(2);
    assertThat(Main.run("extract", "--max-sentence-tokens", "-1", "x.txt")).isEqualTo(2);
    assertThat(Main.run("extract", "--threads", "0", "x.txt")).isEqualTo(2);
  }
}
