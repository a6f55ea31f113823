package org.strikewatch.bench;

/** Throughput and latency of one timed run at one thread count. */
public record ThroughputResult(
    int threads,
    long reports,
    double seconds,
    double reportsPerSecond,
    double megabytesPerSecond,
    double p50Millis,
    double p99Millis) {}
