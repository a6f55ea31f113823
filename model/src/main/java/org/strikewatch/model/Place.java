package org.strikewatch.model;

import org.jspecify.annotations.Nullable;

/**
 * A resolved (or unresolved) place: canonical English name, WGS84 coordinates, the internationally
 * recognised country (ISO 3166-1 alpha-2), first-level division, precision, the mention as written
 * and an optional source-prefixed gazetteer id such as {@code geonames:578072}.
 */
public record Place(
    @Nullable String name,
    @Nullable Double lat,
    @Nullable Double lon,
    @Nullable String country,
    @Nullable String admin1,
    PlacePrecision precision,
    @Nullable String text,
    @Nullable String gazetteerId) {

  public Place {
    if (precision == null) {
      throw new IllegalArgumentException("precision is required");
    }
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("lat and lon must both be set or both be null");
    }
    if (lat != null && (lat < -90 || lat > 90 || lat.isNaN())) {
      throw new IllegalArgumentException("latitude out of range: " + lat);
    }
    if (lon != null && (lon < -180 || lon > 180 || lon.isNaN())) {
      throw new IllegalArgumentException("longitude out of range: " + lon);
    }
    if (country != null && !IsoCodes.isUpperAlpha2(country)) {
      throw new IllegalArgumentException("country is not an ISO 3166-1 alpha-2 code: " + country);
    }
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A copy of this place with a different mention text. */
  public Place withText(@Nullable String newText) {
    return new Place(name, lat, lon, country, admin1, precision, newText, gazetteerId);
  }

  /** Builder for {@link Place}. */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable Double lat;
    private @Nullable Double lon;
    private @Nullable String country;
    private @Nullable String admin1;
    private PlacePrecision precision = PlacePrecision.UNKNOWN;
    private @Nullable String text;
    private @Nullable String gazetteerId;

    private Builder() {}

    public Builder name(@Nullable String value) {
      this.name = value;
      return this;
    }

    public Builder coordinates(@Nullable Double latitude, @Nullable Double longitude) {
      this.lat = latitude;
      this.lon = longitude;
      return this;
    }

    public Builder country(@Nullable String value) {
      this.country = value;
      return this;
    }

    public Builder admin1(@Nullable String value) {
      this.admin1 = value;
      return this;
    }

    public Builder precision(PlacePrecision value) {
      this.precision = value;
      return this;
    }

    public Builder text(@Nullable String value) {
      this.text = value;
      return this;
    }

    public Builder gazetteerId(@Nullable String value) {
      this.gazetteerId = value;
      return this;
    }

    public Place build() {
      return new Place(name, lat, lon, country, admin1, precision, text, gazetteerId);
    }
  }
}
