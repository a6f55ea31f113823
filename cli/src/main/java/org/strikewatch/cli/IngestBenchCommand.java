package org.strikewatch.cli;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.strikewatch.bench.corpus.CorpusGenerator;
import org.strikewatch.bench.corpus.CorpusOptions;
import org.strikewatch.bench.corpus.GeneratedReport;
import org.strikewatch.bench.corpus.TruthIncident;
import org.strikewatch.cli.pipeline.Extractors;
import org.strikewatch.cli.pipeline.IngestPipeline;
import org.strikewatch.cli.pipeline.IngestSummary;
import org.strikewatch.cli.pipeline.ReportExtractor;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.Incident;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.model.Place;
import org.strikewatch.model.PlacePrecision;
import org.strikewatch.model.PublishedSource;
import org.strikewatch.model.TimeSpan;
import org.strikewatch.store.JdbcStore;
import org.strikewatch.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code strikewatch bench-ingest}: reports per second through the store pipeline (store, extract,
 * de-duplicate) into a fresh database, for a generated corpus; then the same corpus again (all
 * duplicates).
 */
@Command(
    name = "bench-ingest",
    mixinStandardHelpOptions = true,
    description =
        "Measure ingest throughput (store, extract, de-duplicate) of a generated corpus into a"
            + " fresh database.")
public final class IngestBenchCommand implements Runnable {

  /** Which extraction stage to run. */
  enum Stage {
    standard,
    truth
  }

  @Option(names = "--reports", defaultValue = "20000", description = "Reports to generate.")
  int reports;

  @Option(names = "--seed", defaultValue = "1", description = "Corpus seed.")
  long seed;

  @Option(
      names = "--extractor",
      defaultValue = "standard",
      description =
          "standard: the real extractor; truth: the generator's ground truth as the extraction"
              + " (measures store and de-duplication alone).")
  Stage stage;

  @Option(
      names = "--db",
      description = "Database to create (default: a new SQLite file in a temporary folder).")
  @Nullable String db;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    if (reports < 1) {
      throw new UserError("--reports must be positive: " + reports);
    }
    PrintWriter out = spec.commandLine().getOut();
    CorpusGenerator generator = CorpusGenerator.withBuiltInPlaces(seed, CorpusOptions.mixed());
    List<IncomingReport> corpus = new ArrayList<>(reports);
    Map<String, GeneratedReport> byText = new HashMap<>();
    long chars = 0;
    for (int i = 0; i < reports; i++) {
      GeneratedReport g = generator.next();
      byText.put(g.text(), g);
      chars += g.text().length();
      corpus.add(
          IncomingReport.builder(g.text(), "generated:" + g.id())
              .source(g.source())
              .url(g.url())
              .published(g.published())
              .fetchedAt(Instant.parse("2025-01-01T00:00:00Z"))
              .build());
    }
    ReportExtractor extractor =
        stage == Stage.truth
            ? ReportExtractor.of("truth", r -> fromTruth(byText.get(r.text())))
            : Extractors.standard();
    String spec = db;
    if (spec == null) {
      try {
        spec = Files.createTempDirectory("strikewatch-bench").resolve("bench.db").toString();
      } catch (IOException e) {
        throw new UserError("cannot create a temporary folder: " + e.getMessage());
      }
    }
    out.printf(
        Locale.ROOT,
        "%d reports (%.1f MB of text), extractor %s, database %s%n",
        corpus.size(),
        chars / 1e6,
        extractor.version(),
        spec);
    try (JdbcStore store = Stores.open(spec)) {
      for (String pass : List.of("first", "again")) {
        OperatingSystemMXBean os =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long c0 = os.getProcessCpuTime();
        long tc0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        IngestPipeline pipeline = new IngestPipeline(store, extractor);
        corpus.forEach(pipeline::accept);
        IngestSummary s = pipeline.finish();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - c0) / 1e9;
        double writerCpu =
            (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - tc0) / 1e9;
        out.printf(
            Locale.ROOT,
            "%s pass: %.1f s wall, %.1f s CPU (%.1f s in the writing thread), %.0f reports/s (%.0f"
                + " reports per CPU-second); %s%n",
            pass,
            seconds,
            cpu,
            writerCpu,
            corpus.size() / seconds,
            corpus.size() / cpu,
            s.line());
        out.flush();
      }
    }
  }

  private static Extraction fromTruth(GeneratedReport g) {
    List<Incident> incidents = new ArrayList<>();
    for (TruthIncident t : g.truth()) {
      incidents.add(
          Incident.builder()
              .when(
                  new TimeSpan(
                      t.start(),
                      t.end(),
                      t.start().equals(t.end())
                          ? org.strikewatch.model.Precision.DAY
                          : org.strikewatch.model.Precision.DAYS,
                      null))
              .where(
                  Place.builder()
                      .name(t.place())
                      .coordinates(t.lat(), t.lon())
                      .precision(PlacePrecision.SETTLEMENT)
                      .gazetteerId("generated:" + t.place())
                      .build())
              .weapons(t.weapons())
              .launchedBy(t.launchedBy())
              .killed(t.killed() == null ? null : Estimate.exactly(t.killed()))
              .injured(t.injured() == null ? null : Estimate.exactly(t.injured()))
              .confidence(0.8)
              .build());
    }
    return new Extraction(
        g.language(),
        g.published(),
        PublishedSource.GIVEN,
        g.source(),
        incidents,
        List.of(),
        List.of());
  }
}
