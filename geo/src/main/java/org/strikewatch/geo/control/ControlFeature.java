package org.strikewatch.geo.control;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * An area and who held it over a span of days.
 *
 * @param holder ISO alpha-2 of the side holding the area ("RU", "UA") or "CONTESTED"
 * @param validFrom first day held
 * @param validTo first day no longer held (exclusive), or null while still held
 * @param name what the feature is, for messages and listings
 */
public record ControlFeature(
    Geometry area, String holder, LocalDate validFrom, @Nullable LocalDate validTo, String name) {

  public ControlFeature {
    if (area == null || area.isEmpty()) {
      throw new IllegalArgumentException("control feature without area: " + name);
    }
    holder = checkHolder(holder);
    if (validFrom == null) {
      throw new IllegalArgumentException("validFrom is required: " + name);
    }
    if (validTo != null && !validTo.isAfter(validFrom)) {
      throw new IllegalArgumentException(
          "validTo " + validTo + " is not after validFrom " + validFrom + ": " + name);
    }
  }

  /** Whether the feature applies on this day. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
  }

  /** Normalises and checks a holder value: UA, RU (any ISO alpha-2) or CONTESTED. */
  public static String checkHolder(@Nullable String holder) {
    String h = holder == null ? "" : holder.trim().toUpperCase(java.util.Locale.ROOT);
    if (h.equals("CONTESTED") || h.matches("[A-Z]{2}")) {
      return h;
    }
    throw new IllegalArgumentException(
        "control status must be UA, RU or CONTESTED but was \"" + holder + "\"");
  }
}
