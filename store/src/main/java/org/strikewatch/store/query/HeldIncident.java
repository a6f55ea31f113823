package org.strikewatch.store.query;

import java.util.List;
import org.strikewatch.model.Incident;

/** An incident as the database holds it: its id, the merged fields, and the reports behind it. */
public record HeldIncident(long id, Incident incident, List<SourceRef> sources) {

  public HeldIncident {
    if (incident == null) {
      throw new IllegalArgumentException("incident is required");
    }
    sources = List.copyOf(sources);
  }
}
