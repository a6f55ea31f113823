package org.strikewatch.dedupe.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Candidate lookup for de-duplication: mentions are filed under (grid cell, day) for places with
 * coordinates and (region, day) for region-level places, so a lookup touches only mentions that
 * share a day and lie in neighbouring cells or the same region. Cost per lookup grows with the
 * number of nearby mentions, not with the size of the index.
 */
public final class BlockingIndex {

  /** Cell size in degrees of latitude and longitude. */
  private static final double CELL_DEGREES = 0.5;

  private final double reachKm;
  private final Map<GridKey, List<Integer>> byCell = new HashMap<>();
  private final Map<RegionKey, List<Integer>> regionsByRegion = new HashMap<>();
  private final Map<RegionKey, List<Integer>> pointsByRegion = new HashMap<>();

  /** An index whose cell lookups reach at least {@code reachKm} around a point. */
  public BlockingIndex(double reachKm) {
    if (!(reachKm > 0)) {
      throw new IllegalArgumentException("reach must be positive: " + reachKm);
    }
    this.reachKm = reachKm;
  }

  private record GridKey(int row, int col, long day) {}

  private record RegionKey(String region, long day) {}

  /** Files a mention with coordinates, covering days {@code start..end}. */
  public void addPoint(
      int id, double lat, double lon, @Nullable String region, LocalDate start, LocalDate end) {
    int row = row(lat);
    int col = col(lon);
    for (long d = start.toEpochDay(); d <= end.toEpochDay(); d++) {
      byCell.computeIfAbsent(new GridKey(row, col, d), k -> new ArrayList<>(2)).add(id);
      if (region != null) {
        pointsByRegion.computeIfAbsent(new RegionKey(region, d), k -> new ArrayList<>(2)).add(id);
      }
    }
  }

  /** Files a region-level mention, covering days {@code start..end}. */
  public void addRegion(int id, String region, LocalDate start, LocalDate end) {
    for (long d = start.toEpochDay(); d <= end.toEpochDay(); d++) {
      regionsByRegion.computeIfAbsent(new RegionKey(region, d), k -> new ArrayList<>(2)).add(id);
    }
  }

  /** Ids filed near a point on any of the days (may repeat). */
  public List<Integer> nearPoint(
      double lat, double lon, @Nullable String region, LocalDate start, LocalDate end) {
    List<Integer> out = new ArrayList<>();
    int row = row(lat);
    int col = col(lon);
    int rowRings = (int) Math.ceil(reachKm / (CELL_DEGREES * 111.0));
    double kmPerLonCell = CELL_DEGREES * 111.32 * Math.max(0.05, Math.cos(Math.toRadians(lat)));
    int colRings = Math.min(40, (int) Math.ceil(reachKm / kmPerLonCell));
    for (long d = start.toEpochDay(); d <= end.toEpochDay(); d++) {
      for (int r = row - rowRings; r <= row + rowRings; r++) {
        for (int c = col - colRings; c <= col + colRings; c++) {
          List<Integer> ids = byCell.get(new GridKey(r, c, d));
          if (ids != null) {
            out.addAll(ids);
          }
        }
      }
      if (region != null) {
        List<Integer> ids = regionsByRegion.get(new RegionKey(region, d));
        if (ids != null) {
          out.addAll(ids);
        }
      }
    }
    return out;
  }

  /** Ids filed in a region (points and region-level mentions) on any of the days. */
  public List<Integer> inRegion(String region, LocalDate start, LocalDate end) {
    Objects.requireNonNull(region, "region");
    List<Integer> out = new ArrayList<>();
    for (long d = start.toEpochDay(); d <= end.toEpochDay(); d++) {
      RegionKey k = new RegionKey(region, d);
      List<Integer> a = regionsByRegion.get(k);
      if (a != null) {
        out.addAll(a);
      }
      List<Integer> b = pointsByRegion.get(k);
      if (b != null) {
        out.addAll(b);
      }
    }
    return out;
  }

  private static int row(double lat) {
    return (int) Math.floor((lat + 90) / CELL_DEGREES);
  }

  private static int col(double lon) {
    return (int) Math.floor((lon + 180) / CELL_DEGREES);
  }
}
