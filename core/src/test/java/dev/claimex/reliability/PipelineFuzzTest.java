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
 * {@code src/test/resources/dev/claimex/reliability/PipelineFuzzTestInputs/}; fuzz with
 * {@code JAZZER_FUZZ=1 mvn -pl core test -Dtest=PipelineFuzzTest#lightPipeline}.
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
