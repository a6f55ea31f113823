package org.strikewatch.geo.boundary.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Nearest international land border to a point. Border lines are cut into segments held in an
 * STR-tree; a query searches a box that doubles until the nearest segment found is certainly the
 * nearest. Segment distances are computed in a local equirectangular plane around the point (exact
 * enough to choose the segment), and the distance reported is the great-circle distance on the
 * mean-radius sphere to the closest point of that segment.
 */
public final class BorderIndex {

  /** IUGG mean Earth radius. */
  static final double EARTH_RADIUS_KM = 6371.0088;

  /** The nearest border: its country pair ("RU-UA") and the distance in km. */
  public record Nearest(String pair, double km) {}

  private final double[] seg; // x1, y1, x2, y2 per segment
  private final int[] pairOf;
  private final String[] pairs;
  private final STRtree tree = new BuiltStrTree();
  private final double @Nullable [] centre;
  private final double[] proj; // projected x1, y1, x2, y2 per segment, km

  /** An index searched by doubling boxes in lon/lat: right anywhere on Earth. */
  public BorderIndex(List<BoundaryFiles.BorderLine> lines) {
    this(lines, null);
  }

  /**
   * An index for borders of one region: segments are held in an azimuthal equidistant projection
   * around {@code centreLatLon} and the nearest one found by branch and bound in km (the projection
   * distorts distances by under 0.5% within 1,000 km of the centre; the distance reported is the
   * great-circle distance to the point found).
   */
  public BorderIndex(List<BoundaryFiles.BorderLine> lines, double @Nullable [] centreLatLon) {
    List<String> pairNames = new ArrayList<>();
    int total = 0;
    for (BoundaryFiles.BorderLine l : lines) {
      total += Math.max(0, l.line().getNumPoints() - 1);
    }
    seg = new double[total * 4];
    proj = new double[centreLatLon == null ? 0 : total * 4];
    centre = centreLatLon;
    pairOf = new int[total];
    int k = 0;
    for (BoundaryFiles.BorderLine l : lines) {
      int p = pairNames.indexOf(l.pair());
      if (p < 0) {
        pairNames.add(l.pair());
        p = pairNames.size() - 1;
      }
      CoordinateSequence cs = l.line().getCoordinateSequence();
      for (int i = 0; i + 1 < cs.size(); i++) {
        double x1 = cs.getX(i);
        double y1 = cs.getY(i);
        double x2 = cs.getX(i + 1);
        double y2 = cs.getY(i + 1);
        seg[4 * k] = x1;
        seg[4 * k + 1] = y1;
        seg[4 * k + 2] = x2;
        seg[4 * k + 3] = y2;
        pairOf[k] = p;
        if (centre == null) {
          tree.insert(new Envelope(x1, x2, y1, y2), k);
        } else {
          double[] a = project(y1, x1);
          double[] b = project(y2, x2);
          proj[4 * k] = a[0];
          proj[4 * k + 1] = a[1];
          proj[4 * k + 2] = b[0];
          proj[4 * k + 3] = b[1];
          tree.insert(new Envelope(a[0], b[0], a[1], b[1]), k);
        }
        k++;
      }
    }
    pairs = pairNames.toArray(String[]::new);
    if (k > 0) {
      tree.build();
    }
  }

