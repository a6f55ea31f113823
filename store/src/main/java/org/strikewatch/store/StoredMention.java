package org.strikewatch.store;

import org.jspecify.annotations.Nullable;
import org.strikewatch.model.Incident;

/**
 * One incident as one report states it: the report, the position in that report's extraction, the
 * report key (its content hash, stable whatever order reports arrive in) and the canonical incident
 * it currently belongs to, if de-duplication has run.
 */
public record StoredMention(
    long id,
    long reportId,
    int index,
    String reportKey,
    @Nullable Long incidentId,
    Incident incident) {

  public StoredMention {
    if (index < 0) {
      throw new IllegalArgumentException("mention index is negative: " + index);
    }
    if (reportKey == null || reportKey.isBlank()) {
      throw new IllegalArgumentException("report key is required");
    }
    if (incident == null) {
      throw new IllegalArgumentException("incident is required");
    }
  }
}
