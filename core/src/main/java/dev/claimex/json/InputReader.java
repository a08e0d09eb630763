package dev.claimex.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimex.api.Metadata;
import dev.claimex.pipeline.Input;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads documents lazily from the command line's inputs: {@code .txt} files (id = file name),
 * {@code .jsonl} files (one {@code {"id", "text", "published"}} object a line), folders of
 * either (sorted), and {@code -} for JSON Lines on standard input. A record that cannot be read
 * becomes an {@link Input.Invalid} naming the file and line, so the batch goes on. A leading
 * byte-order mark is dropped: it is an encoding signature, not text.
 */
public final class InputReader implements Iterator<Input> {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  /** A byte-order mark: an encoding signature some editors write first, not part of the text. */
  private static final String BOM = "\uFEFF";
  private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");

  private final Deque<String> pending;
  private final Optional<LocalDate> defaultPublished;
  private final InputStream stdin;
  private final Deque<Path> files = new ArrayDeque<>();
  private BufferedReader lines;
  private String linesName;
  private int lineNumber;
  private Input next;

  public InputReader(List<String> inputs, Optional<LocalDate> defaultPublished, InputStream stdin) {
    this.pending = new ArrayDeque<>(inputs);
    this.defaultPublished = defaultPublished;
    this.stdin = stdin;
  }

  /** Checks that every named input exists before any work starts; returns a reason if not. */
  public static Optional<String> checkInputs(List<String> inputs) {
    for (String in : inputs) {
      if (!in.equals("-") && !Files.exists(Path.of(in))) {
        return Optional.of("input not found: " + in);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public Input next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Input n = next;
    next = null;
    return n;
  }

  private Input advance() {
    while (true) {
      if (lines != null) {
        Input in = nextLine();
        if (in != null) {
          return in;
        }
        continue;
      }
      if (!files.isEmpty()) {
        Path f = files.removeFirst();
        if (f.getFileName().toString().endsWith(".jsonl")) {
          try {
            openLines(f.toString(), Files.newInputStream(f));
          } catch (IOException e) {
            return new Input.Invalid(f.getFileName().toString(), "cannot open " + f + ": " + e.getMessage());
          }
          continue;
        }
        return readText(f);
      }
      if (pending.isEmpty()) {
        return null;
      }
      String arg = pending.removeFirst();
      if (arg.equals("-")) {
        openLines("<stdin>", stdin);
        continue;
      }
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(x -> x.toString().endsWith(".txt") || x.toString().endsWith(".jsonl"))
              .sorted()
              .forEach(files::addLast);
        } catch (IOException e) {
          return new Input.Invalid(arg, "cannot list folder: " + e.getMessage());
        }
      } else {
        files.addLast(p);
      }
    }
  }

  private void openLines(String name, InputStream in) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
    lines = new BufferedReader(new InputStreamReader(in, decoder));
    linesName = name;
    lineNumber = 0;
  }

  private Input nextLine() {
    String line;
    try {
      do {
        line = lines.readLine();
        lineNumber++;
        if (lineNumber == 1 && line != null && line.startsWith(BOM)) {
          line = line.substring(1);
        }
      } while (line != null && line.isBlank());
    } catch (IOException e) {
      closeLines();
      return new Input.Invalid(linesName + ":" + lineNumber, "cannot read: " + e.getMessage());
    }
    if (line == null) {
      closeLines();
      return null;
    }
    return parseLine(linesName, lineNumber, line, defaultPublished);
  }

  private void closeLines() {
    try {
      if (lines != null && !linesName.equals("<stdin>")) {
        lines.close();
      }
    } catch (IOException ignored) {
      // nothing more to read either way
    }
    lines = null;
  }

  /** Parses one JSON Lines record; never throws. */
  static Input parseLine(String source, int lineNumber, String line, Optional<LocalDate> defaultPublished) {
    String where = source + ":" + lineNumber;
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return new Input.Invalid(where, "line " + lineNumber + " of " + source + " is not JSON: "
          + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return new Input.Invalid(where, "line " + lineNumber + " of " + source + " is not a JSON object");
    }
    JsonNode idNode = node.get("id");
    String id = where;
    if (idNode != null && !idNode.isNull()) {
      if (!idNode.isTextual()) {
        return new Input.Invalid(where, "line " + lineNumber + " of " + source + ": \"id\" must be a string, got "
            + idNode.getNodeType().name().toLowerCase());
      }
      id = idNode.asText();
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      return new Input.Invalid(id, "line " + lineNumber + " of " + source + ": no \"text\" string");
    }
    Optional<LocalDate> published = defaultPublished;
    JsonNode pub = node.get("published");
    if (pub != null && !pub.isNull()) {
      Optional<LocalDate> d = pub.isTextual() ? parseDate(pub.asText()) : Optional.empty();
      if (d.isEmpty()) {
        return new Input.Invalid(id, "line " + lineNumber + " of " + source + ": \"published\" is not a date (YYYY-MM-DD): "
            + pub);
      }
      published = d;
    }
    Metadata meta = new Metadata(Optional.of(id), published, optionalText(node, "outlet"), optionalText(node, "url"));
    return new Input.Text(id, text.asText(), meta);
  }

  private static Optional<String> optionalText(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
  }

  /** Parses "YYYY-MM-DD", also as the start of a date-time; empty if not a valid date. */
  public static Optional<LocalDate> parseDate(String s) {
    Matcher m = DATE.matcher(s.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(m.group(1)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Input readText(Path f) {
    String id = f.getFileName().toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(f);
    } catch (IOException e) {
      return new Input.Invalid(id, "cannot read " + f + ": " + e.getMessage());
    }
    return decodeText(id, f.toString(), bytes, defaultPublished);
  }

  /**
   * The text of a {@code .txt} file's bytes: UTF-8, a leading byte-order mark dropped (offsets
   * count from the character after it). Invalid UTF-8 and binary content (NUL bytes) become an
   * {@link Input.Invalid} that says where; never throws.
   */
  public static Input decodeText(String id, String name, byte[] bytes, Optional<LocalDate> defaultPublished) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var cr = decoder.decode(in, out, true);
    if (!cr.isUnderflow()) {
      return new Input.Invalid(id, name + " is not valid UTF-8 text (bad byte at offset " + in.position()
          + "); convert it to UTF-8 first");
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return new Input.Invalid(id, name + " looks binary, not text (NUL byte at offset " + i + ")");
      }
    }
    if (text.startsWith(BOM)) {
      text = text.substring(1);
    }
    return new Input.Text(id, text, new Metadata(Optional.of(id), defaultPublished, Optional.empty(), Optional.empty()));
  }
}
