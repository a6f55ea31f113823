package org.strikewatch.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.BorderDistance;
import org.strikewatch.model.Claim;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.Evidence;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.Incident;
import org.strikewatch.model.Place;
import org.strikewatch.model.PlacePrecision;
import org.strikewatch.model.Precision;
import org.strikewatch.model.PublishedSource;
import org.strikewatch.model.TimeSpan;
import org.strikewatch.model.Weapon;

/**
 * Converts extraction records to and from the contract JSON ({@code strikewatch.extract/1}). Field
 * names and null handling follow the contract: absent values are written as JSON {@code null}.
 */
public final class ExtractionJson {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ExtractionJson() {}

  /** The whole extraction as contract JSON, pretty-printed. */
  public static String toPrettyString(Extraction e) {
    return write(PRETTY, toJson(e));
  }

  /** The whole extraction as compact contract JSON. */
  public static String toCompactString(Extraction e) {
    return write(MAPPER, toJson(e));
  }

  /** Writes any node compactly. */
  public static String compact(JsonNode node) {
    return write(MAPPER, node);
  }

  /** Writes any node pretty-printed. */
  public static String pretty(JsonNode node) {
    return write(PRETTY, node);
  }

  private static String write(ObjectMapper m, JsonNode node) {
    try {
      return m.writeValueAsString(node);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("cannot serialise JSON tree", ex);
    }
  }

  /** The whole extraction as a contract JSON tree. */
  public static ObjectNode toJson(Extraction e) {
    ObjectNode root = F.objectNode();
    root.put("schema", Extraction.SCHEMA);
    ObjectNode report = root.putObject("report");
    report.put("language", e.language());
    report.put("published", e.published() == null ? null : e.published().toString());
    report.put("publishedSource", e.publishedSource().code());
    report.put("source", e.source());
    ArrayNode incidents = root.putArray("incidents");
    e.incidents().forEach(i -> incidents.add(incident(i)));
    ArrayNode claims = root.putArray("claims");
    e.claims().forEach(c -> claims.add(claim(c)));
    ArrayNode warnings = root.putArray("warnings");
    e.warnings().forEach(warnings::add);
    return root;
  }

  /** One incident as a contract JSON object. */
  public static ObjectNode incident(Incident i) {
    ObjectNode o = F.objectNode();
    o.set("when", timeSpan(i.when()));
    o.set("where", place(i.where()));
    ArrayNode weapons = o.putArray("weapons");
    i.weapons().forEach(w -> weapons.add(w.code()));
    ArrayNode weaponsText = o.putArray("weaponsText");
    i.weaponsText().forEach(weaponsText::add);
    o.put("launchedBy", i.launchedBy());
    o.put("ownTerritory", i.ownTerritory());
    o.put("ownTerritoryReason", i.ownTerritoryReason());
    o.set("killed", estimate(i.killed()));
    o.set("injured", estimate(i.injured()));
    o.set("evacuated", estimate(i.evacuated()));
    BorderDistance bd = i.borderDistanceKm();
    if (bd == null) {
      o.putNull("borderDistanceKm");
    } else {
      ObjectNode b = o.putObject("borderDistanceKm");
      b.put("stated", bd.stated());
      b.put("computed", bd.computed());
    }
    ArrayNode attribution = o.putArray("attribution");
    i.attribution().forEach(attribution::add);
    o.set("evidence", evidence(i.evidence()));
    o.put("confidence", i.confidence());
    return o;
  }

  /** One claim as a contract JSON object. */
  public static ObjectNode claim(Claim c) {
    ObjectNode o = F.objectNode();
    o.put("kind", c.kind());
    o.set("count", estimate(c.count()));
    o.put("subject", c.subject());
    o.put("launchedBy", c.launchedBy());
    o.put("ownTerritory", c.ownTerritory());
    o.set("when", timeSpan(c.when()));
    o.set("where", c.where() == null ? F.nullNode() : place(c.where()));
    ArrayNode attribution = o.putArray("attribution");
    c.attribution().forEach(attribution::add);
    o.set("evidence", evidence(c.evidence()));
    return o;
  }

  /** A time span as a contract JSON object. */
  public static ObjectNode timeSpan(TimeSpan t) {
    ObjectNode o = F.objectNode();
    o.put("start", t.start() == null ? null : t.start().toString());
    o.put("end", t.end() == null ? null : t.end().toString());
    o.put("precision", t.precision().code());
    o.put("text", t.text());
    return o;
  }

  /** A place as a contract JSON object. */
  public static ObjectNode place(Place p) {
    ObjectNode o = F.objectNode();
    o.put("name", p.name());
    o.put("lat", p.lat());
    o.put("lon", p.lon());
    o.put("country", p.country());
    o.put("admin1", p.admin1());
    o.put("precision", p.precision().code());
    o.put("text", p.text());
    if (p.gazetteerId() != null) {
      o.put("gazetteerId", p.gazetteerId());
    }
    return o;
  }

  /** An estimate as a contract JSON object, or JSON null. */
  public static JsonNode estimate(@Nullable Estimate e) {
    if (e == null) {
      return F.nullNode();
    }
    ObjectNode o = F.objectNode();
    o.put("low", e.low());
    o.put("best", e.best());
    o.put("high", e.high());
    return o;
  }

  private static ArrayNode evidence(List<Evidence> list) {
    ArrayNode a = F.arrayNode();
    for (Evidence ev : list) {
      ObjectNode o = a.addObject();
      o.put("field", ev.field());
      o.put("start", ev.start());
      o.put("end", ev.end());
      o.put("text", ev.text());
    }
    return a;
  }

  // ---------------------------------------------------------------- reading

