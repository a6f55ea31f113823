package org.strikewatch.dedupe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a merged incident came from: its sources, the links that joined them (with reasons) and the
 * disagreements between sources. Stored beside the canonical incident as JSON:
 *
 * <pre>{"sources":["hash#0",...],"links":[{"a":"hash#0","b":"hash#1","reason":"..."}],
 *  "disagreements":[{"field":"killed","values":{"hash#0":"...","hash#1":"..."}}]}</pre>
 */
public record Provenance(
    List<MentionId> sources, List<Link> links, List<Disagreement> disagreements) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public Provenance {
    sources = List.copyOf(sources);
    links = List.copyOf(links);
    disagreements = List.copyOf(disagreements);
  }

  /** The provenance of a merged incident. */
  public static Provenance of(MergedIncident m) {
    return new Provenance(m.sources(), m.links(), m.disagreements());
  }

  /** This provenance as compact JSON. */
  public String toJson() {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode s = root.putArray("sources");
    sources.forEach(id -> s.add(id.toString()));
    ArrayNode l = root.putArray("links");
    for (Link link : links) {
      l.addObject()
          .put("a", link.a().toString())
          .put("b", link.b().toString())
          .put("reason", link.reason());
    }
    ArrayNode d = root.putArray("disagreements");
    for (Disagreement dis : disagreements) {
      ObjectNode o = d.addObject();
      o.put("field", dis.field());
      ObjectNode values = o.putObject("values");
      dis.values().forEach((k, v) -> values.put(k.toString(), v));
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write provenance JSON", e);
    }
  }

  /** Reads provenance JSON written by {@link #toJson()}. */
  public static Provenance parse(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("provenance is not JSON: " + e.getOriginalMessage(), e);
    }
    List<MentionId> sources = new ArrayList<>();
    root.path("sources").forEach(n -> sources.add(parseId(n.asText())));
    List<Link> links = new ArrayList<>();
    root.path("links")
        .forEach(
            n ->
                links.add(
                    new Link(
                        parseId(n.path("a").asText()),
                        parseId(n.path("b").asText()),
                        n.path("reason").asText())));
    List<Disagreement> disagreements = new ArrayList<>();
    root.path("disagreements")
        .forEach(
            n -> {
              Map<MentionId, String> values = new LinkedHashMap<>();
              n.path("values")
                  .properties()
                  .forEach(e -> values.put(parseId(e.getKey()), e.getValue().asText()));
              disagreements.add(new Disagreement(n.path("field").asText(), values));
            });
    return new Provenance(sources, links, disagreements);
  }

  /** Parses {@code key#index}. */
  public static MentionId parseId(String s) {
    int hash = s.lastIndexOf('#');
    if (hash <= 0) {
      throw new IllegalArgumentException("not a mention id (key#index): " + s);
    }
    try {
      return new MentionId(s.substring(0, hash), Integer.parseInt(s.substring(hash + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a mention id (key#index): " + s, e);
    }
  }
}
