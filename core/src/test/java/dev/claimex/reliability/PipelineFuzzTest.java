package dev.claimex.reliability;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.claimex.api.Metadata;
import dev.claimex.pipeline.Pipeline;
import dev.claimex.pipeline.ProcessingException;
import dev.claimex.testing.DocumentInvariants;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes {@link Pipeline#process}: any text gives a document that keeps the invariants, or a
 * {@link ProcessingException} for a limit. A stage that throws is a bug. The light pipeline
 * (tokens, regions, language, names) is fast enough to fuzz for long; the full one adds dates.
 * In a normal build this runs the kept inputs under
 * {@code src/test/resources/dev/claimex/reliability/PipelineFuzzTestInputs/}; fuzz for 60 s with
 * {@code JAZZER_FUZZ=1 mvn -B -pl core -am test -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest=PipelineFuzzTest#lightPipeline} (add
 * {@code JAZZER_INSTRUMENTATION_INCLUDES='dev.claimex.**:edu.stanford.nlp.process.**'} to guide
 * it through the tokenizer too). The generated corpus stays in {@code core/.cifuzz-corpus/}, so
 * repeating the command continues the run: a loop of N runs is an N-minute fuzzing session. A
 * crashing input is written to the inputs folder above: keep it there as a regression test.
 */
@Tag("model")
class PipelineFuzzTest {
  private static final Metadata META = Metadata.of("fuzz", LocalDate.of(2025, 10, 21));

  @FuzzTest(maxDuration = "60s")
  void lightPipeline(FuzzedDataProvider fuzz) {
    check(Pipelines.light(), fuzz.consumeRemainingAsString());
  }

  @FuzzTest(maxDuration = "60s")
  void fullPipeline(FuzzedDataProvider fuzz) {
    check(Pipelines.full(), fuzz.consumeRemainingAsString());
  }

  private static void check(Pipeline pipeline, String text) {
    try {
      DocumentInvariants.check(pipeline.process(text, META));
    } catch (ProcessingException e) {
      if (e.getCause() != null) {
        throw new AssertionError("stage " + e.stage() + " crashed: " + e.getMessage(), e.getCause());
      }
    }
  }
}
