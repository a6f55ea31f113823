package org.strikewatch.store.query;

/** A point and a radius in kilometres: "near LAT,LON within KM". */
public record Circle(double lat, double lon, double radiusKm) {

  private static final double EARTH_RADIUS_KM = 6371.0088;

  public Circle {
    if (Double.isNaN(lat) || lat < -90 || lat > 90) {
      throw new IllegalArgumentException("near latitude out of range: " + lat);
    }
    if (Double.isNaN(lon) || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("near longitude out of range: " + lon);
    }
    if (Double.isNaN(radiusKm) || radiusKm <= 0 || radiusKm > 20000) {
      throw new IllegalArgumentException("near radius must be in (0, 20000] km: " + radiusKm);
    }
  }

  /** Parses {@code LAT,LON,KM}. */
  public static Circle parse(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "near must be LAT,LON,KM (3 numbers) but was \"" + text + "\"");
    }
    return new Circle(
        Numbers.parseDouble(parts[0].trim(), "near", text),
        Numbers.parseDouble(parts[1].trim(), "near", text),
        Numbers.parseDouble(parts[2].trim(), "near", text));
  }

  /** The smallest bounding box holding the circle (clamped at the poles and the antimeridian). */
  public BoundingBox bounds() {
    double dLat = Math.toDegrees(radiusKm / EARTH_RADIUS_KM);
    double cos = Math.cos(Math.toRadians(lat));
    double dLon = cos < 1e-6 ? 180 : Math.min(180, dLat / cos);
    return new BoundingBox(
        Math.max(-180, lon - dLon),
        Math.max(-90, lat - dLat),
        Math.min(180, lon + dLon),
        Math.min(90, lat + dLat));
  }

  /** Great-circle distance from the centre in kilometres (haversine). */
  public double distanceKm(double pLat, double pLon) {
    double phi1 = Math.toRadians(lat);
    double phi2 = Math.toRadians(pLat);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(pLon - lon);
    double a =
        Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
            + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /** True when the point lies within the radius. */
  public boolean contains(double pLat, double pLon) {
    return distanceKm(pLat, pLon) <= radiusKm;
  }
}
