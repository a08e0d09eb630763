package dev.claimex.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimex.Claimex;
import dev.claimex.bench.BenchReport;
import dev.claimex.bench.Benchmark;
import dev.claimex.bench.CoreNlpBaseline;
import dev.claimex.bench.Corpus;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code claimex bench}: load time, throughput and heap of Claimex's default pipeline and, in the
 * same run over the same documents, of Stanford CoreNLP's default pipeline.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measures Claimex's default pipeline and Stanford CoreNLP's default English pipeline ("
        + CoreNlpBaseline.ANNOTATORS + ") over the same documents:",
        "load time, tokens/s and documents/s (median of the timed runs, tokens counted by Claimex's tokenizer for both),",
        "and peak heap. The default corpus, the bundled samples/docs.jsonl repeated 20 times, takes CoreNLP about",
        "3 minutes a run. Table on standard output, progress on standard error."})
public final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "FILE.jsonl",
      description = "Documents to run over, as for 'claimex extract' (default: the bundled samples/docs.jsonl).")
  Path corpus;

  @Option(names = "--repeat", defaultValue = "20", description = "Times the corpus is repeated (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--warmup", defaultValue = "30", description = "Documents processed before timing (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--runs", defaultValue = "3", description = "Timed runs over the corpus; the median counts (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = {"-t", "--threads"}, defaultValue = "1",
      description = "Documents processed in parallel, by both pipelines (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--no-baseline", description = "Measure Claimex only, not CoreNLP.")
  boolean noBaseline;

  @Option(names = "--quote-baseline", description = "Also measure CoreNLP's quote pipeline ("
      + CoreNlpBaseline.QUOTE_ANNOTATORS + "), the peer of Claimex's quote stage; slow: about 200 tokens/s.")
  boolean quoteBaseline;

  @Option(names = "--json", description = "One JSON object on standard output instead of the table.")
  boolean json;

  @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
  boolean quiet;

  @Override
  public Integer call() throws JsonProcessingException {
    CommandLine cl = spec.commandLine();
    if (repeat < 1) {
      throw new CommandLine.ParameterException(cl, "--repeat must be at least 1, got " + repeat);
    }
    if (warmup < 0) {
      throw new CommandLine.ParameterException(cl, "--warmup must not be negative, got " + warmup);
    }
    if (runs < 1) {
      throw new CommandLine.ParameterException(cl, "--runs must be at least 1, got " + runs);
    }
    if (threads < 1 || threads > 256) {
      throw new CommandLine.ParameterException(cl, "--threads must be between 1 and 256, got " + threads);
    }
    Path file = corpus;
    if (file == null) {
      file = Corpus.findSamples().orElseThrow(() -> new CommandLine.ParameterException(cl,
          "cannot find the bundled " + Corpus.SAMPLES + " (run from the repository root, or give --corpus)"));
    } else if (!Files.isRegularFile(file)) {
      throw new CommandLine.ParameterException(cl, "corpus not found: " + file);
    }
    Corpus docs;
    try {
      docs = Corpus.load(file, repeat);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
    PrintWriter err = cl.getErr();
    Consumer<String> progress = quiet ? s -> { } : s -> {
      err.println("claimex bench: " + s);
      err.flush();
    };
    Benchmark.Settings settings = new Benchmark.Settings(warmup, runs, threads);
    Benchmark bench = new Benchmark(docs, settings, progress);
    progress.accept(docs.size() + " documents from " + docs.source() + ", " + warmup + " warm-up, "
        + runs + " timed run" + (runs == 1 ? "" : "s") + ", " + threads + " thread" + (threads == 1 ? "" : "s"));

    List<Benchmark.Measurement> measured = new ArrayList<>();
    measured.add(bench.measure("Claimex", () -> Benchmark.claimex(Claimex.defaults().build())));
    if (!noBaseline) {
      measured.add(bench.measure("CoreNLP " + CoreNlpBaseline.VERSION, () -> Benchmark.coreNlp(new CoreNlpBaseline())));
      CoreNlpBaseline.releaseModels();
    }
    if (quoteBaseline) {
      measured.add(bench.measure("CoreNLP " + CoreNlpBaseline.VERSION + " quotes",
          () -> Benchmark.coreNlp(new CoreNlpBaseline(CoreNlpBaseline.QUOTE_ANNOTATORS, false))));
      CoreNlpBaseline.releaseModels();
    }
    BenchReport report = new BenchReport(docs, settings, measured.get(0).counts().tokens(), measured);
    PrintWriter out = cl.getOut();
    if (json) {
      ObjectMapper mapper = new ObjectMapper();
      out.println(mapper.writeValueAsString(report.toJson(mapper)));
    } else {
      out.print(report.table());
    }
    out.flush();
    return measured.stream().anyMatch(m -> m.counts().failures() > 0) ? 1 : 0;
  }
}
