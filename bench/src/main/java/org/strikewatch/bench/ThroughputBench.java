package org.strikewatch.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.Report;

/**
 * Runs a stage (a pure, thread-safe function over reports) over a corpus with N threads and
 * measures reports/s, MB/s and per-report latency. The threads take the corpus in small chunks.
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

  /**
   * Measures each thread count {@code rounds} times after one unmeasured round each, the thread
   * counts interleaved (1, 2, 1, 2, ... for {@code [1, 2]}), so that whatever else the machine or
   * the JVM does (a compilation, a collection, another process) falls on every thread count alike
   * rather than on one of them; each result is the median round, with latency percentiles over all
   * rounds.
   */
  public List<ThroughputResult> measure(List<Integer> threadCounts, int rounds) {
    if (rounds < 1) {
      throw new IllegalArgumentException("rounds must be at least 1: " + rounds);
    }
    for (int threads : threadCounts) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1: " + threads);
      }
    }
    // one unmeasured round per thread count first, as JMH's warm-up iterations run at the measured
    // thread count: the first round after the single-threaded warm-up ran measurably slower
    for (int threads : threadCounts) {
      round(threads);
    }
    List<List<Round>> byCount = new ArrayList<>();
    threadCounts.forEach(t -> byCount.add(new ArrayList<>()));
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < threadCounts.size(); i++) {
        byCount.get(i).add(round(threadCounts.get(i)));
      }
    }
    List<ThroughputResult> out = new ArrayList<>();
    for (int i = 0; i < threadCounts.size(); i++) {
      out.add(summarise(threadCounts.get(i), byCount.get(i)));
    }
    return out;
  }

  /** The median of {@code rates}: the slower of the middle two for an even count. */
  public static double medianRate(List<Double> rates) {
    if (rates.isEmpty()) {
      throw new IllegalArgumentException("no rates to take the median of");
    }
    List<Double> sorted = new ArrayList<>(rates);
    Collections.sort(sorted);
    return sorted.get((sorted.size() - 1) / 2);
  }

  /** One timed pass over the corpus. */
  private record Round(
      double seconds,
      long cpuNanos,
      long gcMillis,
      long compileMillis,
      LatencyRecorder latencies) {}

  /** Milliseconds the collectors have spent so far, all of them together. */
  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, gc.getCollectionTime());
    }
    return sum;
  }

  /** Milliseconds the JIT compilers have spent so far, or 0 where that is not monitored. */
  private static long compileMillis() {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported()
        ? jit.getTotalCompilationTime()
        : 0;
  }

  private ThroughputResult summarise(int threads, List<Round> rounds) {
    LatencyRecorder all = new LatencyRecorder(corpus.size() * rounds.size());
    List<Double> rates = new ArrayList<>();
    for (Round r : rounds) {
      all.addAll(r.latencies());
      rates.add(corpus.size() / r.seconds());
    }
    Round median = rounds.get(rates.indexOf(medianRate(rates)));
    return new ThroughputResult(
        threads,
        corpus.size(),
        median.seconds(),
        corpus.size() / median.seconds(),
        bytes / 1e6 / median.seconds(),
        all.percentileMillis(50),
        all.percentileMillis(99),
        median.cpuNanos() / 1e6 / corpus.size(),
        median.gcMillis(),
        median.compileMillis(),
        rates);
  }

  private Round round(int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Slice>> parts = new ArrayList<>();
      long t0 = System.nanoTime();
      long gc0 = gcMillis();
      long jit0 = compileMillis();
      AtomicInteger next = new AtomicInteger();
      for (int t = 0; t < threads; t++) {
        parts.add(pool.submit(() -> runShare(next)));
      }
      LatencyRecorder all = new LatencyRecorder(corpus.size());
      long cpu = 0;
      for (Future<Slice> f : parts) {
        Slice s = f.get();
        all.addAll(s.latencies());
        cpu += s.cpuNanos();
      }
      return new Round(
          (System.nanoTime() - t0) / 1e9, cpu, gcMillis() - gc0, compileMillis() - jit0, all);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("bench interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the stage failed during the bench: " + e.getCause(), e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** One thread's share of a round: its latencies and the CPU time it used. */
  private record Slice(LatencyRecorder latencies, long cpuNanos) {}

  /** Reports a thread takes at a time: small enough that the threads finish together. */
  private static final int CHUNK = 32;

  /**
   * Takes chunks of the corpus until none is left, as a worker pool does: a thread that the system
   * holds up (a compilation, another process) does less of the round rather than making the others
   * wait for its fixed share at the end.
   */
  private Slice runShare(AtomicInteger next) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    boolean measureCpu = cpu.isCurrentThreadCpuTimeSupported();
    long cpu0 = measureCpu ? cpu.getCurrentThreadCpuTime() : 0;
    LatencyRecorder rec = new LatencyRecorder(corpus.size());
    int from;
    while ((from = next.getAndAdd(CHUNK)) < corpus.size()) {
      int to = Math.min(corpus.size(), from + CHUNK);
      for (int i = from; i < to; i++) {
        long s = System.nanoTime();
        stage.apply(corpus.get(i));
        rec.record(System.nanoTime() - s);
      }
    }
    return new Slice(rec, measureCpu ? cpu.getCurrentThreadCpuTime() - cpu0 : 0);
  }
}
