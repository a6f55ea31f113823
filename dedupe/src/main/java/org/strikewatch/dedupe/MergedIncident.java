package org.strikewatch.dedupe;

import java.util.List;
import org.strikewatch.model.Incident;

/**
 * One strike as merged from all its sources: the canonical incident, the mentions it came from (in
 * id order), the links that joined them and the fields the sources disagree on.
 */
public record MergedIncident(
    Incident canonical,
    List<MentionId> sources,
    List<Link> links,
    List<Disagreement> disagreements) {

  public MergedIncident {
    if (canonical == null) {
      throw new IllegalArgumentException("canonical incident is required");
    }
    sources = List.copyOf(sources);
    links = List.copyOf(links);
    disagreements = List.copyOf(disagreements);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("a merged incident needs at least one source");
    }
  }
}
