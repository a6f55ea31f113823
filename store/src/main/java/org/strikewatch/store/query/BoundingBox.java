package org.strikewatch.store.query;

import java.util.Locale;

/** A longitude/latitude rectangle in WGS84 degrees; west may exceed east only across 180°. */
public record BoundingBox(double west, double south, double east, double north) {

  public BoundingBox {
    checkLon("west", west);
    checkLon("east", east);
    checkLat("south", south);
    checkLat("north", north);
    if (south > north) {
      throw new IllegalArgumentException("bbox south " + south + " is above north " + north);
    }
    if (west > east) {
      throw new IllegalArgumentException("bbox west " + west + " is east of east " + east);
    }
  }

  private static void checkLat(String name, double v) {
    if (Double.isNaN(v) || v < -90 || v > 90) {
      throw new IllegalArgumentException("bbox " + name + " latitude out of range: " + v);
    }
  }

  private static void checkLon(String name, double v) {
    if (Double.isNaN(v) || v < -180 || v > 180) {
      throw new IllegalArgumentException("bbox " + name + " longitude out of range: " + v);
    }
  }

  /** Parses {@code west,south,east,north} (the GeoJSON/OGC order). */
  public static BoundingBox parse(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException(
          "bbox must be west,south,east,north (4 numbers) but was \"" + text + "\"");
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      v[i] = Numbers.parseDouble(parts[i].trim(), "bbox", text);
    }
    return new BoundingBox(v[0], v[1], v[2], v[3]);
  }

  /** True when the point lies inside or on the edge. */
  public boolean contains(double lat, double lon) {
    return lat >= south && lat <= north && lon >= west && lon <= east;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s,%s,%s,%s", west, south, east, north);
  }
}
