package org.strikewatch.dedupe;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
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
    // written with the streaming generator: the same text as a tree would give, without the tree
    StringWriter out = new StringWriter(64 + 80 * sources.size());
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("sources");
      for (MentionId id : sources) {
        g.writeString(id.toString());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("links");
      for (Link link : links) {
        g.writeStartObject();
        g.writeStringField("a", link.a().toString());
        g.writeStringField("b", link.b().toString());
        g.writeStringField("reason", link.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("disagreements");
      for (Disagreement dis : disagreements) {
        g.writeStartObject();
        g.writeStringField("field", dis.field());
        g.writeObjectFieldStart("values");
        for (Map.Entry<MentionId, String> e : dis.values().entrySet()) {
          g.writeStringField(e.getKey().toString(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("cannot write provenance JSON", e);
    }
    return out.toString();
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
