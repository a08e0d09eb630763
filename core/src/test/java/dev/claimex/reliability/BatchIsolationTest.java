package dev.claimex.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.claimex.api.Metadata;
import dev.claimex.pipeline.Analysis;
import dev.claimex.pipeline.Input;
import dev.claimex.pipeline.Layer;
import dev.claimex.pipeline.Pipeline;
import dev.claimex.pipeline.Result;
import dev.claimex.pipeline.Stage;
import dev.claimex.stages.CoreNlpTokenizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A batch never loses a document: N inputs give N results, in input order, failures as records. */
class BatchIsolationTest {
  /** Fails in every way a stage can on documents whose text names the way. */
  private static final class Saboteur implements Stage {
    @Override
    public String name() {
      return "saboteur";
    }

    @Override
    public Set<Layer> requires() {
      return EnumSet.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer> provides() {
      return EnumSet.noneOf(Layer.class);
    }

    @Override
    public void apply(Analysis analysis) {
      switch (analysis.text()) {
        case "throw" -> throw new IllegalStateException("boom");
        case "overflow" -> recurse(0);
        case "oom" -> throw new OutOfMemoryError("Java heap space (simulated)");
        case "npe" -> throw new NullPointerException();
        default -> { }
      }
    }

    private static int recurse(int n) {
      return recurse(n + 1) + 1;
    }
  }

  private static final Pipeline PIPELINE = Pipeline.builder().add(CoreNlpTokenizer::new).add(new Saboteur())
      .maxCharacters(50).build();

  private static String textOf(int i) {
    return switch (i % 7) {
      case 1 -> "throw";
      case 2 -> "overflow";
      case 3 -> "oom";
      case 4 -> "npe";
      case 5 -> "x".repeat(51);
      default -> "Document number " + i + ".";
    };
  }

  private static Input inputOf(int i) {
    return i % 7 == 6 ? new Input.Invalid("doc-" + i, "line " + i + " is not JSON")
        : new Input.Text("doc-" + i, textOf(i), Metadata.EMPTY.withId("doc-" + i));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 8})
  void everyInputGivesOneResultInInputOrder(int threads) {
    int n = 301;
    Iterator<Input> inputs = IntStream.range(0, n).mapToObj(BatchIsolationTest::inputOf).iterator();
    List<Result> results = new ArrayList<>();
    PIPELINE.processAll(inputs, threads, results::add);
    assertThat(results).hasSize(n);
    for (int i = 0; i < n; i++) {
      Result r = results.get(i);
      assertThat(r.id()).isEqualTo("doc-" + i);
      switch (i % 7) {
        case 0 -> assertThat(r).isInstanceOf(Result.Success.class);
        case 1, 2, 4 -> assertThat(r).isInstanceOfSatisfying(Result.Failure.class,
            f -> assertThat(f.stage()).isEqualTo("saboteur"));
        case 3 -> assertThat(r).isInstanceOfSatisfying(Result.Failure.class,
            f -> assertThat(f.message()).contains("OutOfMemoryError"));
        case 5 -> assertThat(r).isInstanceOfSatisfying(Result.Failure.class,
            f -> assertThat(f.message()).contains("more than the limit of 50"));
        default -> assertThat(r).isInstanceOfSatisfying(Result.Failure.class,
            f -> assertThat(f.stage()).isEqualTo("input"));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void resultsStreamOutWhileInputsAreStillBeingReadSoMemoryStaysFlat(int threads) {
    int[] pulled = {0};
    List<Integer> pulledAtResult = new ArrayList<>();
    Iterator<Input> endless = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return pulled[0] < 1000;
      }

      @Override
      public Input next() {
        return new Input.Text("doc-" + pulled[0], "Document " + pulled[0]++ + ".", Metadata.EMPTY);
      }
    };
    PIPELINE.processAll(endless, threads, r -> pulledAtResult.add(pulled[0]));
    assertThat(pulledAtResult).hasSize(1000);
    // at most a window of 4 documents per thread is read ahead of the one written
    for (int i = 0; i < pulledAtResult.size(); i++) {
      assertThat(pulledAtResult.get(i) - i).isLessThanOrEqualTo(threads == 1 ? 1 : 4 * threads);
    }
  }
}
