package org.strikewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.strikewatch.model.Evidence;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.Incident;
import org.strikewatch.model.Report;
import org.strikewatch.model.json.ExtractionJson;

/**
 * Runs every fixture report under {@code fixtures/{en,ru,uk}} through the extractor with the real
 * gazetteer, tagger and geography and checks the key fields its header expects. Header lines:
 * {@code # key: value} up to a line {@code ---}; the report text follows. Input keys: published,
 * lang, source. Expectation keys: incidents, claims, language, publishedSource, warning~, and per
 * incident {@code iN.} / claim {@code cN.}: where, country, admin1, precision, when (start..end or
 * unresolved), whenPrecision, weapons (a set), weaponsText~, launchedBy, ownTerritory,
 * killed/injured/evacuated (low/best/high or null), stated (km), computed (yes/no), attribution~,
 * count.
 */
class FixtureExtractionTest {

  record Fixture(String name, List<String[]> header, String text) {
    @Override
    public String toString() {
      return name;
    }

    String input(String key) {
      for (String[] kv : header) {
        if (kv[0].equals(key)) {
          return kv[1];
        }
      }
      return null;
    }
  }

  static Stream<Fixture> fixtures() throws IOException, URISyntaxException {
    URL root = FixtureExtractionTest.class.getResource("/fixtures");
    Path dir = Path.of(root.toURI());
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
    }
    List<Fixture> out = new ArrayList<>();
    for (Path p : files) {
      out.add(parse(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8)));
    }
    return out.stream();
  }

  static Fixture parse(String name, String content) {
    int sep = content.indexOf("\n---\n");
    if (sep < 0) {
      throw new IllegalArgumentException("fixture " + name + " has no --- line");
    }
    List<String[]> header = new ArrayList<>();
    for (String line : content.substring(0, sep).split("\n")) {
      if (!line.startsWith("# ")) {
        continue;
      }
      int c = line.indexOf(": ");
      if (c < 0) {
        throw new IllegalArgumentException("fixture " + name + " bad header line: " + line);
      }
      header.add(new String[] {line.substring(2, c).strip(), line.substring(c + 2).strip()});
    }
    return new Fixture(name, header, content.substring(sep + 5));
  }

  static Extraction run(Fixture f) {
    Assumptions.assumeTrue(
        RealStages.available(), "gazetteer data not set up (run ./strikewatch once)");
    String published = f.input("published");
    return RealStages.extractor()
        .extract(
            Report.builder(f.text())
                .published(published == null ? null : LocalDate.parse(published))
                .language(f.input("lang"))
                .source(f.input("source"))
                .build());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void extracts_what_the_fixture_expects(Fixture f) {
    Extraction e = run(f);
    JsonNode json = ExtractionJson.toJson(e);
    String dump = ExtractionJson.pretty(json);
    for (Incident i : e.incidents()) {
      for (Evidence ev : i.evidence()) {
        assertThat(f.text().substring(ev.start(), ev.end())).isEqualTo(ev.text());
      }
    }
    for (String[] kv : f.header()) {
      String key = kv[0];
      String want = kv[1];
      String where = f.name() + ": " + key + "\n" + dump;
      switch (key) {
        case "published", "lang", "source" -> {}
        case "incidents" ->
            assertThat(json.get("incidents").size()).as(where).isEqualTo(Integer.parseInt(want));
        case "claims" ->
            assertThat(json.get("claims").size()).as(where).isEqualTo(Integer.parseInt(want));
        case "language" ->
            assertThat(json.at("/report/language").asText()).as(where).isEqualTo(want);
        case "publishedSource" ->
            assertThat(json.at("/report/publishedSource").asText()).as(where).isEqualTo(want);
        case "warning~" -> assertThat(e.warnings()).as(where).anyMatch(w -> w.contains(want));
        default -> checkItem(json, key, want, where);
      }
    }
  }

  private static void checkItem(JsonNode json, String key, String want, String where) {
    int dot = key.indexOf('.');
    String kind = key.substring(0, 1);
    int index = Integer.parseInt(key.substring(1, dot)) - 1;
    String field = key.substring(dot + 1);
    JsonNode list = json.get(kind.equals("i") ? "incidents" : "claims");
    assertThat(list.size()).as(where).isGreaterThan(index);
    JsonNode item = list.get(index);
    switch (field) {
      case "where" -> assertThat(item.at("/where/name").asText()).as(where).isEqualTo(want);
      case "country" -> assertThat(item.at("/where/country").asText()).as(where).isEqualTo(want);
      case "admin1" -> assertThat(item.at("/where/admin1").asText()).as(where).isEqualTo(want);
      case "precision" ->
          assertThat(item.at("/where/precision").asText()).as(where).isEqualTo(want);
      case "when" -> {
        String got =
            item.at("/when/start").isNull()
                ? "unresolved"
                : item.at("/when/start").asText() + ".." + item.at("/when/end").asText();
        assertThat(got).as(where).isEqualTo(want);
      }
      case "whenPrecision" ->
          assertThat(item.at("/when/precision").asText()).as(where).isEqualTo(want);
      case "weapons" -> {
        TreeSet<String> got = new TreeSet<>();
        item.get("weapons").forEach(w -> got.add(w.asText()));
        TreeSet<String> exp = new TreeSet<>();
        if (!want.equals("none")) {
          for (String w : want.split(",")) {
            exp.add(w.strip());
          }
        }
        assertThat(got).as(where).isEqualTo(exp);
      }
      case "weaponsText~" -> {
        List<String> got = new ArrayList<>();
        item.get("weaponsText").forEach(w -> got.add(w.asText()));
        assertThat(got).as(where).anyMatch(w -> w.contains(want));
      }
      case "launchedBy", "ownTerritory" -> {
        JsonNode v = item.get(field);
        assertThat(v.isNull() ? "null" : v.asText()).as(where).isEqualTo(want);
      }
      case "killed", "injured", "evacuated", "count" -> {
        JsonNode v = item.get(field);
        String got =
            v.isNull()
                ? "null"
                : text(v.get("low")) + "/" + text(v.get("best")) + "/" + text(v.get("high"));
        assertThat(got).as(where).isEqualTo(want);
      }
      case "stated" -> {
        JsonNode v = item.at("/borderDistanceKm/stated");
        assertThat(v.isMissingNode() || v.isNull()).as(where).isFalse();
        assertThat(v.asDouble())
            .as(where)
            .isBetween(Double.parseDouble(want) - 0.2, Double.parseDouble(want) + 0.2);
      }
      case "computed" -> {
        JsonNode v = item.at("/borderDistanceKm/computed");
        boolean has = !v.isMissingNode() && !v.isNull();
        assertThat(has ? "yes" : "no").as(where).isEqualTo(want);
      }
      case "attribution~" -> {
        List<String> got = new ArrayList<>();
        item.get("attribution").forEach(a -> got.add(a.asText().toLowerCase(Locale.ROOT)));
        assertThat(got).as(where).anyMatch(a -> a.contains(want.toLowerCase(Locale.ROOT)));
      }
      default -> throw new IllegalArgumentException("unknown fixture key " + key);
    }
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? "null" : n.asText();
  }

  static String resource(String path) throws IOException {
    try (InputStream in = FixtureExtractionTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
