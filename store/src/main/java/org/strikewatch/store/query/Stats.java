package org.strikewatch.store.query;

import java.util.List;

/** The answer to a stats question: the request, the filter and the rows, in bucket order. */
public record Stats(StatsRequest request, IncidentFilter filter, List<StatsRow> rows) {

  public Stats {
    rows = List.copyOf(rows);
  }

  /** Total incidents over all rows. */
  public long totalIncidents() {
    return rows.stream().mapToLong(StatsRow::incidents).sum();
  }
}
