package dev.claimex.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.claimex.bench.CoreNlpBaseline;
import dev.claimex.json.DocumentJson;
import dev.claimex.json.InputReader;
import dev.claimex.pipeline.Input;
import dev.claimex.pipeline.Result;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code claimex baseline}: Stanford CoreNLP's default English pipeline over the same inputs as
 * {@code claimex extract}, written in the fields of Claimex's JSON Lines that the evaluation kit
 * reads, so the two score side by side.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true,
    description = {"Runs Stanford CoreNLP " + CoreNlpBaseline.VERSION + "'s default English pipeline ("
        + CoreNlpBaseline.ANNOTATORS + ", all defaults, the publication date as document date)",
        "and writes its entity and time mentions as JSON Lines in Claimex's output format (quotes and claims empty),",
        "for the evaluation kit. INPUT as for 'claimex extract'. Needs about 2 GB of heap.",
        "Exit status: 0 all documents succeeded, 1 some failed (their lines hold \"error\"), 2 bad usage."})
public final class BaselineCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin
  InputOptions io;

  @Option(names = "--pronoun-mentions",
      description = "Keep the pronouns (he, his, I …) CoreNLP adds to its entity mentions as PERSON for KBP (left out by default: they are not names).")
  boolean pronounMentions;

  @Option(names = {"-q", "--quiet"}, description = "No progress on standard error (CoreNLP still logs while loading).")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    io.validate(spec.commandLine());
    Progress progress = new Progress(err, quiet);
    CoreNlpBaseline baseline = new CoreNlpBaseline(pronounMentions);
    progress.loaded();
    ObjectMapper mapper = new ObjectMapper();
    DocumentJson failures = new DocumentJson();
    InputReader reader = io.reader(spec.commandLine());
    try (Writer out = io.openOutput()) {
      while (reader.hasNext()) {
        Input in = reader.next();
        String line;
        if (in instanceof Input.Text doc) {
          try {
            Optional<LocalDate> date = doc.metadata().published();
            Annotation a = baseline.annotate(doc.id(), doc.text(), date);
            line = mapper.writeValueAsString(baseline.toJson(doc.id(), doc.text(), date, a));
          } catch (RuntimeException | OutOfMemoryError e) {
            Result.Failure f = new Result.Failure(doc.id(), "corenlp", Main.oneLine(e), Optional.of(e));
            progress.failed(f);
            line = failures.line(f);
          }
        } else {
          Input.Invalid bad = (Input.Invalid) in;
          Result.Failure f = new Result.Failure(bad.id(), "input", bad.reason(), Optional.empty());
          progress.failed(f);
          line = failures.line(f);
        }
        out.write(line);
        out.write('\n');
        progress.done();
      }
    }
    progress.finish();
    return progress.failures() == 0 ? 0 : 1;
  }

}
