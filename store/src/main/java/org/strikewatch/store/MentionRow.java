package org.strikewatch.store;

import org.jspecify.annotations.Nullable;
import org.strikewatch.model.Incident;

/**
 * A mention to write: one incident of a report's stored extraction, its contract JSON, and the
 * canonical incident it belongs to when de-duplication has assigned it already.
 */
public record MentionRow(
    long reportId,
    long extractionId,
    int index,
    String reportKey,
    @Nullable Long incidentId,
    Incident incident,
    String json) {

  public MentionRow {
    if (index < 0) {
      throw new IllegalArgumentException("mention index is negative: " + index);
    }
    if (reportKey == null || reportKey.isBlank()) {
      throw new IllegalArgumentException("report key is required");
    }
    if (incident == null || json == null) {
      throw new IllegalArgumentException("incident and its JSON are required");
    }
  }

  /** The same mention, assigned to an incident. */
  public MentionRow withIncident(@Nullable Long incident) {
    return new MentionRow(reportId, extractionId, index, reportKey, incident, this.incident, json);
  }
}
