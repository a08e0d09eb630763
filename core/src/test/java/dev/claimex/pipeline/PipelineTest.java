package dev.claimex.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.claimex.api.Document;
import dev.claimex.api.EntityType;
import dev.claimex.api.Metadata;
import dev.claimex.api.ModelInfo;
import dev.claimex.api.Span;
import dev.claimex.testing.DocumentInvariants;
import dev.claimex.testing.StubStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The pipeline's build-time checks and batch contract, with stub stages: no model is loaded. */
class PipelineTest {
  /** Marks every capitalized word as a PERSON: enough to give documents mentions to check. */
  private static final StubStage CAPITALS = StubStage.providing("capitals", EnumSet.of(Layer.NAMED_ENTITIES), a -> {
    var m = java.util.regex.Pattern.compile("\\b\\p{Lu}\\p{Ll}+").matcher(a.text());
    while (m.find()) {
      a.addMention(EntityType.PERSON, new Span(m.start(), m.end()), Optional.empty());
    }
  });

  @Test
  void rejectsAStageWhoseRequirementNoEarlierStageProvides() {
    Pipeline.Builder b = Pipeline.builder()
        .add(StubStage.noop("clean"))
        .add(StubStage.requiring("quote-finder", EnumSet.of(Layer.SENTENCES, Layer.NAMED_ENTITIES), a -> { }));
    assertThatThrownBy(b::build)
        .isInstanceOf(PipelineConfigurationException.class)
        .hasMessageContaining("'quote-finder'")
        .hasMessageContaining("SENTENCES")
        .hasMessageContaining("[clean]");
  }

  @Test
  void rejectsStagesInTheWrongOrderAndAcceptsThemInTheRightOne() {
    StubStage user = StubStage.requiring("grouper", Set.of(Layer.NAMED_ENTITIES), a -> { });
    assertThatThrownBy(() -> Pipeline.builder().add(user).add(CAPITALS).build())
        .isInstanceOf(PipelineConfigurationException.class)
        .hasMessageContaining("'grouper' requires [NAMED_ENTITIES]");
    Pipeline p = Pipeline.builder().add(CAPITALS).add(user).build();
    assertThat(p.stages()).extracting(Stage::name).containsExactly("capitals", "grouper");
  }

  @Test
  void aFactoryThatCannotLoadItsModelFailsTheBuild() {
    ModelLoadException cause = new ModelLoadException("model 'harbour-ner.bin' not found on the classpath");
    Pipeline.Builder b = Pipeline.builder()
        .add(StubStage.noop("tokens"))
        .add(() -> {
          throw cause;
        });
    assertThatThrownBy(b::build)
        .isInstanceOf(PipelineConfigurationException.class)
        .hasMessageContaining("harbour-ner.bin")
        .hasCause(cause);
  }

