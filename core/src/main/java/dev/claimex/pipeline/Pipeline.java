package dev.claimex.pipeline;

import static com.google.common.base.Preconditions.checkArgument;

import dev.claimex.api.Document;
import dev.claimex.api.Metadata;
import dev.claimex.api.ModelInfo;
import dev.claimex.api.Provenance;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * An ordered list of {@link Stage stages}, checked and loaded at build time.
 *
 * <p><b>Thread safety:</b> a built pipeline is immutable and safe to share between threads;
 * {@link #process} may be called concurrently, and gives the same result as a serial call
 * (byte-identical JSON: kept true by {@code ConcurrencyTest}). Build one and share it.
 *
 * <p><b>Limits:</b> every document runs under the pipeline's {@link Limits}: too many
 * characters or too much time fails that document with a {@link ProcessingException}; a
 * runaway sentence is bounded for the costly stages and only warned about.
 */
public final class Pipeline {
  private final List<Stage> stages;
  private final Provenance provenance;
  private final Limits limits;

  private Pipeline(List<Stage> stages, Limits limits) {
    this.stages = List.copyOf(stages);
    this.limits = limits;
    List<ModelInfo> models = new ArrayList<>();
    for (Stage s : stages) {
      for (ModelInfo m : s.models()) {
        if (!models.contains(m)) {
          models.add(m);
        }
      }
    }
    this.provenance = new Provenance(Version.LIBRARY, stages.stream().map(Stage::name).toList(), models);
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Stage> stages() {
    return stages;
  }

  public Provenance provenance() {
    return provenance;
  }

  /** The per-document limits this pipeline enforces. */
  public Limits limits() {
    return limits;
  }

  /**
   * Processes one document.
   *
   * <p>Never throws anything but the exceptions below, whatever the text: empty, binary,
   * non-English, or one endless sentence (costly stages see at most
   * {@link Limits#maxSentenceTokens} tokens of a sentence, and say so in a warning).
   *
   * @throws NullPointerException if text or metadata is null
   * @throws ProcessingException if the text is longer than {@link Limits#maxCharacters} (stage
   *     "input"), takes longer than {@link Limits#maxTime}, or a stage fails; it names the stage
   */
  public Document process(String text, Metadata metadata) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
    if (text.length() > limits.maxCharacters()) {
      throw new ProcessingException("input", "document has " + text.length()
          + " characters, more than the limit of " + limits.maxCharacters());
    }
    String id = metadata.id().orElse("document");
    Analysis analysis = new Analysis(id, text, metadata, limits);
    for (Stage stage : stages) {
      analysis.checkTime(stage.name());
      try {
        stage.apply(analysis);
      } catch (ProcessingException e) {
        throw e;
      } catch (RuntimeException | StackOverflowError e) {
        throw new ProcessingException(stage.name(), describe(e), e);
      }
      analysis.markProvided(stage.provides());
    }
    return analysis.toDocument(provenance);
  }

  /** Processes one text without metadata. */
  public Document process(String text) {
    return process(text, Metadata.EMPTY);
  }

  /** Processes one batch input, turning every error into a failure record. */
  public Result processOne(Input input) {
    if (input instanceof Input.Invalid bad) {
      return new Result.Failure(bad.id(), "input", bad.reason(), java.util.Optional.empty());
    }
    Input.Text in = (Input.Text) input;
    try {
      return new Result.Success(process(in.text(), in.metadata().withId(in.id())));
    } catch (ProcessingException e) {
      return new Result.Failure(in.id(), e.stage(), e.getMessage(), java.util.Optional.ofNullable(e.getCause()));
    } catch (RuntimeException | OutOfMemoryError e) {
      return new Result.Failure(in.id(), "pipeline", describe(e), java.util.Optional.of(e));
    }
  }

  /**
   * Processes a stream of inputs on {@code threads} threads and hands each result to {@code sink}
   * in input order, one per input: a failing document becomes a {@link Result.Failure} and the
   * batch goes on. At most a few documents per thread are held in memory at once.
   */
  public void processAll(Iterator<? extends Input> inputs, int threads, Consumer<? super Result> sink) {
    checkArgument(threads >= 1, "threads must be at least 1, got %s", threads);
    if (threads == 1) {
      while (inputs.hasNext()) {
        sink.accept(processOne(inputs.next()));
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "claimex-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Result>> window = new ArrayDeque<>();
      int limit = threads * 4;
      while (inputs.hasNext()) {
        Input in = inputs.next();
        window.add(pool.submit(() -> processOne(in)));
        if (window.size() >= limit) {
          sink.accept(await(window.removeFirst()));
        }
      }
      while (!window.isEmpty()) {
        sink.accept(await(window.removeFirst()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Result await(Future<Result> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a document", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("processOne never throws", e.getCause());
    }
  }

  static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
  }

  /** Collects stage factories; {@link #build} loads every model and checks the order. */
  public static final class Builder {
    private final List<StageFactory> factories = new ArrayList<>();
    private Limits limits = Limits.DEFAULT;

    private Builder() {}

    public Builder add(StageFactory factory) {
      factories.add(Objects.requireNonNull(factory, "factory"));
      return this;
    }

    public Builder add(Stage stage) {
      Objects.requireNonNull(stage, "stage");
      factories.add(() -> stage);
      return this;
    }

    /** Documents longer than this many characters fail with a clear error (default 5,000,000). */
    public Builder maxCharacters(int max) {
      this.limits = limits.withMaxCharacters(max);
      return this;
    }

    /** The most tokens of one sentence that costly stages look at (default 200). */
    public Builder maxSentenceTokens(int max) {
      this.limits = limits.withMaxSentenceTokens(max);
      return this;
    }

    /** Documents still running after this long fail with a clear error (default 300 s). */
    public Builder maxTime(java.time.Duration max) {
      this.limits = limits.withMaxTime(max);
      return this;
    }

    /** All limits at once (default {@link Limits#DEFAULT}). */
    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Creates every stage (loading its models) and checks that each stage's requirements are
     * provided by an earlier one.
     *
     * @throws PipelineConfigurationException naming the stage and what is wrong
     */
    public Pipeline build() {
      checkArgument(!factories.isEmpty(), "a pipeline needs at least one stage");
      List<Stage> stages = new ArrayList<>();
      EnumSet<Layer> provided = EnumSet.noneOf(Layer.class);
      for (StageFactory f : factories) {
        Stage stage;
        try {
          stage = f.create();
        } catch (ModelLoadException e) {
          throw new PipelineConfigurationException("cannot build the pipeline: " + e.getMessage(), e);
        }
        EnumSet<Layer> missing = EnumSet.copyOf(stage.requires().isEmpty() ? EnumSet.noneOf(Layer.class) : stage.requires());
        missing.removeAll(provided);
        if (!missing.isEmpty()) {
          throw new PipelineConfigurationException("stage '" + stage.name() + "' requires " + missing
              + ", which no earlier stage provides (earlier stages: "
              + stages.stream().map(Stage::name).toList() + ")");
        }
        provided.addAll(stage.provides());
        stages.add(stage);
      }
      return new Pipeline(stages, limits);
    }
  }
}
