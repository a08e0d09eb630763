package dev.claimex.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.claimex.json.InputReader;
import dev.claimex.pipeline.Input;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

/**
 * Fuzzes the JSON Lines reader and the {@code .txt} decoder with arbitrary bytes: every record
 * becomes an input or an error record, nothing throws. In a normal build this runs the kept
 * inputs under {@code src/test/resources/dev/claimex/reliability/InputReaderFuzzTestInputs/};
 * {@code JAZZER_FUZZ=1 JAZZER_INSTRUMENTATION_INCLUDES='dev.claimex.**:com.fasterxml.jackson.**'
 * mvn -B -pl core -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=InputReaderFuzzTest#jsonLines}
 * fuzzes for 60 s (Jackson instrumented too); repeat it to go on from the kept corpus.
 */
class InputReaderFuzzTest {
  @FuzzTest(maxDuration = "60s")
  void jsonLines(FuzzedDataProvider fuzz) {
    byte[] data = fuzz.consumeRemainingAsBytes();
    InputReader reader = new InputReader(List.of("-"), Optional.empty(), new ByteArrayInputStream(data));
    int lines = 1;
    for (byte b : data) {
      if (b == '\n' || b == '\r') {
        lines++;
      }
    }
    int records = 0;
    while (reader.hasNext()) {
      Input in = reader.next();
      assertThat(in.id()).isNotNull();
      records++;
    }
    assertThat(records).isLessThanOrEqualTo(lines);
  }

  @FuzzTest(maxDuration = "30s")
  void textFile(FuzzedDataProvider fuzz) {
    byte[] data = fuzz.consumeRemainingAsBytes();
    Input in = InputReader.decodeText("f.txt", "f.txt", data, Optional.empty());
    if (in instanceof Input.Text t) {
      assertThat(t.text().length()).isLessThanOrEqualTo(data.length);
    }
  }
}