  /** The nearest border, or empty when there are no borders at all. */
  public Optional<Nearest> nearest(double lon, double lat) {
    if (pairs.length == 0) {
      return Optional.empty();
    }
    if (centre != null) {
      return nearestProjected(lon, lat);
    }
    double cosLat = Math.max(Math.cos(Math.toRadians(lat)), 0.01);
    double radiusDeg = 0.25;
    while (true) {
      Envelope box = new Envelope(lon - radiusDeg / cosLat, lon + radiusDeg / cosLat, lat, lat);
      box.expandBy(0, radiusDeg);
      double[] best = {Double.MAX_VALUE};
      int[] bestSeg = {-1};
      double[] bestT = {0};
      tree.query(
          box,
          item -> {
            int s = (Integer) item;
            double ax = (seg[4 * s] - lon) * cosLat;
            double ay = seg[4 * s + 1] - lat;
            double bx = (seg[4 * s + 2] - lon) * cosLat;
            double by = seg[4 * s + 3] - lat;
            double dx = bx - ax;
            double dy = by - ay;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
            double px = ax + t * dx;
            double py = ay + t * dy;
            double d2 = px * px + py * py;
            if (d2 < best[0]) {
              best[0] = d2;
              bestSeg[0] = s;
              bestT[0] = t;
            }
          });
      boolean wholeWorld = radiusDeg >= 360;
      if (bestSeg[0] >= 0 && (Math.sqrt(best[0]) <= radiusDeg || wholeWorld)) {
        int s = bestSeg[0];
        double t = bestT[0];
        double cx = seg[4 * s] + t * (seg[4 * s + 2] - seg[4 * s]);
        double cy = seg[4 * s + 1] + t * (seg[4 * s + 3] - seg[4 * s + 1]);
        return Optional.of(new Nearest(pairs[pairOf[s]], greatCircleKm(lat, lon, cy, cx)));
      }
      if (wholeWorld) {
        return Optional.empty();
      }
      radiusDeg *= 2;
    }
  }

  private Optional<Nearest> nearestProjected(double lon, double lat) {
    double[] q = project(lat, lon);
    Object found =
        tree.nearestNeighbour(
            new Envelope(q[0], q[0], q[1], q[1]),
            q,
            (ItemBoundable a, ItemBoundable b) -> {
              Object ia = a.getItem();
              Object ib = b.getItem();
              if (ia instanceof double[] p && ib instanceof Integer s) {
                return Math.sqrt(projectedDistance2(s, p)[0]);
              }
              if (ib instanceof double[] p && ia instanceof Integer s) {
                return Math.sqrt(projectedDistance2(s, p)[0]);
              }
              return Double.MAX_VALUE;
            });
    if (!(found instanceof Integer s)) {
      return Optional.empty();
    }
    double t = projectedDistance2(s, q)[1];
    double cx = seg[4 * s] + t * (seg[4 * s + 2] - seg[4 * s]);
    double cy = seg[4 * s + 1] + t * (seg[4 * s + 3] - seg[4 * s + 1]);
    return Optional.of(new Nearest(pairs[pairOf[s]], greatCircleKm(lat, lon, cy, cx)));
  }

  /** Squared distance from p to projected segment s, and the segment parameter of the foot. */
  private double[] projectedDistance2(int s, double[] p) {
    double ax = proj[4 * s] - p[0];
    double ay = proj[4 * s + 1] - p[1];
    double dx = proj[4 * s + 2] - proj[4 * s];
    double dy = proj[4 * s + 3] - proj[4 * s + 1];
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    double px = ax + t * dx;
    double py = ay + t * dy;
    return new double[] {px * px + py * py, t};
  }

  /** Azimuthal equidistant projection (spherical) around the centre, in km. */
  private double[] project(double lat, double lon) {
    double p0 = Math.toRadians(centre[0]);
    double p = Math.toRadians(lat);
    double dl = Math.toRadians(lon - centre[1]);
    double cosc = Math.sin(p0) * Math.sin(p) + Math.cos(p0) * Math.cos(p) * Math.cos(dl);
    double c = Math.acos(Math.max(-1, Math.min(1, cosc)));
    double k = c < 1e-12 ? 1 : c / Math.sin(c);
    double x = EARTH_RADIUS_KM * k * Math.cos(p) * Math.sin(dl);
    double y =
        EARTH_RADIUS_KM
            * k
            * (Math.cos(p0) * Math.sin(p) - Math.sin(p0) * Math.cos(p) * Math.cos(dl));
    return new double[] {x, y};
  }

  /** Haversine distance on the mean-radius sphere. */
  public static double greatCircleKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
