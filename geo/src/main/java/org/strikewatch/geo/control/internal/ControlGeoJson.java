package org.strikewatch.geo.control.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.strikewatch.geo.control.ControlFeature;

/**
 * Reads control features from GeoJSON. Each feature's properties: {@code holder} (or {@code
 * status}/{@code controlledBy}; UA, RU or CONTESTED; default RU), {@code validFrom} and optional
 * {@code validTo} (ISO dates, validTo exclusive), optional {@code name}. The geometry is a Polygon
 * or MultiPolygon; or a Point with {@code radiusKm} (a circle around a settlement); or absent with
 * {@code admin1} naming an ISO 3166-2 region whose polygon is used.
 */
public final class ControlGeoJson {

  private static final GeometryFactory GF = new GeometryFactory();
  private static final double KM_PER_DEG_LAT = 111.195;

  private ControlGeoJson() {}

  /**
   * The features of a FeatureCollection. {@code defaultFrom} and {@code defaultTo} apply to
   * features that carry no dates of their own (snapshots); when {@code defaultFrom} is null, every
   * feature must carry validFrom.
   */
  public static List<ControlFeature> features(
      JsonNode collection,
      String source,
      @Nullable LocalDate defaultFrom,
      @Nullable LocalDate defaultTo,
      Function<String, Optional<Geometry>> adminAreas) {
    JsonNode fs = collection.path("features");
    if (!"FeatureCollection".equals(collection.path("type").asText()) || !fs.isArray()) {
      throw new IllegalArgumentException(source + ": not a GeoJSON FeatureCollection");
    }
    List<ControlFeature> out = new ArrayList<>();
    for (int i = 0; i < fs.size(); i++) {
      JsonNode f = fs.get(i);
      JsonNode p = f.path("properties");
      String where = source + " feature " + (i + 1);
      String name = text(p, "name");
      String holder = firstText(p, "holder", "status", "controlledBy");
      LocalDate from = date(firstText(p, "validFrom", "valid_from"), where, "validFrom");
      LocalDate to = date(firstText(p, "validTo", "valid_to"), where, "validTo");
      if (from == null) {
        from = defaultFrom;
        to = to == null ? defaultTo : to;
      }
      if (from == null) {
        throw new IllegalArgumentException(where + ": validFrom is missing");
      }
      Geometry area = area(f, p, where, adminAreas);
      try {
        out.add(
            new ControlFeature(
                area, holder == null ? "RU" : holder, from, to, name == null ? where : name));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static Geometry area(
      JsonNode f, JsonNode p, String where, Function<String, Optional<Geometry>> adminAreas) {
    JsonNode g = f.path("geometry");
    String admin1 = text(p, "admin1");
    if ((g.isMissingNode() || g.isNull()) && admin1 != null) {
      return adminAreas
          .apply(admin1)
          .orElseThrow(
              () -> new IllegalArgumentException(where + ": unknown admin1 region " + admin1));
    }
    String type = g.path("type").asText();
    JsonNode c = g.path("coordinates");
    try {
      switch (type) {
        case "Polygon":
          return polygon(c);
        case "MultiPolygon":
          {
            Polygon[] ps = new Polygon[c.size()];
            for (int i = 0; i < ps.length; i++) {
              ps[i] = polygon(c.get(i));
            }
            return GF.createMultiPolygon(ps);
          }
        case "Point":
          {
            double km = p.path("radiusKm").asDouble(0);
            if (!(km > 0 && km <= 100)) {
              throw new IllegalArgumentException(
                  "a Point needs radiusKm between 0 and 100, got " + p.path("radiusKm"));
            }
            return circle(c.get(1).asDouble(), c.get(0).asDouble(), km);
          }
        default:
          throw new IllegalArgumentException(
              "geometry must be Polygon, MultiPolygon or Point with radiusKm, got \""
                  + type
                  + "\"");
      }
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(where + ": " + message(e), e);
    }
  }

  private static String message(RuntimeException e) {
    return e instanceof NullPointerException ? "malformed coordinates" : e.getMessage();
  }

  /** A circle of {@code km} around a point, as a 48-gon on the local plane. */
  public static Polygon circle(double lat, double lon, double km) {
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
    }
    double dLat = km / KM_PER_DEG_LAT;
    double dLon = dLat / Math.max(Math.cos(Math.toRadians(lat)), 0.01);
    Coordinate[] cs = new Coordinate[49];
    for (int i = 0; i < 48; i++) {
      double a = 2 * Math.PI * i / 48;
      cs[i] = new Coordinate(lon + dLon * Math.cos(a), lat + dLat * Math.sin(a));
    }
    cs[48] = new Coordinate(cs[0]);
    return GF.createPolygon(cs);
  }

  private static Polygon polygon(JsonNode rings) {
    if (!rings.isArray() || rings.isEmpty()) {
      throw new IllegalArgumentException("polygon without rings");
    }
    LinearRing shell = ring(rings.get(0));
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = ring(rings.get(i));
    }
    return GF.createPolygon(shell, holes);
  }

  private static LinearRing ring(JsonNode pts) {
    List<Coordinate> cs = new ArrayList<>(pts.size() + 1);
    for (JsonNode pt : pts) {
      double x = pt.get(0).asDouble(Double.NaN);
      double y = pt.get(1).asDouble(Double.NaN);
      if (!(x >= -180 && x <= 180 && y >= -90 && y <= 90)) {
        throw new IllegalArgumentException("coordinate out of range: " + pt);
      }
      cs.add(new Coordinate(x, y));
    }
    if (cs.size() < 3) {
      throw new IllegalArgumentException("ring with fewer than 3 points");
    }
    if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) {
      cs.add(new Coordinate(cs.get(0)));
    }
    while (cs.size() < 4) {
      cs.add(new Coordinate(cs.get(0)));
    }
    return GF.createLinearRing(cs.toArray(Coordinate[]::new));
  }

  private static @Nullable LocalDate date(@Nullable String s, String where, String field) {
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          where + ": " + field + " must be an ISO date (YYYY-MM-DD) but was \"" + s + "\"", e);
    }
  }

  private static @Nullable String firstText(JsonNode p, String... fields) {
    for (String f : fields) {
      String v = text(p, f);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText().trim();
    return s.isEmpty() ? null : s;
  }
}
