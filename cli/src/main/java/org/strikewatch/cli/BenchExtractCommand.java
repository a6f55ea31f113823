package org.strikewatch.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strikewatch.bench.corpus.CorpusGenerator;
import org.strikewatch.bench.corpus.CorpusOptions;
import org.strikewatch.bench.corpus.GeneratedReport;
import org.strikewatch.extract.IncidentExtractor;
import org.strikewatch.model.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code strikewatch bench extract}: single-thread throughput of full extraction (language,
 * normalisation, time, places, geography, assembly) on generated ~3 KB English and ~2 KB
 * Russian/Ukrainian reports.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Time full extraction on one thread over generated EN and RU/UK reports.")
public final class BenchExtractCommand implements Runnable {

  @Option(
      names = "--seconds",
      defaultValue = "10",
      description = "Measured seconds per corpus, after half as long of warm-up (default 10).")
  double seconds;

  @Option(
      names = "--reports",
      defaultValue = "2000",
      description = "Generated reports per corpus (default 2000).")
  int reports;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    if (seconds <= 0 || reports <= 0) {
      throw new UserError("--seconds and --reports must be positive");
    }
    IncidentExtractor extractor = Extractors.fromData();
    PrintWriter out = spec.commandLine().getOut();
    measure(out, "English ~3 KB", extractor, corpus(CorpusOptions.english(3000)));
    measure(out, "Russian/Ukrainian ~2 KB", extractor, corpus(CorpusOptions.slavic(2000)));
    out.flush();
  }

  private List<Report> corpus(CorpusOptions options) {
    CorpusGenerator gen = CorpusGenerator.withBuiltInPlaces(42L, options);
    List<Report> out = new ArrayList<>();
    for (int i = 0; i < reports; i++) {
      GeneratedReport g = gen.next();
      out.add(Report.builder(g.text()).published(g.published()).build());
    }
    return out;
  }

  private void measure(PrintWriter out, String name, IncidentExtractor x, List<Report> docs) {
    long chars = 0;
    for (Report d : docs) {
      chars += d.text().length();
    }
    run(x, docs, (long) (seconds * 0.5e9));
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long cpu0 = mx.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long[] counts = run(x, docs, (long) (seconds * 1e9));
    double wall = (System.nanoTime() - start) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
    out.printf(
        Locale.ROOT,
        "%-24s %,8.0f reports per CPU-second  %,8.0f reports/s wall  %.2f incidents/report"
            + "  (avg %d chars/report, %,d reports)%n",
        name,
        counts[0] / cpu,
        counts[0] / wall,
        counts[1] / (double) counts[0],
        chars / docs.size(),
        counts[0]);
    out.flush();
  }

  private static long[] run(IncidentExtractor x, List<Report> docs, long nanos) {
    long deadline = System.nanoTime() + nanos;
    long n = 0;
    long incidents = 0;
    while (System.nanoTime() < deadline) {
      for (Report d : docs) {
        incidents += x.extract(d).incidents().size();
        n++;
        if ((n & 63) == 0 && System.nanoTime() >= deadline) {
          return new long[] {n, incidents};
        }
      }
    }
    return new long[] {n, incidents};
  }
}
