package org.strikewatch.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

  /** The JSON as a Jackson tree writes it: the form stored before the streaming writer. */
  private static String viaTree(Provenance p) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode s = root.putArray("sources");
    p.sources().forEach(id -> s.add(id.toString()));
    ArrayNode l = root.putArray("links");
    for (Link link : p.links()) {
      l.addObject()
          .put("a", link.a().toString())
          .put("b", link.b().toString())
          .put("reason", link.reason());
    }
    ArrayNode d = root.putArray("disagreements");
    for (Disagreement dis : p.disagreements()) {
      ObjectNode o = d.addObject();
      o.put("field", dis.field());
      ObjectNode values = o.putObject("values");
      dis.values().forEach((k, v) -> values.put(k.toString(), v));
    }
    return mapper.writeValueAsString(root);
  }

  @Test
  void writes_the_same_json_as_a_tree_and_reads_it_back() throws Exception {
    Random random = new Random(7L);
    String[] words = {"same place", "\"quoted\"", "Белгород", "тот же день", "back\\slash", "a\tb"};
    for (int round = 0; round < 200; round++) {
      List<MentionId> sources = new ArrayList<>();
      int n = 1 + random.nextInt(4);
      for (int i = 0; i < n; i++) {
        sources.add(new MentionId(Integer.toHexString(random.nextInt()) + "ab", random.nextInt(3)));
      }
      List<Link> links = new ArrayList<>();
      List<Disagreement> disagreements = new ArrayList<>();
      if (n > 1) {
        links.add(new Link(sources.get(0), sources.get(1), words[random.nextInt(words.length)]));
        Map<MentionId, String> values = new LinkedHashMap<>();
        values.put(sources.get(0), words[random.nextInt(words.length)]);
        values.put(sources.get(1), String.valueOf(random.nextInt(10)));
        disagreements.add(new Disagreement("killed.best", values));
      }
      Provenance p = new Provenance(sources, links, disagreements);

      assertThat(p.toJson()).isEqualTo(viaTree(p));
      assertThat(Provenance.parse(p.toJson())).isEqualTo(p);
    }
  }
}