  @Test
  void anEmptyPipelineIsRejected() {
    assertThatThrownBy(() -> Pipeline.builder().build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void provenanceListsStagesInOrderAndEachModelOnce() {
    ModelInfo lexicon = new ModelInfo("towns", "2", "test");
    Pipeline p = Pipeline.builder()
        .add(new StubStage("a", Set.of(), Set.of(), x -> { }, List.of(lexicon)))
        .add(new StubStage("b", Set.of(), Set.of(), x -> { }, List.of(lexicon, new ModelInfo("rivers", "1", "test"))))
        .build();
    assertThat(p.provenance().stages()).containsExactly("a", "b");
    assertThat(p.provenance().models()).extracting(ModelInfo::name).containsExactly("towns", "rivers");
    Document d = p.process("Nothing to see.");
    assertThat(d.provenance()).isEqualTo(p.provenance());
  }

  @Test
  void processKeepsTheTextAndMetadataAndSortsMentions() {
    Pipeline p = Pipeline.builder().add(CAPITALS).build();
    String text = "Rain closed the coast road, said Ellis Grant of Dunmore council.";
    Document d = p.process(text, Metadata.of("storm-7", LocalDate.parse("2025-02-03")));
    DocumentInvariants.check(d);
    assertThat(d.id()).isEqualTo("storm-7");
    assertThat(d.text()).isSameAs(text);
    assertThat(d.published()).contains(LocalDate.parse("2025-02-03"));
    assertThat(d.mentions()).extracting(m -> m.text()).containsExactly("Rain", "Ellis", "Grant", "Dunmore");
  }

  @Test
  void aStageThatThrowsFailsTheDocumentNamingTheStage() {
    Pipeline p = Pipeline.builder()
        .add(CAPITALS)
        .add(StubStage.noop("fine"))
        .add(StubStage.providing("broken", Set.of(), a -> {
          throw new IllegalStateException("no sentences in " + a.id());
        }))
        .build();
    assertThatThrownBy(() -> p.process("Some text.", Metadata.of("d1", null)))
        .isInstanceOf(ProcessingException.class)
        .hasMessageContaining("IllegalStateException: no sentences in d1")
        .satisfies(e -> assertThat(((ProcessingException) e).stage()).isEqualTo("broken"))
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void documentsLongerThanTheLimitFailBeforeAnyStageRuns() {
    AtomicInteger ran = new AtomicInteger();
    Pipeline p = Pipeline.builder()
        .add(StubStage.providing("count", Set.of(), a -> ran.incrementAndGet()))
        .maxCharacters(20)
        .build();
    assertThat(p.process("x".repeat(20)).text()).hasSize(20);
    assertThatThrownBy(() -> p.process("x".repeat(21)))
        .isInstanceOf(ProcessingException.class)
        .hasMessageContaining("21 characters")
        .hasMessageContaining("limit of 20")
        .satisfies(e -> assertThat(((ProcessingException) e).stage()).isEqualTo("input"));
    assertThat(ran).hasValue(1);
    Result r = p.processOne(new Input.Text("long", "y".repeat(25), Metadata.EMPTY));
    assertThat(r).isInstanceOfSatisfying(Result.Failure.class, f -> {
      assertThat(f.id()).isEqualTo("long");
      assertThat(f.stage()).isEqualTo("input");
    });
  }

  @Test
  void theDefaultLimitIsFiveMillionCharacters() {
    Pipeline p = Pipeline.builder().add(StubStage.noop("noop")).build();
    assertThat(p.process("a".repeat(5_000_000)).text()).hasSize(5_000_000);
    assertThatThrownBy(() -> p.process("a".repeat(5_000_001))).isInstanceOf(ProcessingException.class);
  }

  @Test
  void aNonPositiveLimitIsRejected() {
    assertThatThrownBy(() -> Pipeline.builder().maxCharacters(0)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * One result per input, in input order, whatever order the threads finish in; a failing or
   * unreadable document becomes a failure naming the stage and the batch goes on.
   */
  @ParameterizedTest(name = "{0} thread(s)")
  @ValueSource(ints = {1, 4})
  void processAllGivesOneResultPerInputInOrder(int threads) {
    Pipeline p = Pipeline.builder()
        .add(CAPITALS)
        .add(StubStage.providing("slow", Set.of(), a -> sleep((a.text().length() * 7) % 5)))
        .add(StubStage.providing("fussy", Set.of(), a -> {
          if (a.text().contains("reject")) {
            throw new IllegalArgumentException("cannot handle " + a.id());
          }
        }))
        .build();
    List<Input> inputs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String id = "doc-" + i;
      if (i % 13 == 5) {
        inputs.add(new Input.Invalid(id, "line " + i + " is not JSON"));
      } else {
        String text = (i % 7 == 3 ? "Editors reject this one" : "Ports in Cork and Derry reopened") + " " + "!".repeat(i);
        inputs.add(new Input.Text(id, text, Metadata.EMPTY));
      }
    }
    List<Result> results = new ArrayList<>();
    CountingIterator<Input> source = new CountingIterator<>(inputs.iterator());
    p.processAll(source, threads, r -> {
      assertThat(source.taken - results.size()).as("documents read ahead of the sink").isLessThanOrEqualTo(8 * threads);
      results.add(r);
    });

    assertThat(results).extracting(Result::id).containsExactlyElementsOf(inputs.stream().map(Input::id).toList());
    for (int i = 0; i < results.size(); i++) {
      Result r = results.get(i);
      if (i % 13 == 5) {
        assertThat(r).isInstanceOfSatisfying(Result.Failure.class, f -> {
          assertThat(f.stage()).isEqualTo("input");
          assertThat(f.message()).contains("is not JSON");
          assertThat(f.cause()).isEmpty();
        });
      } else if (i % 7 == 3) {
        String id = "doc-" + i;
        assertThat(r).isInstanceOfSatisfying(Result.Failure.class, f -> {
          assertThat(f.stage()).isEqualTo("fussy");
          assertThat(f.message()).contains("cannot handle " + id);
          assertThat(f.cause()).containsInstanceOf(IllegalArgumentException.class);
        });
      } else {
        assertThat(r).isInstanceOfSatisfying(Result.Success.class, s -> {
          DocumentInvariants.check(s.document());
          assertThat(s.document().mentions()).extracting(m -> m.text()).containsExactly("Ports", "Cork", "Derry");
        });
      }
    }
  }

  @Test
  void processAllRejectsZeroThreads() {
    Pipeline p = Pipeline.builder().add(StubStage.noop("noop")).build();
    assertThatThrownBy(() -> p.processAll(List.<Input>of().iterator(), 0, r -> { }))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void sleep(int millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static final class CountingIterator<T> implements Iterator<T> {
    private final Iterator<T> inner;
    volatile int taken;

    CountingIterator(Iterator<T> inner) {
      this.inner = inner;
    }

    @Override
    public boolean hasNext() {
      return inner.hasNext();
    }

    @Override
    public T next() {
      taken++;
      return inner.next();
    }
  }
}
