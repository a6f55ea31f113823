package org.strikewatch.server;

import org.strikewatch.model.IncomingReport;

/**
 * Stores one report and runs extraction (and de-duplication) over it. The server takes this as an
 * interface so it depends on the model and the store only; the application wires in the pipeline.
 */
@FunctionalInterface
public interface ReportIngestor {

  /** Stores and extracts the report; throws IllegalArgumentException for a bad report. */
  IngestedReport ingest(IncomingReport report);
}
