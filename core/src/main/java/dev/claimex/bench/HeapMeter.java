package dev.claimex.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Heap use from the JVM's heap memory pools. {@link #reset} collects garbage and resets every
 * pool's peak; {@link #peakBytes} then sums the pools' peaks since the reset. The pools need not
 * peak at the same moment, so the sum is an upper bound of the true peak, and with a generational
 * collector it includes garbage not yet collected: compare figures taken with the same collector
 * and {@code -Xmx}.
 */
public final class HeapMeter {
  private HeapMeter() {}

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.isValid())
        .toList();
  }

  /** Runs a full collection and starts a new peak from what is left. */
  public static void reset() {
    System.gc();
    for (MemoryPoolMXBean p : heapPools()) {
      p.resetPeakUsage();
    }
  }

  /** The sum of the heap pools' peak usage since the last {@link #reset}. */
  public static long peakBytes() {
    long sum = 0;
    for (MemoryPoolMXBean p : heapPools()) {
      sum += p.getPeakUsage().getUsed();
    }
    return sum;
  }

  /** Heap in use now (call right after {@link #reset} for the live heap). */
  public static long usedBytes() {
    long sum = 0;
    for (MemoryPoolMXBean p : heapPools()) {
      sum += p.getUsage().getUsed();
    }
    return sum;
  }
}
