package dev.claimex.cli;

import dev.claimex.pipeline.Result;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Figures for {@code extract --stats}: documents, failures, tokens per second since the models
 * were loaded, and the JVM's peak heap (the sum of each heap pool's peak, an upper bound).
 */
final class RunStats {
  private final long start = System.nanoTime();
  private long documents;
  private long failures;
  private long tokens;
  private long characters;

  void add(Result result) {
    documents++;
    if (result instanceof Result.Success ok) {
      tokens += ok.document().tokens().size();
      characters += ok.document().text().length();
    } else {
      failures++;
    }
  }

  String summary() {
    double secs = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long max = Runtime.getRuntime().maxMemory();
    return String.format(java.util.Locale.ROOT,
        "claimex: stats: %d documents, %d failed, %d tokens, %d characters in %.1f s: %.0f tokens/s, %.1f documents/s;"
            + " peak heap %d MB (max heap %d MB)",
        documents, failures, tokens, characters, secs, secs > 0 ? tokens / secs : 0.0,
        secs > 0 ? documents / secs : 0.0, peak >> 20, max >> 20);
  }
}
