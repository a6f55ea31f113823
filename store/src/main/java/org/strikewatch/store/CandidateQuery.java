package org.strikewatch.store;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which stored mentions might describe the same strike as a new one: those whose span starts
 * between {@code startFrom} and {@code startTo} and that lie in one of the {@code cells} (see
 * {@link GridCell}) or, when {@code admin1} is given, in that first-level division.
 */
public record CandidateQuery(
    LocalDate startFrom, LocalDate startTo, Set<Long> cells, @Nullable String admin1) {

  public CandidateQuery {
    if (startFrom == null || startTo == null) {
      throw new IllegalArgumentException("candidate date window is required");
    }
    if (startTo.isBefore(startFrom)) {
      throw new IllegalArgumentException(
          "candidate date window ends before it starts: " + startFrom + ".." + startTo);
    }
    cells = Set.copyOf(cells);
  }
}
