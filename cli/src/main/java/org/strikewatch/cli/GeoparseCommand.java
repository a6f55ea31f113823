package org.strikewatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.strikewatch.geo.PlaceMention;
import org.strikewatch.geo.gazetteer.Gazetteer;
import org.strikewatch.geo.parse.GazetteerGeoparser;
import org.strikewatch.geo.parse.GeoparserOptions;
import org.strikewatch.model.Place;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code strikewatch geoparse}: finds the places a report mentions and prints them as JSON. */
@Command(
    name = "geoparse",
    mixinStandardHelpOptions = true,
    description = "Find and resolve the places a report mentions; print them as JSON.")
public final class GeoparseCommand implements Runnable {

  @Option(
      names = "--lang",
      defaultValue = "auto",
      description = "Language of the report: auto, en, ru or uk (default: ${DEFAULT-VALUE}).")
  String lang;

  @Parameters(index = "0", paramLabel = "FILE|-", description = "The report file, or - for stdin.")
  String file;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    String language = lang.toLowerCase(Locale.ROOT);
    if (!List.of("auto", "en", "ru", "uk").contains(language)) {
      throw new UserError("--lang must be auto, en, ru or uk, not \"" + lang + "\"");
    }
    ReportFiles.ReportText report = ReportFiles.read(file);
    if ("auto".equals(language)) {
      language = guessLanguage(report.text());
    }
    GazetteerGeoparser parser = geoparser();
    List<PlaceMention> mentions = parser.parse(report.text(), language);
    ObjectNode root = toJson(language, mentions, report.warnings());
    PrintWriter out = spec.commandLine().getOut();
    try {
      out.println(
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
    out.flush();
  }

  /** Loads the geoparser from the data directory, or fails with a user error saying what to do. */
  static GazetteerGeoparser geoparser() {
    try {
      return GazetteerGeoparser.create(
          Gazetteer.load(Gazetteer.dataDir()), GeoparserOptions.defaults());
    } catch (IOException | IllegalStateException e) {
      throw new UserError(e.getMessage());
    }
  }

  /** The JSON printed: language, mentions, warnings. */
  static ObjectNode toJson(String language, List<PlaceMention> mentions, List<String> warnings) {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = m.createObjectNode();
    root.put("language", language);
    ArrayNode arr = root.putArray("mentions");
    for (PlaceMention pm : mentions) {
      Place p = pm.place();
      ObjectNode o = arr.addObject();
      o.put("text", p.text());
      o.put("start", pm.start());
      o.put("end", pm.end());
      o.put("name", p.name());
      if (p.lat() == null) {
        o.putNull("lat");
        o.putNull("lon");
      } else {
        o.put("lat", round(p.lat()));
        o.put("lon", round(p.lon()));
      }
      o.put("country", p.country());
      o.put("admin1", p.admin1());
      o.put("precision", p.precision().code());
      o.put("gazetteerId", p.gazetteerId());
      o.put("score", Math.round(pm.score() * 1000) / 1000.0);
    }
    ArrayNode w = root.putArray("warnings");
    warnings.forEach(w::add);
    return root;
  }

  private static double round(double v) {
    return Math.round(v * 1e5) / 1e5;
  }

  /** Ukrainian when Ukrainian-only letters appear, Russian for other Cyrillic, else English. */
  static String guessLanguage(String text) {
    int cyr = 0;
    int latin = 0;
    int uk = 0;
    int ru = 0;
    int n = Math.min(text.length(), 20_000);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x400 && c <= 0x4FF) {
        cyr++;
        if ("іїєґІЇЄҐ".indexOf(c) >= 0) {
          uk++;
        } else if ("ыэъёЫЭЪЁ".indexOf(c) >= 0) {
          ru++;
        }
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        latin++;
      }
    }
    if (cyr > latin) {
      return uk >= ru ? (uk > 0 ? "uk" : "ru") : "ru";
    }
    return "en";
  }
}
