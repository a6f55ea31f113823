package org.strikewatch.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strikewatch.bench.HeapWatcher;
import org.strikewatch.bench.ThroughputBench;
import org.strikewatch.bench.ThroughputResult;
import org.strikewatch.bench.corpus.CorpusGenerator;
import org.strikewatch.bench.corpus.CorpusOptions;
import org.strikewatch.bench.corpus.GeneratedReport;
import org.strikewatch.extract.IncidentExtractor;
import org.strikewatch.model.Report;
import org.strikewatch.model.json.ExtractionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code strikewatch bench}: full-extraction throughput per thread count, latency percentiles,
 * start-up time to the first extraction, peak live heap, and the end-to-end ingest rate.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure extraction throughput, latency, start-up, heap and ingest rate.",
    subcommands = {
      BenchSeedDbCommand.class,
      BenchQueriesCommand.class,
      BenchGeoparseCommand.class,
      BenchExtractCommand.class,
      BenchJmhCommand.class
    })
public final class BenchCommand implements Runnable {

  @Option(names = "--reports", defaultValue = "20000", description = "Reports in the corpus.")
  int reports;

  @Option(
      names = "--threads",
      split = ",",
      defaultValue = "1,2",
      description = "Thread counts to measure, e.g. 1,2.")
  List<Integer> threads = new ArrayList<>();

  @Option(names = "--mix", defaultValue = "en", description = "Corpus: en, slavic or mixed.")
  GenerateCommand.Mix mix;

  @Option(
      names = "--chars",
      description = "Report length in characters (default 3000 for en, 2000 for slavic).")
  Integer chars;

  @Option(names = "--seed", defaultValue = "1", description = "Corpus seed.")
  long seed;

  @Option(
      names = "--ingest-reports",
      defaultValue = "5000",
      description =
          "Reports of the same kind (--mix, --chars) for the end-to-end ingest measurement"
              + " (0 to skip).")
  int ingestReports;

  @Option(
      names = "--rounds",
      defaultValue = "3",
      description =
          "Timed rounds per thread count (interleaved) and of the ingest; the median counts.")
  int rounds;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Override
  public void run() {
    if (reports < 1) {
      throw new UserError("--reports must be at least 1: " + reports);
    }
    if (rounds < 1 || rounds > 99) {
      throw new UserError("--rounds must be between 1 and 99: " + rounds);
    }
    for (int t : threads) {
      if (t < 1 || t > 256) {
        throw new UserError("--threads must be between 1 and 256: " + t);
      }
    }
    try (HeapWatcher heap = new HeapWatcher()) {
      // Start-up: from JVM start to the first extraction, gazetteer load included.
      IncidentExtractor extractor = Extractors.fromData();
      extractor.extract(Report.builder("Russian drones struck Kharkiv yesterday.").build());
      double startup =
          (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime())
              / 1000.0;

      List<Report> corpus = corpus();
      ThroughputBench bench = new ThroughputBench(extractor::extract, corpus);
      // at least one pass (three over a small corpus), then on until the JIT has settled, at most
      // five passes in all
      int passes = corpus.size() > 4000 ? 1 : 3;
      bench.warmUpUntilCompiled(passes, passes + 4);
      heap.checkpoint();
      List<ThroughputResult> results = bench.measure(threads, rounds);
      List<Double> ingestRates =
          ingestReports > 0
              ? IngestBench.run(ingestReports, rounds, seed, corpusOptions())
              : List.of();
      double peak = heap.peakLiveMb();
      print(startup, results, peak, ingestRates);
    }
  }

  /** The kind of report measured, for both the extraction and the ingest figures. */
  private CorpusOptions corpusOptions() {
    return switch (mix) {
      case en -> CorpusOptions.english(chars == null ? 3000 : chars);
      case slavic -> CorpusOptions.slavic(chars == null ? 2000 : chars);
      case mixed -> CorpusOptions.mixed();
    };
  }

  private List<Report> corpus() {
    CorpusGenerator g = CorpusGenerator.withBuiltInPlaces(seed, corpusOptions());
    List<Report> out = new ArrayList<>(reports);
    for (int i = 0; i < reports; i++) {
      GeneratedReport r = g.next();
      out.add(r.toReport());
    }
    return out;
  }

