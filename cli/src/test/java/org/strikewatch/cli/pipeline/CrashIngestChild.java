package org.strikewatch.cli.pipeline;

import java.util.List;
import org.strikewatch.dedupe.BlockedLinkageDeduplicator;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.model.Report;
import org.strikewatch.store.JdbcStore;
import org.strikewatch.store.Stores;

/**
 * The child process of {@link CrashRecoveryTest}: ingests the test's reports into a database with a
 * deliberately slow extractor, so the parent can kill it part-way.
 */
public final class CrashIngestChild {

  private CrashIngestChild() {}

  public static void main(String[] args) {
    String db = args[0];
    int count = Integer.parseInt(args[1]);
    LineExtractor lines = new LineExtractor("crash-1");
    ReportExtractor slow =
        ReportExtractor.of(
            "crash-1",
            (Report r) -> {
              try {
                Thread.sleep(4);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              Extraction x = lines.extract(r);
              return x;
            });
    List<IncomingReport> reports = CrashRecoveryTest.reports(count);
    try (JdbcStore store = Stores.open(db)) {
      IngestPipeline p = new IngestPipeline(store, slow, new BlockedLinkageDeduplicator(), 40);
      reports.forEach(p::accept);
      System.out.println(p.finish().line());
    }
  }
}
