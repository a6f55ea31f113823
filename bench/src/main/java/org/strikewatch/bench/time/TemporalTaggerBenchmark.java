package org.strikewatch.bench.time;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strikewatch.bench.corpus.CorpusGenerator;
import org.strikewatch.bench.corpus.CorpusOptions;
import org.strikewatch.bench.corpus.GeneratedReport;
import org.strikewatch.time.RuleBasedTemporalTagger;
import org.strikewatch.time.TemporalTagger;

/**
 * Single-thread throughput of {@link RuleBasedTemporalTagger} on generated reports: ~3 KB English
 * and ~2 KB Russian/Ukrainian. Usage: {@code java -cp cli/target/strikewatch.jar
 * org.strikewatch.bench.time.TemporalTaggerBenchmark [seconds]}.
 */
public final class TemporalTaggerBenchmark {

  private TemporalTaggerBenchmark() {}

  /** Runs the measurement and prints one line per corpus. */
  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    TemporalTagger tagger = new RuleBasedTemporalTagger();
    measure("English ~3 KB", tagger, corpus(CorpusOptions.english(3000)), seconds);
    measure("Russian/Ukrainian ~2 KB", tagger, corpus(CorpusOptions.slavic(2000)), seconds);
  }

  private static List<GeneratedReport> corpus(CorpusOptions options) {
    CorpusGenerator gen = CorpusGenerator.withBuiltInPlaces(42L, options);
    List<GeneratedReport> out = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      out.add(gen.next());
    }
    return out;
  }

  private static void measure(
      String name, TemporalTagger tagger, List<GeneratedReport> docs, double seconds) {
    long chars = 0;
    for (GeneratedReport d : docs) {
      chars += d.text().length();
    }
    run(tagger, docs, (long) (seconds * 0.5e9)); // warm-up
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long cpu0 = mx.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long[] counts = run(tagger, docs, (long) (seconds * 1e9));
    double wall = (System.nanoTime() - start) / 1e9;
    // CPU time of this thread: the machine is shared, so wall time overstates the cost
    double elapsed = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
    long n = counts[0];
    System.out.printf(
        Locale.ROOT,
        "%-24s %,10.0f docs/s  %,10.0f mentions/s  %6.1f MB/s per CPU-second"
            + " (avg %d chars/doc; %,.0f docs/s wall)%n",
        name,
        n / elapsed,
        counts[1] / elapsed,
        n * (double) chars / docs.size() / elapsed / 1e6,
        chars / docs.size(),
        n / wall);
  }

  private static long[] run(TemporalTagger tagger, List<GeneratedReport> docs, long nanos) {
    long deadline = System.nanoTime() + nanos;
    long n = 0;
    long mentions = 0;
    while (System.nanoTime() < deadline) {
      for (GeneratedReport d : docs) {
        mentions += tagger.tag(d.text(), d.language(), d.published()).size();
        n++;
      }
    }
    return new long[] {n, mentions};
  }
}
