package org.strikewatch.geo.boundary.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;
import org.strikewatch.geo.boundary.AdminRegion;

/**
 * Finds the first-level division containing a point: an STR-tree over the regions' envelopes, then
 * an indexed point-in-polygon test (built on first use, thread-safe). A point just off a coast
 * (probed at {@link #COAST_STEPS_DEG} in eight directions) is given the nearest region found, since
 * gazetteer coordinates of harbour towns often fall a few hundred metres into the sea at Natural
 * Earth's resolution.
 */
public final class AdminIndex {

  /** Distances (in degrees of latitude, about 0.5, 1 and 2 km) probed around a point at sea. */
  static final double[] COAST_STEPS_DEG = {0.005, 0.01, 0.02};

  private final List<AdminRegion> regions;
  private final List<LazyArea> areas;
  private final STRtree tree = new BuiltStrTree();
  private final Map<String, Integer> byIso = new HashMap<>();

  public AdminIndex(BoundaryFiles.AdminData data) {
    this.regions = data.regions();
    this.areas = data.areas();
    for (int i = 0; i < regions.size(); i++) {
      tree.insert(areas.get(i).envelope(), i);
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
    return i == null ? Optional.empty() : Optional.of(areas.get(i).geometry());
  }

  /** The region containing (lon, lat), or the nearest within the coast tolerance, or null. */
  public @Nullable AdminRegion locate(double lon, double lat) {
    int hit = containing(lon, lat);
    if (hit >= 0) {
      return regions.get(hit);
    }
    for (double r : COAST_STEPS_DEG) {
      for (int k = 0; k < 8; k++) {
        double a = Math.PI * k / 4;
        int at =
            containing(
                lon + r * Math.cos(a) / Math.max(Math.cos(Math.toRadians(lat)), 0.1),
                lat + r * Math.sin(a));
        if (at >= 0) {
          return regions.get(at);
        }
      }
    }
    return null;
  }

  private int containing(double lon, double lat) {
    Coordinate c = new Coordinate(lon, lat);
    int[] hit = {-1};
    tree.query(
        new Envelope(c),
        item -> {
          int i = (Integer) item;
          if (hit[0] < 0 && areas.get(i).locator().locate(c) != Location.EXTERIOR) {
            hit[0] = i;
          }
        });
    return hit[0];
  }
}
