package dev.claimex.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of a benchmark: per pipeline, load time, throughput and heap, with throughput in
 * tokens counted by one tokenizer (Claimex's) for every pipeline, so rates compare.
 *
 * @param tokens the corpus's token count by Claimex's tokenizer
 * @param measurements Claimex first, then its peer if measured
 */
public record BenchReport(Corpus corpus, Benchmark.Settings settings, long tokens,
                          List<Benchmark.Measurement> measurements) {
  public BenchReport {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(settings, "settings");
    measurements = List.copyOf(measurements);
  }

  public double tokensPerSecond(Benchmark.Measurement m) {
    return tokens / m.medianSeconds();
  }

  public double documentsPerSecond(Benchmark.Measurement m) {
    return corpus.size() / m.medianSeconds();
  }

  /** Tokens per second of process CPU time (median run); negative if CPU time is unknown. */
  public double tokensPerCpuSecond(Benchmark.Measurement m) {
    double cpu = m.medianCpuSeconds();
    return cpu > 0 ? tokens / cpu : -1;
  }

  /** Claimex's tokens/s over the peer's, where both were measured. */
  public Optional<Double> ratio() {
    if (measurements.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(measurements.get(1).medianSeconds() / measurements.get(0).medianSeconds());
  }

  /** The same ratio in tokens per CPU second, steadier on a busy machine; empty if unknown. */
  public Optional<Double> cpuRatio() {
    if (measurements.size() < 2 || measurements.get(0).medianCpuSeconds() <= 0 || measurements.get(1).medianCpuSeconds() <= 0) {
      return Optional.empty();
    }
    return Optional.of(measurements.get(1).medianCpuSeconds() / measurements.get(0).medianCpuSeconds());
  }

  private static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }

  private static double round(double v, int places) {
    double f = Math.pow(10, places);
    return Math.round(v * f) / f;
  }

  /** The report as one JSON object. */
  public ObjectNode toJson(ObjectMapper mapper) {
    ObjectNode n = mapper.createObjectNode();
    ObjectNode c = n.putObject("corpus");
    c.put("source", corpus.source());
    c.put("distinctDocuments", corpus.distinct());
    c.put("repeat", corpus.repeat());
    c.put("documents", corpus.size());
    c.put("characters", corpus.characters());
    c.put("tokens", tokens);
    c.put("tokenizer", "claimex");
    ObjectNode s = n.putObject("settings");
    s.put("warmupDocuments", settings.warmup());
    s.put("runs", settings.runs());
    s.put("threads", settings.threads());
    s.put("statistic", "median");
    ObjectNode env = n.putObject("environment");
    env.put("java", System.getProperty("java.version"));
    env.put("vm", System.getProperty("java.vm.name"));
    env.put("processors", Runtime.getRuntime().availableProcessors());
    env.put("maxHeapMb", round(mb(Runtime.getRuntime().maxMemory()), 0));
    ArrayNode gcs = env.putArray("collectors");
    ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).forEach(gcs::add);
    ArrayNode ps = n.putArray("pipelines");
    for (Benchmark.Measurement m : measurements) {
      ObjectNode p = ps.addObject();
      p.put("name", m.name());
      p.put("description", m.description());
      p.put("loadSeconds", round(m.loadSeconds(), 2));
      p.put("medianSeconds", round(m.medianSeconds(), 3));
      ArrayNode runs = p.putArray("runSeconds");
      m.runSeconds().forEach(r -> runs.add(round(r, 3)));
      ArrayNode cpu = p.putArray("runCpuSeconds");
      m.runCpuSeconds().forEach(r -> cpu.add(round(r, 3)));
      p.put("loadCpuSeconds", round(m.loadCpuSeconds(), 2));
      p.put("tokensPerSecond", round(tokensPerSecond(m), 1));
      p.put("tokensPerCpuSecond", round(tokensPerCpuSecond(m), 1));
      p.put("documentsPerSecond", round(documentsPerSecond(m), 3));
      p.put("peakHeapMb", round(mb(m.runPeakHeapBytes()), 1));
      p.put("loadPeakHeapMb", round(mb(m.loadPeakHeapBytes()), 1));
      p.put("liveHeapAfterLoadMb", round(mb(m.liveHeapBytes()), 1));
      p.put("ownTokenizerTokens", m.counts().tokens());
      p.put("failures", m.counts().failures());
      p.put("systemLoadAverage", round(m.systemLoadAverage(), 2));
    }
    ratio().ifPresentOrElse(r -> n.put("claimexOverCoreNlpTokensPerSecond", round(r, 2)),
        () -> n.putNull("claimexOverCoreNlpTokensPerSecond"));
    cpuRatio().ifPresentOrElse(r -> n.put("claimexOverCoreNlpTokensPerCpuSecond", round(r, 2)),
        () -> n.putNull("claimexOverCoreNlpTokensPerCpuSecond"));
    ArrayNode ratios = n.putArray("ratios");
    for (int k = 1; k < measurements.size(); k++) {
      Benchmark.Measurement peer = measurements.get(k);
      Benchmark.Measurement own = measurements.get(0);
      ObjectNode r = ratios.addObject();
      r.put("peer", peer.name());
      r.put("tokensPerSecond", round(peer.medianSeconds() / own.medianSeconds(), 2));
      if (own.medianCpuSeconds() > 0 && peer.medianCpuSeconds() > 0) {
        r.put("tokensPerCpuSecond", round(peer.medianCpuSeconds() / own.medianCpuSeconds(), 2));
      }
    }
    return n;
  }

  /** The report as a human-readable table. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "corpus: %s, %d documents x %d = %,d documents, %,d tokens (Claimex tokenizer), %,d characters%n",
        corpus.source(), corpus.distinct(), corpus.repeat(), corpus.size(), tokens, corpus.characters()));
    sb.append(String.format(Locale.ROOT, "timing: %d warm-up documents, median of %d timed run%s, %d thread%s; Java %s, %d processors, max heap %,.0f MB, %s%n%n",
        settings.warmup(), settings.runs(), settings.runs() == 1 ? "" : "s", settings.threads(), settings.threads() == 1 ? "" : "s",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), mb(Runtime.getRuntime().maxMemory()),
        ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).collect(Collectors.joining("/"))));
    int width = Math.max(8, measurements.stream().mapToInt(m -> m.name().length()).max().orElse(8));
    String head = "%-" + width + "s  %6s  %9s  %7s  %12s  %12s  %12s  %8s  %7s  %s%n";
    String row = "%-" + width + "s  %6.1f  %,9.0f  %7.2f  %,12.0f  %,12.0f  %,12.0f  %,8.0f  %7.1f  %s%n";
    sb.append(String.format(Locale.ROOT, head, "pipeline", "load s", "tokens/s", "docs/s",
        "peak heap MB", "load peak MB", "live MB", "tok/CPUs", "sysload", "runs (s)"));
    for (Benchmark.Measurement m : measurements) {
      String runs = m.runSeconds().stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).collect(Collectors.joining(" / "));
      if (m.counts().failures() > 0) {
        runs += "  (" + m.counts().failures() + " documents failed)";
      }
      sb.append(String.format(Locale.ROOT, row, m.name(), m.loadSeconds(), tokensPerSecond(m), documentsPerSecond(m),
          mb(m.runPeakHeapBytes()), mb(m.loadPeakHeapBytes()), mb(m.liveHeapBytes()), tokensPerCpuSecond(m),
          m.systemLoadAverage(), runs));
    }
    if (measurements.size() > 1) {
      sb.append(String.format(Locale.ROOT, "%n"));
    }
    for (int k = 1; k < measurements.size(); k++) {
      Benchmark.Measurement peer = measurements.get(k);
      Benchmark.Measurement own = measurements.get(0);
      sb.append(String.format(Locale.ROOT, "%s/%s tokens/s: %.1fx", own.name(), peer.name(),
          peer.medianSeconds() / own.medianSeconds()));
      if (own.medianCpuSeconds() > 0 && peer.medianCpuSeconds() > 0) {
        sb.append(String.format(Locale.ROOT, " (per CPU second: %.1fx)", peer.medianCpuSeconds() / own.medianCpuSeconds()));
      }
      sb.append(String.format(Locale.ROOT, "%n"));
    }
    sb.append(String.format(Locale.ROOT, "%n"));
    for (Benchmark.Measurement m : measurements) {
      sb.append(String.format(Locale.ROOT, "%s: %s%n", m.name(), m.description()));
    }
    sb.append("tokens/s, docs/s: wall clock, median run. peak heap: sum of the heap pools' peaks during the timed runs"
        + " (load peak: during loading), each measured from a full GC; live: heap left after loading and a full GC.\n"
        + "tok/CPUs: tokens per second of process CPU time (GC and JIT included), steadier than wall time on a busy"
        + " machine; sysload: one-minute load average after the runs (above the core count, wall times are inflated).\n");
    return sb.toString();
  }
}
