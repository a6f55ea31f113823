package org.strikewatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
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
 * The measured time includes creating and migrating the database and closing it.
 */
final class IngestBench {

  private IngestBench() {}

  /** Reports in the warm-up ingest. */
  static final int WARM_UP_REPORTS = 1_000;

  /**
   * Ingests {@code reports} generated reports of the kind {@code options} describes (after a
   * warm-up) and returns reports per second.
   */
  static double run(int reports, long seed, CorpusOptions options) {
    ingest(Math.min(reports, WARM_UP_REPORTS), seed + 1_000_003, options);
    return ingest(reports, seed, options);
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