  /**
   * Parses contract JSON back into an {@link Extraction}.
   *
   * @throws IllegalArgumentException naming the path of the first malformed field
   */
  public static Extraction parse(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException ex) {
      throw new IllegalArgumentException(
          "malformed extraction JSON: " + ex.getOriginalMessage(), ex);
    }
    return fromJson(root);
  }

  /** Reads an extraction from a contract JSON tree. */
  public static Extraction fromJson(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("extraction JSON is not an object");
    }
    JsonNode report = require(root, "report", "$");
    List<Incident> incidents = new ArrayList<>();
    JsonNode inc = root.path("incidents");
    for (int k = 0; k < inc.size(); k++) {
      incidents.add(readIncident(inc.get(k), "$.incidents[" + k + "]"));
    }
    List<Claim> claims = new ArrayList<>();
    JsonNode cl = root.path("claims");
    for (int k = 0; k < cl.size(); k++) {
      claims.add(readClaim(cl.get(k), "$.claims[" + k + "]"));
    }
    List<String> warnings = new ArrayList<>();
    root.path("warnings").forEach(w -> warnings.add(w.asText()));
    return new Extraction(
        text(report, "language") == null ? "und" : text(report, "language"),
        date(report, "published", "$.report"),
        report.hasNonNull("publishedSource")
            ? PublishedSource.fromCode(report.get("publishedSource").asText())
            : PublishedSource.UNKNOWN,
        text(report, "source"),
        incidents,
        claims,
        warnings);
  }

  /** Reads one incident object. */
  public static Incident readIncident(JsonNode n, String path) {
    Incident.Builder b = Incident.builder();
    b.when(readTimeSpan(require(n, "when", path), path + ".when"));
    b.where(readPlace(require(n, "where", path), path + ".where"));
    List<Weapon> weapons = new ArrayList<>();
    n.path("weapons").forEach(w -> weapons.add(Weapon.fromCode(w.asText())));
    b.weapons(weapons);
    b.weaponsText(strings(n.path("weaponsText")));
    b.launchedBy(text(n, "launchedBy"));
    b.ownTerritory(
        n.hasNonNull("ownTerritory") ? n.get("ownTerritory").asBoolean() : null,
        text(n, "ownTerritoryReason"));
    b.killed(readEstimate(n.get("killed")));
    b.injured(readEstimate(n.get("injured")));
    b.evacuated(readEstimate(n.get("evacuated")));
    JsonNode bd = n.get("borderDistanceKm");
    if (bd != null && bd.isObject()) {
      b.borderDistanceKm(new BorderDistance(dbl(bd, "stated"), dbl(bd, "computed")));
    }
    b.attribution(strings(n.path("attribution")));
    b.evidence(readEvidence(n.path("evidence")));
    b.confidence(n.path("confidence").asDouble(0.5));
    return b.build();
  }

  /** Reads one claim object. */
  public static Claim readClaim(JsonNode n, String path) {
    JsonNode where = n.get("where");
    return Claim.builder()
        .kind(n.path("kind").asText("count"))
        .count(readEstimate(n.get("count")))
        .subject(text(n, "subject"))
        .launchedBy(text(n, "launchedBy"))
        .ownTerritory(n.hasNonNull("ownTerritory") ? n.get("ownTerritory").asBoolean() : null)
        .when(readTimeSpan(require(n, "when", path), path + ".when"))
        .where(where == null || where.isNull() ? null : readPlace(where, path + ".where"))
        .attribution(strings(n.path("attribution")))
        .evidence(readEvidence(n.path("evidence")))
        .build();
  }

  /** Reads a time span object. */
  public static TimeSpan readTimeSpan(JsonNode n, String path) {
    return new TimeSpan(
        date(n, "start", path),
        date(n, "end", path),
        n.hasNonNull("precision")
            ? Precision.fromCode(n.get("precision").asText())
            : Precision.UNKNOWN,
        text(n, "text"));
  }

  /** Reads a place object. */
  public static Place readPlace(JsonNode n, String path) {
    return Place.builder()
        .name(text(n, "name"))
        .coordinates(dbl(n, "lat"), dbl(n, "lon"))
        .country(text(n, "country"))
        .admin1(text(n, "admin1"))
        .precision(
            n.hasNonNull("precision")
                ? PlacePrecision.fromCode(n.get("precision").asText())
                : PlacePrecision.UNKNOWN)
        .text(text(n, "text"))
        .gazetteerId(text(n, "gazetteerId"))
        .build();
  }

  /** Reads an estimate object, or null for JSON null / missing. */
  public static @Nullable Estimate readEstimate(@Nullable JsonNode n) {
    if (n == null || n.isNull() || n.isMissingNode()) {
      return null;
    }
    return new Estimate(integer(n, "low"), integer(n, "best"), integer(n, "high"));
  }

  private static List<Evidence> readEvidence(JsonNode arr) {
    List<Evidence> out = new ArrayList<>();
    for (JsonNode e : arr) {
      out.add(
          new Evidence(
              e.path("field").asText(),
              e.path("start").asInt(),
              e.path("end").asInt(),
              e.path("text").asText()));
    }
    return out;
  }

  private static JsonNode require(JsonNode n, String field, String path) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing field " + path + "." + field);
    }
    return v;
  }

  private static @Nullable String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static @Nullable Double dbl(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asDouble();
  }

  private static @Nullable Integer integer(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asInt();
  }

  private static @Nullable LocalDate date(JsonNode n, String field, String path) {
    String s = text(n, field);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException ex) {
      throw new IllegalArgumentException(
          "Expected ISO date but found \"" + s + "\" at " + path + "." + field, ex);
    }
  }

  private static List<String> strings(JsonNode arr) {
    List<String> out = new ArrayList<>();
    arr.forEach(s -> out.add(s.asText()));
    return out;
  }
}
