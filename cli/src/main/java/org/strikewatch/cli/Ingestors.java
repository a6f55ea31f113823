package org.strikewatch.cli;

import org.jspecify.annotations.Nullable;
import org.strikewatch.server.ReportIngestor;

/**
 * Builds the ingest step the server's POST /api/reports calls: store the report, extract, dedupe,
 * through the same pipeline as {@code strikewatch ingest}.
 */
final class Ingestors {
  private Ingestors() {}

  /** The pipeline writing into the database {@code spec}, or null when none is available. */
  static @Nullable ReportIngestor forDatabase(String spec) {
    return null;
  }
}
