package org.strikewatch.geo.control;

import java.util.Optional;

/** Finds a gazetteer place's coordinates by id ("geonames:706483", "sw:kozacha-lopan"). */
@FunctionalInterface
public interface PlaceLocator {

  /** WGS84 coordinates of a place. */
  record Point(double lat, double lon) {
    public Point {
      if (!(lat >= -90 && lat <= 90)) {
        throw new IllegalArgumentException("latitude out of range: " + lat);
      }
      if (!(lon >= -180 && lon <= 180)) {
        throw new IllegalArgumentException("longitude out of range: " + lon);
      }
    }
  }

  Optional<Point> locate(String placeId);
}
