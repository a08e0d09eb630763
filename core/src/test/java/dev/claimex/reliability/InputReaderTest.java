package dev.claimex.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimex.json.InputReader;
import dev.claimex.pipeline.Input;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every record becomes an input or an error naming its file and line; the reader never throws. */
class InputReaderTest {
  @TempDir
  Path dir;

  private static List<Input> read(List<String> args, byte[] stdin) {
    List<Input> out = new ArrayList<>();
    new InputReader(args, Optional.empty(), new ByteArrayInputStream(stdin)).forEachRemaining(out::add);
    return out;
  }

  private static List<Input> readJsonl(String jsonl) {
    return read(List.of("-"), jsonl.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void badJsonLinesBecomeErrorsNamingTheLineAndTheBatchGoesOn() {
    List<Input> in = readJsonl(String.join("\n",
        "{\"id\": \"a\", \"text\": \"First.\"}",
        "{\"id\": \"b\", \"text\": \"unterminated",
        "{\"id\": \"c\"}",
        "{\"id\": 42, \"text\": \"Numeric id.\"}",
        "{\"id\": \"e\", \"text\": \"Bad date.\", \"published\": \"2025-13-45\"}",
        "[1, 2, 3]",
        "{\"id\": \"g\", \"text\": \"Trailing.\"} {\"id\": \"h\"}",
        "",
        "{\"id\": \"i\", \"text\": 17}",
        "{\"id\": \"j\", \"text\": \"Last.\", \"published\": \"2025-10-21T08:00:00Z\"}"));
    assertThat(in).hasSize(9);
    assertThat(in.get(0)).isInstanceOf(Input.Text.class);
    assertThat(in.get(1)).isInstanceOfSatisfying(Input.Invalid.class,
        b -> assertThat(b.reason()).startsWith("line 2 of <stdin> is not JSON"));
    assertThat(in.get(2)).isInstanceOfSatisfying(Input.Invalid.class,
        b -> assertThat(b.reason()).isEqualTo("line 3 of <stdin>: no \"text\" string"));
    assertThat(in.get(3)).isInstanceOfSatisfying(Input.Invalid.class,
        b -> assertThat(b.reason()).contains("line 4", "\"id\" must be a string, got number"));
    assertThat(in.get(4)).isInstanceOfSatisfying(Input.Invalid.class,
        b -> assertThat(b.reason()).contains("line 5", "\"published\" is not a date"));
    assertThat(in.get(5)).isInstanceOfSatisfying(Input.Invalid.class,
        b -> assertThat(b.reason()).contains("line 6", "not a JSON object"));
    assertThat(in.get(6)).isInstanceOfSatisfying(Input.Invalid.class,
        b -> assertThat(b.reason()).contains("line 7", "not JSON"));
    assertThat(in.get(7)).isInstanceOfSatisfying(Input.Invalid.class,
        b -> assertThat(b.reason()).contains("line 9", "no \"text\" string"));
    assertThat(in.get(8)).isInstanceOfSatisfying(Input.Text.class,
        t -> assertThat(t.metadata().published()).hasValueSatisfying(d -> assertThat(d).hasToString("2025-10-21")));
  }

  @Test
  void aByteOrderMarkBeforeTheFirstJsonLineIsSkipped() {
    byte[] bytes = ("\uFEFF{\"id\": \"a\", \"text\": \"First.\"}\n{\"id\": \"b\", \"text\": \"Second.\"}")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(read(List.of("-"), bytes)).allSatisfy(i -> assertThat(i).isInstanceOf(Input.Text.class));
  }

  @Test
  void invalidUtf8InJsonLinesIsReplacedNotFatal() {
    byte[] bytes = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', 'a', (byte) 0xC3, (byte) 0x28, 'b', '"', '}'};
    List<Input> in = read(List.of("-"), bytes);
    assertThat(in).singleElement().isInstanceOfSatisfying(Input.Text.class,
        t -> assertThat(t.text()).isEqualTo("a\uFFFD(b"));
  }

  @Test
  void textFilesDecodeOrFailSayingWhere() throws IOException {
    Files.write(dir.resolve("a-bom.txt"), "\uFEFFPutin said.\r\nTrump replied.\rEnd".getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("b-latin1.txt"), "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(dir.resolve("c-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
    Files.write(dir.resolve("d-empty.txt"), new byte[0]);
    Files.writeString(dir.resolve("e.jsonl"), "{\"text\": \"x\"}\nnot json\n");
    Files.writeString(dir.resolve("ignored.md"), "not an input");
    List<Input> in = read(List.of(dir.toString()), new byte[0]);
    assertThat(in).extracting(Input::id).containsExactly("a-bom.txt", "b-latin1.txt", "c-binary.txt", "d-empty.txt",
        dir.resolve("e.jsonl") + ":1", dir.resolve("e.jsonl") + ":2");
    assertThat(in.get(0)).isInstanceOfSatisfying(Input.Text.class,
        t -> assertThat(t.text()).isEqualTo("Putin said.\r\nTrump replied.\rEnd"));
    assertThat(in.get(1)).isInstanceOfSatisfying(Input.Invalid.class,
        b -> assertThat(b.reason()).contains("is not valid UTF-8 text (bad byte at offset 3)"));
    assertThat(in.get(2)).isInstanceOfSatisfying(Input.Invalid.class,
        b -> assertThat(b.reason()).contains("looks binary", "offset 4"));
    assertThat(in.get(3)).isInstanceOfSatisfying(Input.Text.class, t -> assertThat(t.text()).isEmpty());
    assertThat(in.get(5)).isInstanceOfSatisfying(Input.Invalid.class,
        b -> assertThat(b.reason()).startsWith("line 2 of " + dir.resolve("e.jsonl") + " is not JSON"));
  }
}
