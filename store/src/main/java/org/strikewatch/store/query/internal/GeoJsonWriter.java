package org.strikewatch.store.query.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.BorderDistance;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.Incident;
import org.strikewatch.model.Weapon;
import org.strikewatch.store.query.HeldIncident;
import org.strikewatch.store.query.IncidentWriter;
import org.strikewatch.store.query.SourceRef;

/**
 * A GeoJSON (RFC 7946) FeatureCollection: one Point feature per incident with coordinates
 * ([longitude, latitude]), the incident fields as properties. Incidents without coordinates are
 * left out, since a feature without a geometry cannot be placed on a map.
 */
public final class GeoJsonWriter implements IncidentWriter {

  private static final JsonFactory FACTORY = new JsonFactory();
  private final JsonGenerator g;

  public GeoJsonWriter(Writer out) throws IOException {
    this.g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.writeStartObject();
    g.writeStringField("type", "FeatureCollection");
    g.writeArrayFieldStart("features");
  }

  @Override
  public void write(HeldIncident s) throws IOException {
    Incident i = s.incident();
    Double lat = i.where().lat();
    Double lon = i.where().lon();
    if (lat == null || lon == null) {
      return;
    }
    g.writeStartObject();
    g.writeStringField("type", "Feature");
    g.writeNumberField("id", s.id());
    g.writeObjectFieldStart("geometry");
    g.writeStringField("type", "Point");
    g.writeArrayFieldStart("coordinates");
    g.writeNumber(lon);
    g.writeNumber(lat);
    g.writeEndArray();
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeNumberField("id", s.id());
    str("date_start", i.when().start());
    str("date_end", i.when().end());
    g.writeStringField("time_precision", i.when().precision().code());
    str("place", i.where().name());
    str("country", i.where().country());
    str("admin1", i.where().admin1());
    g.writeStringField("place_precision", i.where().precision().code());
    g.writeArrayFieldStart("weapons");
    for (Weapon w : i.weapons()) {
      g.writeString(w.code());
    }
    g.writeEndArray();
    str("launched_by", i.launchedBy());
    if (i.ownTerritory() == null) {
      g.writeNullField("own_territory");
    } else {
      g.writeBooleanField("own_territory", i.ownTerritory());
    }
    str("own_territory_reason", i.ownTerritoryReason());
    estimate("killed", i.killed());
    estimate("injured", i.injured());
    estimate("evacuated", i.evacuated());
    BorderDistance b = i.borderDistanceKm();
    num("border_km_stated", b == null ? null : b.stated());
    num("border_km_computed", b == null ? null : b.computed());
    g.writeNumberField("confidence", i.confidence());
    g.writeArrayFieldStart("sources");
    for (SourceRef r : s.sources()) {
      g.writeStartObject();
      g.writeNumberField("report_id", r.reportId());
      str("source", r.source());
      str("url", r.url());
      str("published", r.published());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private void str(String name, @Nullable Object value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, value.toString());
    }
  }

  private void num(String name, @Nullable Double value) throws IOException {
    if (value == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, value);
    }
  }

  private void estimate(String name, @Nullable Estimate e) throws IOException {
    Integer low = e == null ? null : e.low();
    Integer best = e == null ? null : e.best();
    Integer high = e == null ? null : e.high();
    intOrNull(name + "_low", low);
    intOrNull(name + "_best", best);
    intOrNull(name + "_high", high);
  }

  private void intOrNull(String name, @Nullable Integer v) throws IOException {
    if (v == null) {
      g.writeNullField(name);
    } else {
      g.writeNumberField(name, v);
    }
  }

  @Override
  public void finish() throws IOException {
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
  }
}
