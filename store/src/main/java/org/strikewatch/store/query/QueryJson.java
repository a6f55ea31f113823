package org.strikewatch.store.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.Weapon;
import org.strikewatch.model.json.ExtractionJson;

/**
 * The JSON shapes of query answers, shared by the REST API and the CLI's {@code --format json}. An
 * incident is the contract incident object plus {@code id} and {@code sources}.
 */
public final class QueryJson {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private QueryJson() {}

  /** An incident; listings leave out the evidence quotes ({@code withEvidence=false}). */
  public static ObjectNode incident(HeldIncident held, boolean withEvidence) {
    ObjectNode o = F.objectNode();
    o.put("id", held.id());
    ObjectNode body = ExtractionJson.incident(held.incident());
    if (!withEvidence) {
      body.remove("evidence");
    }
    o.setAll(body);
    ArrayNode sources = o.putArray("sources");
    for (SourceRef s : held.sources()) {
      sources.add(source(s));
    }
    return o;
  }

  /** A source reference. */
  public static ObjectNode source(SourceRef s) {
    ObjectNode o = F.objectNode();
    o.put("reportId", s.reportId());
    o.put("source", s.source());
    o.put("url", s.url());
    o.put("published", s.published() == null ? null : s.published().toString());
    return o;
  }

  /** A page: {@code {"items": [...], "nextCursor": "..." | null, "count": n}}. */
  public static ObjectNode page(IncidentPage page) {
    ObjectNode o = F.objectNode();
    ArrayNode items = o.putArray("items");
    for (HeldIncident h : page.items()) {
      items.add(incident(h, false));
    }
    o.put("count", page.items().size());
    o.put("nextCursor", page.nextCursor());
    return o;
  }

  /** One incident with mentions (each with evidence quotes) and merge history. */
  public static ObjectNode detail(IncidentDetail d) {
    ObjectNode o = incident(d.held(), true);
    ArrayNode mentions = o.putArray("mentions");
    for (MentionView m : d.mentions()) {
      ObjectNode mo = F.objectNode();
      mo.put("mentionId", m.mentionId());
      mo.set("report", source(m.report()));
      mo.set("incident", ExtractionJson.incident(m.incident()));
      mentions.add(mo);
    }
    ArrayNode history = o.putArray("history");
    for (HistoryEntry h : d.history()) {
      ObjectNode ho = F.objectNode();
      ho.put("action", h.action());
      ho.put("reason", h.reason());
      ho.put("reportId", h.reportId());
      ho.put("mentionId", h.mentionId());
      ho.put("at", h.at().toString());
      history.add(ho);
    }
    return o;
  }

  /** The filter fields that are set. */
  public static ObjectNode filter(IncidentFilter f) {
    ObjectNode o = F.objectNode();
    if (f.from() != null) {
      o.put("from", f.from().toString());
    }
    if (f.to() != null) {
      o.put("to", f.to().toString());
    }
    putIf(o, "country", f.country());
    putIf(o, "admin1", f.admin1());
    if (f.near() != null) {
      Circle c = f.near();
      o.put("near", c.lat() + "," + c.lon() + "," + c.radiusKm());
    }
    if (f.bbox() != null) {
      o.put("bbox", f.bbox().toString());
    }
    if (!f.weapons().isEmpty()) {
      ArrayNode w = o.putArray("weapon");
      for (Weapon weapon : Weapon.values()) {
        if (f.weapons().contains(weapon)) {
          w.add(weapon.code());
        }
      }
    }
    putIf(o, "launchedBy", f.launchedBy());
    if (f.ownTerritory() != null) {
      o.put("ownTerritory", f.ownTerritory());
    }
    if (f.minKilled() != null) {
      o.put("minKilled", f.minKilled());
    }
    putIf(o, "source", f.source());
    putIf(o, "text", f.text());
    return o;
  }

  private static void putIf(ObjectNode o, String name, @Nullable String value) {
    if (value != null) {
      o.put(name, value);
    }
  }

  /** Stats rows with best and low sums. */
  public static ObjectNode stats(Stats s) {
    ObjectNode o = F.objectNode();
    o.put("by", s.request().bucket().code());
    StatsRequest.Group g = s.request().group();
    o.put("group", g == null ? null : g.code());
    o.set("filter", filter(s.filter()));
    o.put("totalIncidents", s.totalIncidents());
    ArrayNode rows = o.putArray("rows");
    for (StatsRow r : s.rows()) {
      ObjectNode ro = F.objectNode();
      ro.put("bucket", r.bucket().toString());
      if (g != null) {
        ro.put("group", r.group());
      }
      ro.put("incidents", r.incidents());
      ro.set("killed", pair(r.killedBest(), r.killedLow()));
      ro.set("injured", pair(r.injuredBest(), r.injuredLow()));
      ro.set("evacuated", pair(r.evacuatedBest(), r.evacuatedLow()));
      rows.add(ro);
    }
    return o;
  }

  private static ObjectNode pair(long best, long low) {
    ObjectNode o = F.objectNode();
    o.put("best", best);
    o.put("low", low);
    return o;
  }

  /** A trend with both periods, the ratio, its interval and the sentence. */
  public static ObjectNode trend(Trend t) {
    ObjectNode o = F.objectNode();
    o.set("filter", filter(t.filter()));
    o.set("periodA", period(t.periodA(), t.countA(), t.ratePerDayA()));
    o.set("periodB", period(t.periodB(), t.countB(), t.ratePerDayB()));
    o.put("ratio", t.ratio());
    ObjectNode ci = o.putObject("ci95");
    ci.put("low", t.ciLow());
    ci.put("high", t.ciHigh());
    o.put("method", t.method());
    o.put("sentence", t.sentence());
    return o;
  }

  private static ObjectNode period(Period p, long count, double rate) {
    ObjectNode o = F.objectNode();
    o.put("start", p.start().toString());
    o.put("end", p.end().toString());
    o.put("label", p.label());
    o.put("days", p.days());
    o.put("incidents", count);
    o.put("perDay", rate);
    return o;
  }

  /** A claim beside the held incidents. */
  public static ObjectNode claimCheck(ClaimCheck c) {
    ObjectNode o = F.objectNode();
    o.put("claimId", c.claim().id());
    o.put("reportId", c.claim().reportId());
    o.put("source", c.claim().source());
    o.put("url", c.claim().url());
    o.set("claim", ExtractionJson.claim(c.claim().claim()));
    o.set("filter", c.filter() == null ? F.nullNode() : filter(c.filter()));
    o.put("held", c.held());
    o.put("verdict", c.verdict());
    o.put("sentence", c.sentence());
    ArrayNode items = o.putArray("incidents");
    for (HeldIncident h : c.incidents()) {
      items.add(incident(h, false));
    }
    return o;
  }

  /** A raw report with its latest extraction (contract JSON) or null. */
  public static ObjectNode report(ReportView r) {
    ObjectNode o = F.objectNode();
    o.put("id", r.id());
    o.put("text", r.text());
    o.put("origin", r.origin());
    o.put("source", r.source());
    o.put("url", r.url());
    o.put("published", r.published() == null ? null : r.published().toString());
    o.put("fetchedAt", r.fetchedAt().toString());
    o.put("status", r.status());
    o.put("statusDetail", r.statusDetail());
    JsonNode extraction = F.nullNode();
    if (r.extractionJson() != null) {
      try {
        extraction = MAPPER.readTree(r.extractionJson());
      } catch (IOException e) {
        throw new QueryException("stored extraction of report " + r.id() + " is not JSON", e);
      }
    }
    o.set("extraction", extraction);
    return o;
  }
}
