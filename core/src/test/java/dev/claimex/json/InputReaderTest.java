package dev.claimex.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimex.pipeline.Input;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading batch inputs: every record becomes one input, and a bad record never stops the batch. */
class InputReaderTest {
  private static final Optional<LocalDate> NO_DATE = Optional.empty();
  private static final InputStream NO_STDIN = new ByteArrayInputStream(new byte[0]);

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
    return p;
  }

  private static List<Input> readAll(InputReader reader) {
    List<Input> out = new ArrayList<>();
    reader.forEachRemaining(out::add);
    return out;
  }

  private static List<Input> read(Optional<LocalDate> published, Path... paths) {
    List<String> args = new ArrayList<>();
    for (Path p : paths) {
      args.add(p.toString());
    }
    return readAll(new InputReader(args, published, NO_STDIN));
  }

  private static Input.Text text(Input in) {
    assertThat(in).isInstanceOf(Input.Text.class);
    return (Input.Text) in;
  }

  private static Input.Invalid invalid(Input in) {
    assertThat(in).isInstanceOf(Input.Invalid.class);
    return (Input.Invalid) in;
  }

  @Test
  void readsJsonLinesWithIdsDatesAndMetadata() throws IOException {
    Path f = write("batch.jsonl", """
        {"id": "ferry-1", "text": "The ferry to Skye resumed on Monday.", "published": "2025-04-08", "outlet": "Island Times", "url": "https://example.org/ferry"}
        {"id": "ferry-2", "text": "Fares rose by 4%.", "published": "2025-04-09T07:15:00Z"}
        {"text": "No id and no date here.", "published": null}
        """);
    List<Input> in = read(Optional.of(LocalDate.parse("2025-01-01")), f);
    assertThat(in).hasSize(3);
    Input.Text first = text(in.get(0));
    assertThat(first.id()).isEqualTo("ferry-1");
    assertThat(first.text()).isEqualTo("The ferry to Skye resumed on Monday.");
    assertThat(first.metadata().id()).contains("ferry-1");
    assertThat(first.metadata().published()).contains(LocalDate.parse("2025-04-08"));
    assertThat(first.metadata().outlet()).contains("Island Times");
    assertThat(first.metadata().url()).contains("https://example.org/ferry");
    assertThat(text(in.get(1)).metadata().published()).as("a date-time keeps its date")
        .contains(LocalDate.parse("2025-04-09"));
    Input.Text third = text(in.get(2));
    assertThat(third.id()).as("a record without id is named by file and line").isEqualTo(f + ":3");
    assertThat(third.metadata().published()).as("the default date fills in").contains(LocalDate.parse("2025-01-01"));
  }

  @Test
  void aMalformedLineBecomesAnInvalidRecordAndTheNextLinesStillCome() throws IOException {
    Path f = write("mixed.jsonl", """
        {"id": "a", "text": "First."}
        {"id": "b", "text": "unterminated
        ["not", "an", "object"]
        {"id": "d", "text": "Last."}
        """);
    List<Input> in = read(NO_DATE, f);
    assertThat(in).extracting(Input::id).containsExactly("a", f + ":2", f + ":3", "d");
    assertThat(invalid(in.get(1)).reason()).startsWith("line 2 of " + f + " is not JSON");
    assertThat(invalid(in.get(2)).reason()).contains("line 3").contains("not a JSON object");
    assertThat(text(in.get(3)).text()).isEqualTo("Last.");
  }

  @Test
  void aLineWithoutTextIsInvalidUnderItsId() throws IOException {
    Path f = write("notext.jsonl", """
        {"id": "empty-1", "title": "Budget passed"}
        {"id": "empty-2", "text": 42}
        """);
    List<Input> in = read(NO_DATE, f);
    assertThat(in).extracting(Input::id).containsExactly("empty-1", "empty-2");
    assertThat(invalid(in.get(0)).reason()).isEqualTo("line 1 of " + f + ": no \"text\" string");
    assertThat(invalid(in.get(1)).reason()).contains("no \"text\" string");
  }

  @Test
  void aNonStringIdIsInvalid() throws IOException {
    Path f = write("ids.jsonl", "{\"id\": 17, \"text\": \"Votes were counted overnight.\"}\n");
    Input.Invalid bad = invalid(read(NO_DATE, f).get(0));
    assertThat(bad.id()).isEqualTo(f + ":1");
    assertThat(bad.reason()).contains("\"id\" must be a string, got number");
  }

  @Test
  void aBadPublishedDateIsInvalid() throws IOException {
    Path f = write("dates.jsonl", """
        {"id": "d1", "text": "x", "published": "2025-02-30"}
        {"id": "d2", "text": "x", "published": "last Tuesday"}
        {"id": "d3", "text": "x", "published": 20250214}
        """);
    List<Input> in = read(NO_DATE, f);
    assertThat(in).hasSize(3).allSatisfy(i -> assertThat(invalid(i).reason()).contains("\"published\" is not a date"));
    assertThat(in).extracting(Input::id).containsExactly("d1", "d2", "d3");
  }

  @Test
  void blankLinesAreSkippedButStillCounted() throws IOException {
    Path f = write("blank.jsonl", "\n{\"id\": \"one\", \"text\": \"A.\"}\n   \n\t\n{oops\n\n");
    List<Input> in = read(NO_DATE, f);
    assertThat(in).extracting(Input::id).containsExactly("one", f + ":5");
    assertThat(invalid(in.get(1)).reason()).startsWith("line 5 of ");
  }

  @Test
  void crlfLineEndingsInJsonLinesAreAccepted() throws IOException {
    Path f = write("windows.jsonl", "{\"id\": \"w1\", \"text\": \"One.\"}\r\n{\"id\": \"w2\", \"text\": \"Two.\"}\r\n");
    assertThat(read(NO_DATE, f)).extracting(i -> text(i).text()).containsExactly("One.", "Two.");
  }

  @Test
  void readsJsonLinesFromStandardInputWithoutClosingIt() {
    byte[] lines = """
        {"id": "s1", "text": "Snow closed the pass."}
        {"id": "s2", "text": "It reopened at noon."}
        """.getBytes(UTF_8);
    boolean[] closed = {false};
    InputStream stdin = new ByteArrayInputStream(lines) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    List<Input> in = readAll(new InputReader(List.of("-"), Optional.of(LocalDate.parse("2025-12-01")), stdin));
    assertThat(in).extracting(Input::id).containsExactly("s1", "s2");
    assertThat(text(in.get(1)).metadata().published()).contains(LocalDate.parse("2025-12-01"));
    assertThat(closed[0]).as("standard input closed by the reader").isFalse();
    Input.Text anonymous = text(readAll(new InputReader(List.of("-"), NO_DATE,
        new ByteArrayInputStream("{\"text\": \"t\"}\n".getBytes(UTF_8)))).get(0));
    assertThat(anonymous.id()).isEqualTo("<stdin>:1");
  }

  @Test
  void readsAFolderInSortedOrderKeepingOnlyTextAndJsonLines() throws IOException {
    write("news/b.jsonl", "{\"id\": \"b1\", \"text\": \"B one.\"}\n{\"id\": \"b2\", \"text\": \"B two.\"}\n");
    write("news/a.txt", "A text.");
    write("news/sub/c.txt", "C text.");
    write("news/notes.md", "# not an input");
    write("news/d.json", "{\"id\": \"ignored\", \"text\": \"x\"}");
    List<Input> in = read(NO_DATE, dir.resolve("news"));
    assertThat(in).extracting(Input::id).containsExactly("a.txt", "b1", "b2", "c.txt");
    assertThat(text(in.get(0)).text()).isEqualTo("A text.");
  }

  @Test
  void aTextFileKeepsItsExactTextAndTakesTheDefaultDate() throws IOException {
    String body = "Flood warning lifted\r\nThe river fell overnight, officials said.\r\n";
    Path f = write("flood.txt", body);
    Input.Text t = text(read(Optional.of(LocalDate.parse("2025-05-06")), f).get(0));
    assertThat(t.id()).isEqualTo("flood.txt");
    assertThat(t.text()).as("CRLF kept: offsets point into the text as given").isEqualTo(body);
    assertThat(t.metadata().published()).contains(LocalDate.parse("2025-05-06"));
  }

  @Test
  void aTextFileThatIsNotUtf8IsInvalid() throws IOException {
    byte[] latin1 = "Caf\u00e9 owners protest".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Path f = write("latin1.txt", latin1);
    Input.Invalid bad = invalid(read(NO_DATE, f).get(0));
    assertThat(bad.id()).isEqualTo("latin1.txt");
    assertThat(bad.reason()).contains("not valid UTF-8");
  }

  /** A byte-order mark (as Windows editors write) is an encoding signature, not text. */
  @Test
  void aByteOrderMarkIsNotPartOfATextFile() throws IOException {
    Path f = write("bom.txt", withBom("Council approves budget\nThe vote was 9 to 2."));
    assertThat(text(read(NO_DATE, f).get(0)).text()).isEqualTo("Council approves budget\nThe vote was 9 to 2.");
  }

  @Test
  void aByteOrderMarkDoesNotSpoilTheFirstJsonLine() throws IOException {
    Path f = write("bom.jsonl", withBom("{\"id\": \"j1\", \"text\": \"Budget.\"}\n{\"id\": \"j2\", \"text\": \"Vote.\"}\n"));
    assertThat(read(NO_DATE, f)).extracting(i -> text(i).id()).containsExactly("j1", "j2");
  }

  private static byte[] withBom(String s) {
    byte[] body = s.getBytes(UTF_8);
    byte[] out = new byte[body.length + 3];
    out[0] = (byte) 0xEF;
    out[1] = (byte) 0xBB;
    out[2] = (byte) 0xBF;
    System.arraycopy(body, 0, out, 3, body.length);
    return out;
  }

  @Test
  void checkInputsNamesTheFirstMissingInput() throws IOException {
    Path ok = write("ok.txt", "x");
    assertThat(InputReader.checkInputs(List.of(ok.toString(), "-"))).isEmpty();
    assertThat(InputReader.checkInputs(List.of(ok.toString(), dir.resolve("gone.jsonl").toString())))
        .contains("input not found: " + dir.resolve("gone.jsonl"));
  }

  @Test
  void parseDateAcceptsDatesAndDateTimesOnly() {
    assertThat(InputReader.parseDate("2024-02-29")).contains(LocalDate.parse("2024-02-29"));
    assertThat(InputReader.parseDate(" 2025-10-21 09:00 ")).contains(LocalDate.parse("2025-10-21"));
    assertThat(InputReader.parseDate("2025-02-29")).isEmpty();
    assertThat(InputReader.parseDate("21/10/2025")).isEmpty();
    assertThat(InputReader.parseDate("")).isEmpty();
  }

  @Test
  void followsTheIteratorContract() throws IOException {
    Path f = write("one.txt", "Only one.");
    InputReader r = new InputReader(List.of(f.toString()), NO_DATE, NO_STDIN);
    assertThat(r.hasNext()).isTrue();
    assertThat(r.hasNext()).isTrue();
    assertThat(r.next().id()).isEqualTo("one.txt");
    assertThat(r.hasNext()).isFalse();
    assertThatThrownBy(r::next).isInstanceOf(NoSuchElementException.class);
  }
}
