package org.strikewatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.strikewatch.bench.corpus.CorpusGenerator;
import org.strikewatch.bench.corpus.CorpusOptions;
import org.strikewatch.bench.corpus.GeneratedReport;
import org.strikewatch.cli.pipeline.Extractors;
import org.strikewatch.cli.pipeline.IngestPipeline;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.store.JdbcStore;
import org.strikewatch.store.Stores;

/**
 * End-to-end ingest rate: generated reports through the real pipeline (store first, extract,
 * de-duplicate) into a fresh embedded SQLite database in a temporary directory, after a warm-up
 * ingest of other generated reports into another fresh database (so the store and de-duplication
 * code is compiled, as in a long ingest, the way the extraction figures are taken after a warm-up).
 * The warm-up goes on in steps of {@value #WARM_UP_STEP} reports (or as many as are measured, if
 * fewer), at most {@value #WARM_UP_STEPS}, while the JIT compilers still spend more than 2% of a
 * step's time compiling: they run on the same two cores as the pipeline's threads. In practice the
 * ten steps are always taken: C2 keeps compiling (and, after deoptimisations, re-compiling) the
 * de-duplication's long per-batch methods through on-stack replacement, about a second of compile
 * time per thousand reports, and the rate still climbs from about 60% of its steady state after
 * 3,000 reports to about 95% after 10,000. The measured time includes creating and migrating the
 * database and closing it.
 */
final class IngestBench {

  private IngestBench() {}

  /** Reports per warm-up step. */
  static final int WARM_UP_STEP = 1_000;

  /** At most this many warm-up steps. */
  static final int WARM_UP_STEPS = 10;

  /**
   * Ingests {@code reports} generated reports of the kind {@code options} describes {@code rounds}
   * times, each time into a fresh database, after a warm-up, and returns each round's reports per
   * second, in the order run.
   */
  static List<Double> run(int reports, int rounds, long seed, CorpusOptions options) {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    boolean watchJit = jit != null && jit.isCompilationTimeMonitoringSupported();
    int step = Math.min(reports, WARM_UP_STEP);
    for (int k = 0; k < WARM_UP_STEPS; k++) {
      long compiled = watchJit ? jit.getTotalCompilationTime() : 0;
      double rate = ingest(step, seed + 1_000_003 + k, options);
      double stepMillis = step / rate * 1000;
      if (!watchJit || jit.getTotalCompilationTime() - compiled <= 0.02 * stepMillis) {
        break;
      }
    }
    List<Double> rates = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      rates.add(ingest(reports, seed + r, options));
    }
    return rates;
  }

  private static double ingest(int reports, long seed, CorpusOptions options) {
    Path dir;
    try {
      dir = Files.createTempDirectory("strikewatch-ingest-bench");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory: " + e.getMessage(), e);
    }
    try {
      CorpusGenerator g = CorpusGenerator.withBuiltInPlaces(seed + 1, options);
      GeneratedReport[] corpus = new GeneratedReport[reports];
      for (int i = 0; i < reports; i++) {
        corpus[i] = g.next();
      }
      long t0 = System.nanoTime();
      try (JdbcStore store = Stores.open(dir.resolve("bench.db").toString())) {
        IngestPipeline pipeline = new IngestPipeline(store, Extractors.standard());
        for (GeneratedReport r : corpus) {
          pipeline.accept(
              IncomingReport.builder(r.text(), "bench:" + r.id())
                  .source(r.source())
                  .url(r.url())
                  .published(r.published())
                  .fetchedAt(Instant.now())
                  .build());
        }
        pipeline.finish();
      }
      return reports / ((System.nanoTime() - t0) / 1e9);
    } finally {
      deleteQuietly(dir);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is not worth failing the benchmark for
    }
  }
}
