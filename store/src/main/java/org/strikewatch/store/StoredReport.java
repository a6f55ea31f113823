package org.strikewatch.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.model.Report;

/**
 * A report as the store keeps it: its id and content hash, the report exactly as received, when it
 * was stored, its pipeline status (with the failure reason, if any), the version of the extractor
 * that last ran over it, and the id of the earlier version with the same URL.
 */
public record StoredReport(
    long id,
    String contentHash,
    IncomingReport received,
    Instant storedAt,
    ReportStatus status,
    @Nullable String statusDetail,
    @Nullable String extractorVersion,
    @Nullable Long previousVersionId) {

  public StoredReport {
    if (contentHash == null || contentHash.isBlank()) {
      throw new IllegalArgumentException("content hash is required");
    }
    if (received == null || storedAt == null || status == null) {
      throw new IllegalArgumentException("received report, storedAt and status are required");
    }
  }

  /** The extraction input for this report. */
  public Report toReport() {
    return received.toReport();
  }
}
