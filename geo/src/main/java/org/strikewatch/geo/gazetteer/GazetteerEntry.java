package org.strikewatch.geo.gazetteer;

import org.jspecify.annotations.Nullable;
import org.strikewatch.model.Place;

/**
 * One gazetteer place: source-prefixed id ({@code geonames:706483}), canonical English name, WGS84
 * coordinates, internationally recognised country (ISO alpha-2), first-level division (English),
 * kind and population (0 when unknown).
 */
public record GazetteerEntry(
    String id,
    String name,
    double lat,
    double lon,
    @Nullable String country,
    @Nullable String admin1,
    PlaceKind kind,
    long population) {

  public GazetteerEntry {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("gazetteer id is required");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("place name is required (" + id + ")");
    }
    if (lat < -90 || lat > 90 || Double.isNaN(lat)) {
      throw new IllegalArgumentException("latitude out of range: " + lat + " (" + id + ")");
    }
    if (lon < -180 || lon > 180 || Double.isNaN(lon)) {
      throw new IllegalArgumentException("longitude out of range: " + lon + " (" + id + ")");
    }
    if (kind == null) {
      throw new IllegalArgumentException("place kind is required (" + id + ")");
    }
    if (population < 0) {
      throw new IllegalArgumentException("population is negative: " + population + " (" + id + ")");
    }
  }

  /** This entry as a model {@link Place} for a mention written as {@code text}. */
  public Place toPlace(@Nullable String text) {
    return Place.builder()
        .name(name)
        .coordinates(lat, lon)
        .country(country)
        .admin1(admin1)
        .precision(kind.precision())
        .text(text)
        .gazetteerId(id)
        .build();
  }
}
