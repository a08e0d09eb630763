package dev.claimex.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimex.api.Metadata;
import dev.claimex.pipeline.Input;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusTest {
  private static Input.Text doc(String id) {
    return new Input.Text(id, "Text of " + id + ".", Metadata.EMPTY.withId(id));
  }

  private static Iterator<Input> inputs(Input... in) {
    return List.of(in).iterator();
  }

  @Test
  void repeatsTheWholeListInOrder() {
    Corpus c = Corpus.load("test", inputs(doc("a"), doc("b"), doc("c")), 3);
    assertThat(c.documents()).extracting(Input.Text::id).containsExactly("a", "b", "c", "a", "b", "c", "a", "b", "c");
    assertThat(c.size()).isEqualTo(9);
    assertThat(c.distinct()).isEqualTo(3);
    assertThat(c.repeat()).isEqualTo(3);
    assertThat(c.characters()).isEqualTo(3 * ("Text of a.".length() * 3));
  }

  @Test
  void warmupCyclesThroughTheCorpus() {
    Corpus c = Corpus.load("test", inputs(doc("a"), doc("b")), 1);
    assertThat(c.warmup(5)).extracting(Input.Text::id).containsExactly("a", "b", "a", "b", "a");
    assertThat(c.warmup(0)).isEmpty();
  }

  @Test
  void refusesUnreadableRecordsAndEmptyCorpora() {
    assertThatThrownBy(() -> Corpus.load("test", inputs(doc("a"), new Input.Invalid("x:2", "not JSON")), 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x:2");
    assertThatThrownBy(() -> Corpus.load("test", inputs(), 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Corpus.load("test", inputs(doc("a")), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(Benchmark.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    assertThat(Benchmark.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
  }
}
