package org.strikewatch.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.Report;

/**
 * Runs a stage (a pure, thread-safe function over reports) over a corpus with N threads and
 * measures reports/s, MB/s and per-report latency. Each thread takes an equal share.
 */
public final class ThroughputBench {

  private final Function<Report, Extraction> stage;
  private final List<Report> corpus;
  private final long bytes;

  /** A bench over the given corpus. */
  public ThroughputBench(Function<Report, Extraction> stage, List<Report> corpus) {
    if (corpus.isEmpty()) {
      throw new IllegalArgumentException("the corpus is empty");
    }
    this.stage = stage;
    this.corpus = List.copyOf(corpus);
    long b = 0;
    for (Report r : corpus) {
      b += r.text().getBytes(StandardCharsets.UTF_8).length;
    }
    this.bytes = b;
  }

  /** Runs the whole corpus once on one thread, unmeasured, so the JIT settles. */
  public void warmUp(int rounds) {
    long sink = 0;
    for (int k = 0; k < rounds; k++) {
      for (Report r : corpus) {
        sink += stage.apply(r).incidents().size();
      }
    }
    if (sink == Long.MIN_VALUE) {
      throw new IllegalStateException("unreachable");
    }
  }

  /** Runs the corpus once with {@code threads} threads and measures it. */
  public ThroughputResult run(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<LatencyRecorder>> parts = new ArrayList<>();
      long t0 = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        int from = corpus.size() * t / threads;
        int to = corpus.size() * (t + 1) / threads;
        parts.add(pool.submit(() -> runSlice(from, to)));
      }
      LatencyRecorder all = new LatencyRecorder(corpus.size());
      for (Future<LatencyRecorder> f : parts) {
        all.addAll(f.get());
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      return new ThroughputResult(
          threads,
          corpus.size(),
          seconds,
          corpus.size() / seconds,
          bytes / 1e6 / seconds,
          all.percentileMillis(50),
          all.percentileMillis(99));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("bench interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the stage failed during the bench: " + e.getCause(), e);
    } finally {
      pool.shutdownNow();
    }
  }

  private LatencyRecorder runSlice(int from, int to) {
    LatencyRecorder rec = new LatencyRecorder(to - from);
    for (int i = from; i < to; i++) {
      long s = System.nanoTime();
      stage.apply(corpus.get(i));
      rec.record(System.nanoTime() - s);
    }
    return rec;
  }
}
