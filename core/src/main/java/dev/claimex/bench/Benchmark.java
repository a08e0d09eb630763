package dev.claimex.bench;

import static com.google.common.base.Preconditions.checkArgument;

import dev.claimex.pipeline.Input;
import dev.claimex.pipeline.Pipeline;
import dev.claimex.pipeline.Result;
import edu.stanford.nlp.pipeline.Annotation;
import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Times pipelines over a {@link Corpus}: load (models included), then warm-up documents, then
 * {@code runs} timed passes over the whole corpus, of which the median counts. The heap's peak is
 * taken over the load and over the timed runs separately, each after a full collection; the live
 * heap right after loading (after a collection) is what the loaded models keep.
 *
 * <p>Documents are in memory before timing starts; a timed run includes everything from text to
 * finished document (for CoreNLP, to finished annotation), but no JSON writing.
 */
public final class Benchmark {
  private final Corpus corpus;
  private final Settings settings;
  private final Consumer<String> progress;

  /**
   * @param warmup documents processed before timing starts
   * @param runs timed passes over the corpus; the median counts
   * @param threads documents processed in parallel, by every pipeline measured
   */
  public record Settings(int warmup, int runs, int threads) {
    public Settings {
      checkArgument(warmup >= 0, "warm-up must not be negative, got %s", warmup);
      checkArgument(runs >= 1, "runs must be at least 1, got %s", runs);
      checkArgument(threads >= 1, "threads must be at least 1, got %s", threads);
    }
  }

  /**
   * What one pass over documents produced.
   *
   * @param tokens tokens counted by the pipeline's own tokenizer
   */
  public record Counts(long tokens, int documents, int failures) {}

  /** A loaded pipeline, ready to process documents on some threads. */
  @FunctionalInterface
  public interface Runner {
    Counts run(List<Input.Text> documents, int threads);
  }

  /** A loaded pipeline and what it is, for the report. */
  public record Loaded(String description, Runner runner) {
    public Loaded {
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(runner, "runner");
    }
  }

  /**
   * The measurements of one pipeline.
   *
   * @param loadCpuSeconds CPU time of the whole process while loading (negative if the JVM cannot
   *     tell), as {@code runCpuSeconds}: all its threads, garbage collection and JIT included
   * @param runCpuSeconds CPU time of the process during each timed run: unlike wall time, it
   *     hardly changes when other processes compete for the cores
   * @param systemLoadAverage the system's one-minute load average right after the timed runs:
   *     above the number of cores, other processes were competing and wall times are inflated
   * @param counts what the last timed run produced
   */
  public record Measurement(String name, String description, double loadSeconds, double loadCpuSeconds,
                            long loadPeakHeapBytes, long liveHeapBytes, List<Double> runSeconds,
                            List<Double> runCpuSeconds, long runPeakHeapBytes, double systemLoadAverage,
                            Counts counts) {
    public Measurement {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(description, "description");
      runSeconds = List.copyOf(runSeconds);
      runCpuSeconds = List.copyOf(runCpuSeconds);
      checkArgument(!runSeconds.isEmpty(), "no timed run");
      checkArgument(runCpuSeconds.size() == runSeconds.size(), "one CPU time per run");
    }

    /** The median of the timed runs (the mean of the middle two for an even count). */
    public double medianSeconds() {
      return median(runSeconds);
    }

    /** The median CPU time of the timed runs; negative if the JVM cannot measure it. */
    public double medianCpuSeconds() {
      return median(runCpuSeconds);
    }
  }

