package org.strikewatch.geo.boundary.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;
import org.strikewatch.geo.boundary.AdminRegion;

/**
 * Finds the first-level division containing a point: an STR-tree over the regions' envelopes, then
 * an indexed point-in-polygon test (built on first use, thread-safe). A point just off a coast
 * (within {@link #COAST_TOLERANCE_DEG}) is given the nearest region, since gazetteer coordinates of
 * harbour towns often fall a few hundred metres into the sea at Natural Earth's resolution.
 */
public final class AdminIndex {

  /** About 2 km. */
  static final double COAST_TOLERANCE_DEG = 0.02;

  private final List<AdminRegion> regions;
  private final List<Geometry> areas;
  private final IndexedPointInAreaLocator[] locators;
  private final STRtree tree = new STRtree();
  private final Map<String, Integer> byIso = new HashMap<>();

  public AdminIndex(BoundaryFiles.AdminData data) {
    this.regions = data.regions();
    this.areas = data.areas();
    this.locators = new IndexedPointInAreaLocator[regions.size()];
    for (int i = 0; i < regions.size(); i++) {
      locators[i] = new IndexedPointInAreaLocator(areas.get(i));
      tree.insert(areas.get(i).getEnvelopeInternal(), i);
      byIso.putIfAbsent(regions.get(i).isoCode(), i);
    }
    tree.build();
  }

  public List<AdminRegion> regions() {
    return regions;
  }

  /** The polygon of the region with this ISO 3166-2 code. */
  public Optional<Geometry> area(String isoCode) {
    Integer i = byIso.get(isoCode);
    return i == null ? Optional.empty() : Optional.of(areas.get(i));
  }

  /** The region containing (lon, lat), or the nearest within the coast tolerance, or null. */
  public @Nullable AdminRegion locate(double lon, double lat) {
    Coordinate c = new Coordinate(lon, lat);
    Envelope point = new Envelope(c);
    int[] hit = {-1};
    tree.query(
        point,
        item -> {
          int i = (Integer) item;
          if (hit[0] < 0 && locators[i].locate(c) != Location.EXTERIOR) {
            hit[0] = i;
          }
        });
    if (hit[0] >= 0) {
      return regions.get(hit[0]);
    }
    Envelope near = new Envelope(c);
    near.expandBy(COAST_TOLERANCE_DEG);
    org.locationtech.jts.geom.Point p = GeoCodec.FACTORY.createPoint(c);
    double[] best = {COAST_TOLERANCE_DEG};
    tree.query(
        near,
        item -> {
          int i = (Integer) item;
          double d = areas.get(i).distance(p);
          if (d <= best[0]) {
            best[0] = d;
            hit[0] = i;
          }
        });
    return hit[0] >= 0 ? regions.get(hit[0]) : null;
  }
}
