package org.strikewatch.store;

import java.util.Locale;

/** Where a stored report is in the pipeline. */
public enum ReportStatus {
  /** Committed, not yet extracted (or extraction was interrupted). */
  STORED,
  /** Extraction ran and its results are stored. */
  EXTRACTED,
  /** Extraction threw; the report is kept and the reason recorded. */
  FAILED;

  /** The lower-case code kept in the database. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a database code such as {@code "stored"}. */
  public static ReportStatus fromCode(String code) {
    for (ReportStatus s : values()) {
      if (s.code().equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown report status: " + code);
  }
}