  public Benchmark(Corpus corpus, Settings settings, Consumer<String> progress) {
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** Loads a pipeline, warms it up and times it; the pipeline is dropped when this returns. */
  public Measurement measure(String name, Supplier<Loaded> load) {
    progress.accept(String.format(Locale.ROOT, "%s: loading (system load average %.1f)", name, loadAverage()));
    HeapMeter.reset();
    long t0 = System.nanoTime();
    long c0 = cpuNanos();
    Loaded loaded = load.get();
    Runner runner = loaded.runner();
    double loadSeconds = seconds(System.nanoTime() - t0);
    double loadCpu = cpuSeconds(c0);
    long loadPeak = HeapMeter.peakBytes();
    HeapMeter.reset();
    long live = HeapMeter.usedBytes();
    progress.accept(String.format(Locale.ROOT, "%s: loaded in %.1f s, %d MB live", name, loadSeconds, live >> 20));
    if (settings.warmup() > 0) {
      progress.accept(name + ": warming up on " + settings.warmup() + " documents");
      runner.run(corpus.warmup(settings.warmup()), settings.threads());
    }
    List<Double> times = new ArrayList<>();
    List<Double> cpuTimes = new ArrayList<>();
    long runPeak = 0;
    Counts counts = null;
    for (int r = 1; r <= settings.runs(); r++) {
      HeapMeter.reset();
      long start = System.nanoTime();
      long cpuStart = cpuNanos();
      counts = runner.run(corpus.documents(), settings.threads());
      double secs = seconds(System.nanoTime() - start);
      double cpu = cpuSeconds(cpuStart);
      runPeak = Math.max(runPeak, HeapMeter.peakBytes());
      times.add(secs);
      cpuTimes.add(cpu);
      progress.accept(String.format(Locale.ROOT, "%s: run %d/%d: %.2f s (%.2f s CPU), %d documents, %d failed",
          name, r, settings.runs(), secs, cpu, counts.documents(), counts.failures()));
    }
    return new Measurement(name, loaded.description(), loadSeconds, loadCpu, loadPeak, live, times, cpuTimes,
        runPeak, loadAverage(), counts);
  }

  /** Claimex's pipeline as a runner, through {@link Pipeline#processAll}. */
  public static Loaded claimex(Pipeline pipeline) {
    String description = "Claimex.defaults().build(), stages " + String.join(",", pipeline.provenance().stages());
    return new Loaded(description, (docs, threads) -> {
      long[] tokens = {0};
      int[] ok = {0};
      int[] failed = {0};
      pipeline.processAll(docs.iterator(), threads, r -> {
        if (r instanceof Result.Success s) {
          tokens[0] += s.document().tokens().size();
          ok[0]++;
        } else {
          failed[0]++;
        }
      });
      return new Counts(tokens[0], ok[0], failed[0]);
    });
  }

  /**
   * CoreNLP's default pipeline as a runner. Several threads share the one pipeline, as CoreNLP's
   * own multi-threaded annotation does (not through it: with one thread, 4.5.10's
   * {@code AnnotationPipeline.annotate(Iterable, int, Consumer)} annotates every document twice).
   */
  public static Loaded coreNlp(CoreNlpBaseline baseline) {
    String description = "StanfordCoreNLP annotators=" + baseline.annotators()
        + ", ner.docdate.usePresent=false, publication date as DocDateAnnotation, all else default";
    return new Loaded(description, (docs, threads) -> {
      long tokens = 0;
      int ok = 0;
      int failed = 0;
      if (threads == 1) {
        for (Input.Text d : docs) {
          try {
            tokens += CoreNlpBaseline.tokenCount(baseline.annotate(d.id(), d.text(), d.metadata().published()));
            ok++;
          } catch (RuntimeException e) {
            failed++;
          }
        }
        return new Counts(tokens, ok, failed);
      }
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "corenlp-bench");
        t.setDaemon(true);
        return t;
      });
      try {
        Deque<Future<Annotation>> window = new ArrayDeque<>();
        int next = 0;
        while (next < docs.size() || !window.isEmpty()) {
          while (next < docs.size() && window.size() < threads * 4) {
            Input.Text d = docs.get(next++);
            window.add(pool.submit(() -> baseline.annotate(d.id(), d.text(), d.metadata().published())));
          }
          try {
            tokens += CoreNlpBaseline.tokenCount(window.removeFirst().get());
            ok++;
          } catch (ExecutionException e) {
            failed++;
          }
        }
        return new Counts(tokens, ok, failed);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while benchmarking CoreNLP", e);
      } finally {
        pool.shutdownNow();
      }
    });
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  /** CPU time of this process so far, in nanoseconds; negative if the JVM cannot tell. */
  private static long cpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private static double cpuSeconds(long since) {
    long now = cpuNanos();
    return since < 0 || now < 0 ? -1 : seconds(now - since);
  }

  /** The system load average over the last minute, negative where the OS does not tell. */
  public static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
