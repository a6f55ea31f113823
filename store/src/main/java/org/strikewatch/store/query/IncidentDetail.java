package org.strikewatch.store.query;

import java.util.List;

/**
 * An incident with the reports behind it, each report's own version of it (with evidence quotes),
 * and how it was merged.
 */
public record IncidentDetail(
    HeldIncident held, List<MentionView> mentions, List<HistoryEntry> history) {

  public IncidentDetail {
    mentions = List.copyOf(mentions);
    history = List.copyOf(history);
  }
}
