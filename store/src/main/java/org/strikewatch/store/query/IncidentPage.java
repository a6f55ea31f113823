package org.strikewatch.store.query;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One page of incidents and the cursor for the next page (absent on the last page). */
public record IncidentPage(List<HeldIncident> items, @Nullable String nextCursor) {

  public IncidentPage {
    items = List.copyOf(items);
  }

  /** The cursor to pass for the next page, if there is one. */
  public Optional<String> next() {
    return Optional.ofNullable(nextCursor);
  }
}
