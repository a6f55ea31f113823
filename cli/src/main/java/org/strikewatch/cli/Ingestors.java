package org.strikewatch.cli;

import org.jspecify.annotations.Nullable;
import org.strikewatch.cli.pipeline.Extractors;
import org.strikewatch.cli.pipeline.IngestPipeline;
import org.strikewatch.cli.pipeline.ReportExtractor;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.server.IngestFailedException;
import org.strikewatch.server.IngestedReport;
import org.strikewatch.server.ReportIngestor;
import org.strikewatch.store.JdbcStore;
import org.strikewatch.store.StoredExtraction;
import org.strikewatch.store.StoredReport;
import org.strikewatch.store.Stores;

/**
 * Builds the ingest step the server's POST /api/reports calls: store the report, extract, dedupe,
 * through the same pipeline as {@code strikewatch ingest}.
 */
final class Ingestors {
  private Ingestors() {}

  /**
   * The pipeline writing into the database {@code spec}; null (with the reason on stderr) when the
   * extractor is not available, so the server runs read-only.
   */
  static @Nullable ReportIngestor forDatabase(String spec) {
    ReportExtractor extractor;
    try {
      extractor = Extractors.standard();
    } catch (UserError | IllegalStateException e) {
      System.err.println("strikewatch: POST /api/reports disabled: " + e.getMessage());
      return null;
    }
    return new PipelineIngestor(Stores.open(spec), extractor);
  }

  /** One report at a time through the ingest pipeline (which is not thread-safe). */
  static final class PipelineIngestor implements ReportIngestor, AutoCloseable {
    private final JdbcStore store;
    private final IngestPipeline pipeline;

    PipelineIngestor(JdbcStore store, ReportExtractor extractor) {
      this.store = store;
      this.pipeline = new IngestPipeline(store, extractor);
    }

    @Override
    public synchronized IngestedReport ingest(IncomingReport report) {
      String hash = JdbcStore.contentHash(report.text());
      boolean already = store.reportByHash(hash).isPresent();
      pipeline.accept(report);
      pipeline.flush();
      StoredReport stored =
          store
              .reportByHash(hash)
              .orElseThrow(() -> new IllegalStateException("report was not stored: " + hash));
      Extraction extraction =
          store
              .latestExtraction(stored.id())
              .map(StoredExtraction::extraction)
              .orElseThrow(
                  () ->
                      new IngestFailedException(
                          stored.id(),
                          stored.statusDetail() == null
                              ? "no extraction stored"
                              : stored.statusDetail()));
      return new IngestedReport(stored.id(), already, extraction);
    }

    @Override
    public synchronized void close() {
      store.close();
    }
  }
}
