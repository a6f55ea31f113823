package org.strikewatch.bench.querydb;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** Runs one query many times and reports latency percentiles in milliseconds. */
public final class QueryLatency {

  /** Percentiles of one measured query. */
  public record Result(String name, int runs, double p50, double p95, double p99, double max) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%-40s runs=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms",
          name,
          runs,
          p50,
          p95,
          p99,
          max);
    }
  }

  private QueryLatency() {}

  /** Runs {@code warmup} unmeasured and {@code runs} measured calls of {@code query}. */
  public static Result measure(String name, int warmup, int runs, Supplier<?> query) {
    for (int i = 0; i < warmup; i++) {
      query.get();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      query.get();
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    return new Result(name, runs, pct(ms, 50), pct(ms, 95), pct(ms, 99), ms[ms.length - 1]);
  }

  private static double pct(double[] sorted, int p) {
    int idx = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
  }
}
