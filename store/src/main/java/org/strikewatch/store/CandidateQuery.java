package org.strikewatch.store;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which stored mentions might describe the same strike as a new one: those whose time span, at most
 * {@code maxSpanDays} wide, overlaps {@code start..end}, and that lie in one of the {@code cells}
 * (see {@link GridCell}; inside {@code box} when given) or, when {@code admin1} is given, in that
 * first-level division (only those known just to region precision when {@code admin1RegionOnly}).
 */
public record CandidateQuery(
    LocalDate start,
    LocalDate end,
    int maxSpanDays,
    Set<Long> cells,
    @Nullable Box box,
    @Nullable String admin1,
    boolean admin1RegionOnly) {

  /** A latitude/longitude rectangle, bounds inclusive. */
  public record Box(double minLat, double maxLat, double minLon, double maxLon) {
    public Box {
      if (maxLat < minLat || maxLon < minLon) {
        throw new IllegalArgumentException(
            "empty box: " + minLat + ".." + maxLat + ", " + minLon + ".." + maxLon);
      }
    }
  }

  public CandidateQuery {
    if (start == null || end == null) {
      throw new IllegalArgumentException("candidate time span is required");
    }
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "candidate time span ends before it starts: " + start + ".." + end);
    }
    if (maxSpanDays < 1) {
      throw new IllegalArgumentException("maxSpanDays must be positive: " + maxSpanDays);
    }
    cells = Set.copyOf(cells);
  }

  /** The earliest start date a stored span can have and still overlap. */
  public LocalDate earliestStart() {
    return start.minusDays(maxSpanDays - 1L);
  }
}
