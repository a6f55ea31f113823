package org.strikewatch.geo;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Facts about a point: country, first-level division, who controlled it, border distance. */
public interface Geography {

  /**
   * Describes the point.
   *
   * @param on the date control is asked for; null means today
   * @throws IllegalArgumentException when a coordinate is out of range
   */
  PointInfo describe(double lat, double lon, @Nullable LocalDate on);
}
