package dev.claimex.cli;

import dev.claimex.json.InputReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs, default date and output every batch command shares (a picocli mixin). */
final class InputOptions {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Input files, folders, or - for standard input.")
  List<String> inputs;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for inputs that carry none (relative dates resolve against it).")
  String published;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write JSON Lines here instead of standard output.")
  Path output;

  /** Checks the options before any model loads; a usage error names what is wrong. */
  void validate(CommandLine cl) {
    defaultDate(cl);
    Optional<String> missing = InputReader.checkInputs(inputs);
    if (missing.isPresent()) {
      throw new CommandLine.ParameterException(cl, missing.get());
    }
  }

  /** The --published date, if given. */
  Optional<LocalDate> defaultDate(CommandLine cl) {
    if (published == null) {
      return Optional.empty();
    }
    Optional<LocalDate> d = InputReader.parseDate(published);
    if (d.isEmpty()) {
      throw new CommandLine.ParameterException(cl, "--published must be a date YYYY-MM-DD, got '" + published + "'");
    }
    return d;
  }

  /** A lazy reader over the inputs. */
  InputReader reader(CommandLine cl) {
    return new InputReader(inputs, defaultDate(cl), System.in);
  }

  /** The output file, or standard output, as UTF-8. */
  Writer openOutput() throws IOException {
    if (output != null) {
      return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }
    return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
  }
}
