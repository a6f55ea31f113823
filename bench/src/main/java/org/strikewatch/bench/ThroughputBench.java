package org.strikewatch.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
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
    consume(sink);
  }

  /** Reports per step of {@link #warmUpUntilCompiled}. */
  private static final int STEP = 1000;

  /**
   * Warms up on one thread, unmeasured: {@code minRounds} passes over the corpus, then further
   * steps of {@value #STEP} reports while the JIT compilers still spend more than 2% of a step's
   * time compiling, up to {@code maxRounds} passes in all. The compilers run on the same cores as
   * the measured threads, so measuring while they still work through their queue (they do for tens
   * of seconds on a 2-core machine: the extractor is a lot of code) would count their CPU against
   * the extraction, most of all in the two-thread run. Without compilation-time monitoring it is
   * {@link #warmUp(int) warmUp(minRounds)}.
   *
   * @return the reports run
   */
  public long warmUpUntilCompiled(int minRounds, int maxRounds) {
    if (minRounds < 0 || maxRounds < minRounds) {
      throw new IllegalArgumentException(
          "warm-up rounds must satisfy 0 <= min <= max: " + minRounds + ", " + maxRounds);
    }
    warmUp(minRounds);
    long done = (long) minRounds * corpus.size();
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
      return done;
    }
    long limit = (long) maxRounds * corpus.size();
    long sink = 0;
    int next = 0;
    while (done < limit) {
      long compiled = jit.getTotalCompilationTime();
      long start = System.nanoTime();
      for (int k = 0; k < STEP && done < limit; k++, done++) {
        sink += stage.apply(corpus.get(next)).incidents().size();
        next = (next + 1) % corpus.size();
      }
      double stepMillis = (System.nanoTime() - start) / 1e6;
      if (jit.getTotalCompilationTime() - compiled <= 0.02 * stepMillis) {
        break;
      }
    }
    consume(sink);
    return done;
  }

  private static void consume(long sink) {
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
