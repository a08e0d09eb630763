package dev.claimex.cli;

import dev.claimex.Claimex;
import dev.claimex.api.QuoteKind;
import dev.claimex.json.DocumentJson;
import dev.claimex.json.InputReader;
import dev.claimex.pipeline.Limits;
import dev.claimex.pipeline.Pipeline;
import dev.claimex.pipeline.Result;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimex extract}: documents in, JSON Lines out, one line per document, in input order. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extracts entities, dates, quotes and claims as JSON Lines, one line per input document.",
        "INPUT: a .txt file (id = file name), a .jsonl file ({\"id\", \"text\", \"published\"} a line),",
        "a folder of those, or - for JSON Lines on standard input.",
        "Every input gives one output line, in input order; a document that cannot be read or processed",
        "gives {\"id\", \"error\": {\"stage\", \"message\"}} and the batch goes on.",
        "Exit status: 0 all documents succeeded, 1 some failed (their lines hold \"error\"), 2 bad usage."})
public final class ExtractCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  InputOptions io;

  @Option(names = {"-t", "--threads"}, defaultValue = "1", description = "Documents processed in parallel (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--max-chars", defaultValue = "5000000", description = "Longest document accepted, in characters (default: ${DEFAULT-VALUE}).")
  int maxChars;

  @Option(names = "--max-seconds", defaultValue = "300", paramLabel = "SECONDS",
      description = "A document still running after this many seconds fails (default: ${DEFAULT-VALUE}).")
  double maxSeconds;

  @Option(names = "--max-sentence-tokens", defaultValue = "200", paramLabel = "N",
      description = "Costly stages (dates) skip sentences longer than this, the name tagger reads them in pieces; the document gets a warning (default: ${DEFAULT-VALUE}).")
  int maxSentenceTokens;

  @Option(names = "--stats", description = "At the end, print documents, failures, tokens/s and peak heap on standard error.")
  boolean stats;

  @Option(names = "--no-text", negatable = false, description = "Leave the document text out of the output.")
  boolean noText;

  @Option(names = "--tokens", description = "Include tokens in the output.")
  boolean tokens;

  @Option(names = "--quote-kinds", split = ",", paramLabel = "KIND",
      description = "List only these kinds of quotes: direct, mixed, indirect, separated by commas (default: all).")
  List<String> quoteKinds;

  @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Stack traces for failed documents on standard error.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    io.validate(spec.commandLine());
    if (threads < 1 || threads > 256) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be between 1 and 256, got " + threads);
    }
    if (maxChars < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-chars must be positive, got " + maxChars);
    }
    if (!(maxSeconds > 0) || maxSeconds > 1e9) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-seconds must be positive, got " + maxSeconds);
    }
    if (maxSentenceTokens < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--max-sentence-tokens must be positive, got " + maxSentenceTokens);
    }
    Set<QuoteKind> kinds = quoteKinds(spec.commandLine());
    Progress progress = new Progress(err, quiet);
    Pipeline pipeline = Claimex.defaults().limits(new Limits(maxChars, maxSentenceTokens,
        Duration.ofMillis(Math.round(maxSeconds * 1000)))).build();
    progress.loaded();
    RunStats runStats = new RunStats();
    DocumentJson json = new DocumentJson(new DocumentJson.Options(!noText, tokens, kinds));
    InputReader reader = io.reader(spec.commandLine());
    try (Writer out = io.openOutput()) {
      pipeline.processAll(reader, threads, result -> {
        try {
          out.write(json.line(result));
          out.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        runStats.add(result);
        if (result instanceof Result.Failure f) {
          progress.failed(f);
          if (verbose) {
            err.println("claimex: " + f.id() + " failed in " + f.stage() + ": " + f.message());
            f.cause().ifPresent(c -> c.printStackTrace(err));
          }
        }
        progress.done();
      });
    }
    progress.finish();
    if (stats) {
      err.println(runStats.summary());
      err.flush();
    }
    return progress.failures() == 0 ? 0 : 1;
  }


  /** The --quote-kinds, checked before any model loads. */
  private Set<QuoteKind> quoteKinds(CommandLine cl) {
    if (quoteKinds == null) {
      return EnumSet.allOf(QuoteKind.class);
    }
    Set<QuoteKind> kinds = EnumSet.noneOf(QuoteKind.class);
    for (String k : quoteKinds) {
      try {
        kinds.add(QuoteKind.valueOf(k.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cl,
            "--quote-kinds takes direct, mixed or indirect, got '" + k + "'");
      }
    }
    if (kinds.isEmpty()) {
      throw new CommandLine.ParameterException(cl, "--quote-kinds needs at least one of direct, mixed, indirect");
    }
    return kinds;
  }
}
