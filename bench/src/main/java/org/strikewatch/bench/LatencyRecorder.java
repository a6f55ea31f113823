package org.strikewatch.bench;

import java.util.Arrays;

/** Collects per-item latencies (nanoseconds) and reports percentiles. Not thread-safe. */
final class LatencyRecorder {
  private long[] nanos;
  private int size;

  LatencyRecorder(int expected) {
    this.nanos = new long[Math.max(16, expected)];
  }

  void record(long value) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = value;
  }

  void addAll(LatencyRecorder other) {
    for (int i = 0; i < other.size; i++) {
      record(other.nanos[i]);
    }
  }

  /** The p-th percentile (0..100) in milliseconds, or 0 when nothing was recorded. */
  double percentileMillis(double p) {
    if (size == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * size) - 1;
    return sorted[Math.max(0, Math.min(size - 1, index))] / 1e6;
  }
}
