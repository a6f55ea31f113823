package org.strikewatch.store;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The 0.5-degree grid the store indexes points by (column {@code cell}): about 55 km north-south
 * and 30-40 km east-west at the latitudes of Ukraine and western Russia.
 */
public final class GridCell {

  /** Cell size in degrees. */
  public static final double SIZE_DEGREES = 0.5;

  private static final int COLUMNS = (int) Math.round(360 / SIZE_DEGREES);

  private GridCell() {}

  /** The cell holding a point. */
  public static long of(double lat, double lon) {
    if (lat < -90 || lat > 90 || Double.isNaN(lat)) {
      throw new IllegalArgumentException("latitude out of range: " + lat);
    }
    if (lon < -180 || lon > 180 || Double.isNaN(lon)) {
      throw new IllegalArgumentException("longitude out of range: " + lon);
    }
    long row = (long) Math.floor((lat + 90) / SIZE_DEGREES);
    long col = Math.floorMod((long) Math.floor((lon + 180) / SIZE_DEGREES), COLUMNS);
    return row * COLUMNS + col;
  }

  /**
   * The cells that hold points of a latitude/longitude rectangle (bounds inclusive, within -90..90
   * and -180..180): every point of the rectangle lies in one of them.
   */
  public static Set<Long> covering(CandidateQuery.Box box) {
    if (box.minLat() < -90 || box.maxLat() > 90 || box.minLon() < -180 || box.maxLon() > 180) {
      throw new IllegalArgumentException(
          "box out of range: "
              + box.minLat()
              + ".."
              + box.maxLat()
              + ", "
              + box.minLon()
              + ".."
              + box.maxLon());
    }
    long firstRow = (long) Math.floor((box.minLat() + 90) / SIZE_DEGREES);
    long lastRow = (long) Math.floor((box.maxLat() + 90) / SIZE_DEGREES);
    long firstCol = (long) Math.floor((box.minLon() + 180) / SIZE_DEGREES);
    long lastCol = (long) Math.floor((box.maxLon() + 180) / SIZE_DEGREES);
    Set<Long> cells = new LinkedHashSet<>();
    for (long r = firstRow; r <= lastRow; r++) {
      for (long c = firstCol; c <= lastCol; c++) {
        cells.add(r * COLUMNS + Math.floorMod(c, COLUMNS));
      }
    }
    return cells;
  }

  /** The cell holding a point and the cells around it, {@code rings} cells deep. */
  public static Set<Long> around(double lat, double lon, int rings) {
    if (rings < 0) {
      throw new IllegalArgumentException("rings is negative: " + rings);
    }
    long centre = of(lat, lon);
    long row = centre / COLUMNS;
    long col = centre % COLUMNS;
    long maxRow = Math.round(180 / SIZE_DEGREES);
    Set<Long> cells = new LinkedHashSet<>();
    for (long r = row - rings; r <= row + rings; r++) {
      if (r < 0 || r > maxRow) {
        continue;
      }
      for (long c = col - rings; c <= col + rings; c++) {
        cells.add(r * COLUMNS + Math.floorMod(c, COLUMNS));
      }
    }
    return cells;
  }
}
