package org.strikewatch.store.query;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.Weapon;

/**
 * Which incidents a question is about. Every field is optional; set fields combine with AND.
 *
 * <ul>
 *   <li>{@code from}/{@code to}: the incident's first day falls in [from, to] (inclusive);
 *       incidents with unresolved dates are left out as soon as either bound is set.
 *   <li>{@code country}/{@code admin1}: exact match (admin1 case-insensitive) on the impact place.
 *   <li>{@code near}/{@code bbox}: the impact point lies inside; places without coordinates are
 *       left out.
 *   <li>{@code weapons}: the incident has at least one of these weapons.
 *   <li>{@code source}: at least one report behind the incident comes from this source
 *       (case-insensitive).
 *   <li>{@code text}: the place name or mention, the weapon words, or a source report's text
 *       contains this (case-insensitive).
 * </ul>
 */
public record IncidentFilter(
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    @Nullable String country,
    @Nullable String admin1,
    @Nullable Circle near,
    @Nullable BoundingBox bbox,
    Set<Weapon> weapons,
    @Nullable String launchedBy,
    @Nullable Boolean ownTerritory,
    @Nullable Integer minKilled,
    @Nullable String source,
    @Nullable String text) {

  /** A filter that keeps every incident. */
  public static final IncidentFilter ALL = builder().build();

  public IncidentFilter {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
    if (country != null && !country.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("country is not an ISO 3166-1 alpha-2 code: " + country);
    }
    if (launchedBy != null && !launchedBy.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException(
          "launchedBy is not an ISO 3166-1 alpha-2 code: " + launchedBy);
    }
    if (minKilled != null && minKilled < 0) {
      throw new IllegalArgumentException("minKilled is negative: " + minKilled);
    }
    admin1 = blankToNull(admin1);
    source = blankToNull(source);
    text = blankToNull(text);
    weapons = weapons.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weapons));
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder prefilled with this filter. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.from = from;
    b.to = to;
    b.country = country;
    b.admin1 = admin1;
    b.near = near;
    b.bbox = bbox;
    b.weapons = weapons.isEmpty() ? EnumSet.noneOf(Weapon.class) : EnumSet.copyOf(weapons);
    b.launchedBy = launchedBy;
    b.ownTerritory = ownTerritory;
    b.minKilled = minKilled;
    b.source = source;
    b.text = text;
    return b;
  }

  /** A short phrase for sentences: "own-territory incidents launched by RU in Belgorod Oblast". */
  public String describe() {
    StringBuilder s = new StringBuilder();
    if (Boolean.TRUE.equals(ownTerritory)) {
      s.append("own-territory ");
    } else if (Boolean.FALSE.equals(ownTerritory)) {
      s.append("not-own-territory ");
    }
    if (!weapons.isEmpty()) {
      StringBuilder w = new StringBuilder();
      for (Weapon weapon : EnumSet.copyOf(weapons)) {
        if (w.length() > 0) {
          w.append('/');
        }
        w.append(weapon.code().replace('_', ' '));
      }
      s.append(w).append(' ');
    }
    s.append("incidents");
    if (launchedBy != null) {
      s.append(" launched by ").append(launchedBy);
    }
    if (admin1 != null) {
      s.append(" in ").append(admin1);
    } else if (country != null) {
      s.append(" in ").append(country);
    }
    if (near != null) {
      s.append(
          String.format(
              Locale.ROOT,
              " within %s km of %.4f,%.4f",
              trim(near.radiusKm()),
              near.lat(),
              near.lon()));
    }
    if (bbox != null) {
      s.append(" in bbox ").append(bbox);
    }
    if (minKilled != null) {
      s.append(" with at least ").append(minKilled).append(" killed");
    }
    if (source != null) {
      s.append(" reported by ").append(source);
    }
    if (text != null) {
      s.append(" mentioning \"").append(text).append('"');
    }
    return s.toString();
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  /** Builder for {@link IncidentFilter}. */
  public static final class Builder {
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;
    private @Nullable String country;
    private @Nullable String admin1;
    private @Nullable Circle near;
    private @Nullable BoundingBox bbox;
    private Set<Weapon> weapons = EnumSet.noneOf(Weapon.class);
    private @Nullable String launchedBy;
    private @Nullable Boolean ownTerritory;
    private @Nullable Integer minKilled;
    private @Nullable String source;
    private @Nullable String text;

    private Builder() {}

    public Builder from(@Nullable LocalDate value) {
      this.from = value;
      return this;
    }

    public Builder to(@Nullable LocalDate value) {
      this.to = value;
      return this;
    }

    /** Sets both bounds to the period. */
    public Builder period(Period value) {
      this.from = value.start();
      this.to = value.end();
      return this;
    }

    public Builder country(@Nullable String value) {
      this.country = value == null ? null : value.trim().toUpperCase(Locale.ROOT);
      return this;
    }

    public Builder admin1(@Nullable String value) {
      this.admin1 = value;
      return this;
    }

    public Builder near(@Nullable Circle value) {
      this.near = value;
      return this;
    }

    public Builder bbox(@Nullable BoundingBox value) {
      this.bbox = value;
      return this;
    }

    public Builder weapons(Set<Weapon> value) {
      this.weapons = value.isEmpty() ? EnumSet.noneOf(Weapon.class) : EnumSet.copyOf(value);
      return this;
    }

    public Builder weapon(Weapon value) {
      this.weapons.add(value);
      return this;
    }

    public Builder launchedBy(@Nullable String value) {
      this.launchedBy = value == null ? null : value.trim().toUpperCase(Locale.ROOT);
      return this;
    }

    public Builder ownTerritory(@Nullable Boolean value) {
      this.ownTerritory = value;
      return this;
    }

    public Builder minKilled(@Nullable Integer value) {
      this.minKilled = value;
      return this;
    }

    public Builder source(@Nullable String value) {
      this.source = value;
      return this;
    }

    public Builder text(@Nullable String value) {
      this.text = value;
      return this;
    }

    public IncidentFilter build() {
      return new IncidentFilter(
          from,
          to,
          country,
          admin1,
          near,
          bbox,
          weapons,
          launchedBy,
          ownTerritory,
          minKilled,
          source,
          text);
    }
  }
}
