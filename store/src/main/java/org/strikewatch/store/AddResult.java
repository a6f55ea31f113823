package org.strikewatch.store;

import org.jspecify.annotations.Nullable;

/**
 * What happened when a report was offered to the store: stored as new, stored as a new version of
 * an earlier report with the same URL, or recognised as a duplicate of a stored report (same
 * content hash), in which case {@code reportId} is the stored one. {@code contentHash} is the
 * report's content hash, so callers need not compute it again.
 */
public record AddResult(
    long reportId, String contentHash, Outcome outcome, @Nullable Long previousVersionId) {

  /** The three outcomes of adding a report. */
  public enum Outcome {
    NEW,
    NEW_VERSION,
    DUPLICATE
  }

  public AddResult {
    if (contentHash == null || contentHash.isBlank()) {
      throw new IllegalArgumentException("content hash is required");
    }
    if (outcome == null) {
      throw new IllegalArgumentException("outcome is required");
    }
    if ((outcome == Outcome.NEW_VERSION) != (previousVersionId != null)) {
      throw new IllegalArgumentException(
          "previousVersionId must be set exactly for NEW_VERSION: " + outcome);
    }
  }

  /** True when the report was not stored before. */
  public boolean isNew() {
    return outcome != Outcome.DUPLICATE;
  }
}
