package org.strikewatch.bench.querydb;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Runs one query many times and reports wall-clock latency percentiles in milliseconds, and the
 * 95th percentile of the calling thread's CPU time (SQLite runs in the calling thread), which stays
 * meaningful when other processes load the machine.
 */
public final class QueryLatency {

  /** Percentiles of one measured query. */
  public record Result(
      String name,
      int runs,
      double p50,
      double p95,
      double p99,
      double max,
      double cpuP95,
      double cpuMean) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%-40s runs=%d p50=%.2f ms p95=%.1f ms p99=%.1f ms max=%.1f ms (cpu p95=%.2f ms,"
              + " mean=%.3f ms)",
          name,
          runs,
          p50,
          p95,
          p99,
          max,
          cpuP95,
          cpuMean);
    }
  }

  private QueryLatency() {}

  /** Runs {@code warmup} unmeasured and {@code runs} measured calls of {@code query}. */
  public static Result measure(String name, int warmup, int runs, Supplier<?> query) {
    for (int i = 0; i < warmup; i++) {
      query.get();
    }
    double[] ms = new double[runs];
    double[] cpu = new double[runs];
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < runs; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      query.get();
      ms[i] = (System.nanoTime() - t0) / 1e6;
      cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
    }
    double cpuSum = 0;
    for (double c : cpu) {
      cpuSum += c;
    }
    Arrays.sort(ms);
    Arrays.sort(cpu);
    return new Result(
        name,
        runs,
        pct(ms, 50),
        pct(ms, 95),
        pct(ms, 99),
        ms[ms.length - 1],
        pct(cpu, 95),
        cpuSum / runs);
  }

  private static double pct(double[] sorted, int p) {
    int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
  }
}
