package org.strikewatch.bench;

import java.util.List;

/**
 * Throughput and latency at one thread count: the median of the timed rounds ({@code
 * roundReportsPerSecond} holds every round's rate, in the order run), with latency percentiles over
 * every report of every round.
 *
 * @param cpuMillisPerReport CPU time of the measuring threads per report, in the median round: it
 *     stays flat from one thread count to the next when nothing is shared
 * @param gcMillis time the garbage collectors took during the median round
 * @param compileMillis time the JIT compilers took during the median round (they share the cores)
 */
public record ThroughputResult(
    int threads,
    long reports,
    double seconds,
    double reportsPerSecond,
    double megabytesPerSecond,
    double p50Millis,
    double p99Millis,
    double cpuMillisPerReport,
    long gcMillis,
    long compileMillis,
    List<Double> roundReportsPerSecond) {

  public ThroughputResult {
    roundReportsPerSecond = List.copyOf(roundReportsPerSecond);
  }
}
