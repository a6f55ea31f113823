package org.strikewatch.store;

import org.strikewatch.model.Incident;

/**
 * A merged incident to write: the canonical values, how many reports support it, and a JSON
 * document (written by de-duplication) with the merge reasons and the disagreements between
 * sources.
 */
public record CanonicalIncident(Incident incident, int sourceCount, String provenanceJson) {

  public CanonicalIncident {
    if (incident == null) {
      throw new IllegalArgumentException("incident is required");
    }
    if (sourceCount < 1) {
      throw new IllegalArgumentException("source count must be positive: " + sourceCount);
    }
    if (provenanceJson == null || provenanceJson.isBlank()) {
      throw new IllegalArgumentException("provenance JSON is required");
    }
  }
}