  private void print(
      double startup, List<ThroughputResult> results, double peakMb, List<Double> ingestRates) {
    ThroughputResult one = find(results, 1);
    ThroughputResult two = find(results, 2);
    double p99 = results.stream().mapToDouble(ThroughputResult::p99Millis).max().orElse(0);
    double ingestRate = ingestRates.isEmpty() ? 0 : ThroughputBench.medianRate(ingestRates);
    if (json) {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      o.put("reportsPerSecond1Thread", one == null ? null : round(one.reportsPerSecond()));
      o.put("reportsPerSecond2Threads", two == null ? null : round(two.reportsPerSecond()));
      o.put("p99Millis", round(p99));
      o.put("startupSeconds", round(startup));
      o.put("peakHeapMb", round(peakMb));
      o.put("ingestReportsPerSecond", round(ingestRate));
      o.put(
          "speedup2Threads",
          one == null || two == null
              ? null
              : round(two.reportsPerSecond() / one.reportsPerSecond()));
      o.put("reports", reports);
      o.put("corpus", mix.name());
      o.put("rounds", rounds);
      var runs = o.putArray("runs");
      for (ThroughputResult r : results) {
        ObjectNode n = runs.addObject();
        n.put("threads", r.threads());
        n.put("reportsPerSecond", round(r.reportsPerSecond()));
        n.put("megabytesPerSecond", round(r.megabytesPerSecond()));
        n.put("p50Millis", round(r.p50Millis()));
        n.put("p99Millis", round(r.p99Millis()));
        n.put("cpuMillisPerReport", round3(r.cpuMillisPerReport()));
        n.put("gcMillis", r.gcMillis());
        n.put("compileMillis", r.compileMillis());
        var each = n.putArray("roundReportsPerSecond");
        r.roundReportsPerSecond().forEach(v -> each.add(round(v)));
      }
      var ingest = o.putArray("ingestRoundReportsPerSecond");
      ingestRates.forEach(v -> ingest.add(round(v)));
      System.out.println(ExtractionJson.compact(o));
      return;
    }
    System.out.printf(Locale.ROOT, "corpus: %d %s reports%n", reports, mix);
    System.out.printf(Locale.ROOT, "start-up to first extraction: %.2f s%n", startup);
    System.out.printf(
        Locale.ROOT,
        "%8s %12s %8s %9s %9s %12s %7s %7s  %s%n",
        "threads",
        "reports/s",
        "MB/s",
        "p50 ms",
        "p99 ms",
        "CPU ms/rep",
        "GC ms",
        "JIT ms",
        "rounds (reports/s)");
    for (ThroughputResult r : results) {
      System.out.printf(
          Locale.ROOT,
          "%8d %12.0f %8.2f %9.3f %9.3f %12.3f %7d %7d  %s%n",
          r.threads(),
          r.reportsPerSecond(),
          r.megabytesPerSecond(),
          r.p50Millis(),
          r.p99Millis(),
          r.cpuMillisPerReport(),
          r.gcMillis(),
          r.compileMillis(),
          joined(r.roundReportsPerSecond()));
    }
    if (one != null && two != null) {
      System.out.printf(
          Locale.ROOT,
          "2 threads / 1 thread: %.2fx%n",
          two.reportsPerSecond() / one.reportsPerSecond());
    }
    System.out.printf(Locale.ROOT, "peak live heap: %.0f MB%n", peakMb);
    if (!ingestRates.isEmpty()) {
      System.out.printf(
          Locale.ROOT,
          "ingest end-to-end (SQLite): %.0f reports/s (rounds: %s)%n",
          ingestRate,
          joined(ingestRates));
    }
  }

  private static String joined(List<Double> rates) {
    StringBuilder b = new StringBuilder();
    for (double v : rates) {
      b.append(b.length() == 0 ? "" : ", ").append(Math.round(v));
    }
    return b.toString();
  }

  private static ThroughputResult find(List<ThroughputResult> results, int threads) {
    return results.stream().filter(r -> r.threads() == threads).findFirst().orElse(null);
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static double round3(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
