package org.strikewatch.server;

import org.strikewatch.model.Extraction;

/**
 * The result of ingesting one report: its stored id, whether the same text was already stored, and
 * its extraction.
 */
public record IngestedReport(long reportId, boolean alreadyStored, Extraction extraction) {

  public IngestedReport {
    if (extraction == null) {
      throw new IllegalArgumentException("extraction is required");
    }
  }
}
