package org.strikewatch.bench.corpus;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A generated report as one JSON Lines object: the fields ingest reads ({@code text, published,
 * source, url}) plus {@code id}, {@code language} and the ground truth.
 */
public final class CorpusJson {

  private CorpusJson() {}

  /** The report as a JSON object. */
  public static ObjectNode toJson(GeneratedReport r) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", r.id());
    o.put("language", r.language());
    o.put("published", r.published().toString());
    o.put("source", r.source());
    o.put("url", r.url());
    o.put("text", r.text());
    ArrayNode truth = o.putArray("truth");
    for (TruthIncident t : r.truth()) {
      ObjectNode n = truth.addObject();
      n.put("place", t.place());
      n.put("lat", t.lat());
      n.put("lon", t.lon());
      n.put("start", t.start().toString());
      n.put("end", t.end().toString());
      ArrayNode w = n.putArray("weapons");
      t.weapons().forEach(x -> w.add(x.code()));
      n.put("killed", t.killed());
      n.put("injured", t.injured());
      n.put("launchedBy", t.launchedBy());
    }
    return o;
  }
}
