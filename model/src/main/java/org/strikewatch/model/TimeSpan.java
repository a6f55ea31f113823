package org.strikewatch.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An inclusive date interval with its precision and the expression it came from. Unresolved spans
 * have null dates and precision {@link Precision#UNKNOWN}.
 */
public record TimeSpan(
    @Nullable LocalDate start,
    @Nullable LocalDate end,
    Precision precision,
    @Nullable String text) {

  public TimeSpan {
    if (precision == null) {
      throw new IllegalArgumentException("precision is required");
    }
    if ((start == null) != (end == null)) {
      throw new IllegalArgumentException("start and end must both be set or both be null");
    }
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("time span ends before it starts: " + start + ".." + end);
    }
  }

  /** A span that could not be resolved to dates. */
  public static TimeSpan unresolved(@Nullable String text) {
    return new TimeSpan(null, null, Precision.UNKNOWN, text);
  }

  /** A single day. */
  public static TimeSpan day(LocalDate day, @Nullable String text) {
    return new TimeSpan(day, day, Precision.DAY, text);
  }

  /** True when both dates are known. */
  public boolean isResolved() {
    return start != null;
  }

  /** True when the two spans share at least one day; unresolved spans overlap nothing. */
  public boolean overlaps(TimeSpan other) {
    if (start == null || end == null || other.start == null || other.end == null) {
      return false;
    }
    return !end.isBefore(other.start) && !other.end.isBefore(start);
  }
}
