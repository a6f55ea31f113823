package org.strikewatch.store;

import java.time.Instant;
import org.strikewatch.model.Incident;

/** A canonical incident as stored, with its id and when it was created and last changed. */
public record StoredIncident(
    long id,
    Incident incident,
    int sourceCount,
    String provenanceJson,
    Instant createdAt,
    Instant updatedAt) {

  public StoredIncident {
    if (incident == null || provenanceJson == null || createdAt == null || updatedAt == null) {
      throw new IllegalArgumentException("incident, provenance and times are required");
    }
  }
}
