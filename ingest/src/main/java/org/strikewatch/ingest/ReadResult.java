package org.strikewatch.ingest;

import org.jspecify.annotations.Nullable;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.model.Rejection;

/**
 * One outcome of reading a source: a report, a rejection (bad input, kept for the quarantine), or
 * an item passed over on purpose (a Telegram service message, a post with only a photo), with its
 * reason so the count shows up in summaries.
 */
public sealed interface ReadResult {

  /** Where the item came from. */
  String origin();

  /** A report read successfully. */
  static ReadResult of(IncomingReport report) {
    return new Read(report);
  }

  /** Input that could not be read. */
  static ReadResult rejected(String origin, String reason, @Nullable String excerpt) {
    return new Rejected(new Rejection(origin, reason, excerpt));
  }

  /** A report. */
  record Read(IncomingReport report) implements ReadResult {
    public Read {
      if (report == null) {
        throw new IllegalArgumentException("report is required");
      }
    }

    @Override
    public String origin() {
      return report.origin();
    }
  }

  /** Input that could not be read; it goes to the quarantine. */
  record Rejected(Rejection rejection) implements ReadResult {
    public Rejected {
      if (rejection == null) {
        throw new IllegalArgumentException("rejection is required");
      }
    }

    @Override
    public String origin() {
      return rejection.origin();
    }
  }

  /** An item that is not a report and not an error, passed over with its reason. */
  record Skipped(String origin, String reason) implements ReadResult {
    public Skipped {
      if (origin == null || origin.isBlank()) {
        throw new IllegalArgumentException("skipped item origin is required");
      }
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("skip reason is required");
      }
    }
  }
}
