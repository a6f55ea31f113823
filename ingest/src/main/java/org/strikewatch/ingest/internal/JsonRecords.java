package org.strikewatch.ingest.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.strikewatch.ingest.ReadOptions;
import org.strikewatch.ingest.ReadResult;
import org.strikewatch.model.IncomingReport;

/**
 * A report written as a JSON object {@code {text, published, source, url, language}} (JSON Lines,
 * or an array of such objects). Only {@code text} is required.
 */
final class JsonRecords {
  private JsonRecords() {}

  static ReadResult read(
      JsonNode node, String origin, String where, Instant fetchedAt, ReadOptions options) {
    if (!node.isObject()) {
      return ReadResult.rejected(
          origin,
          where + ": expected a JSON object but found " + kind(node),
          Excerpts.of(node.toString()));
    }
    JsonNode text = node.get("text");
    if (text == null || text.isNull()) {
      return ReadResult.rejected(
          origin, where + ": no \"text\" field", Excerpts.of(node.toString()));
    }
    if (!text.isTextual()) {
      return ReadResult.rejected(
          origin,
          where + ": \"text\" must be a string but is " + kind(text),
          Excerpts.of(node.toString()));
    }
    if (text.asText().isBlank()) {
      return ReadResult.rejected(origin, where + ": \"text\" is empty", null);
    }
    LocalDate published = null;
    JsonNode p = node.get("published");
    if (p != null && !p.isNull()) {
      try {
        published = Dates.parseIso(p.asText(), " (" + where + ", \"published\")");
      } catch (Unreadable e) {
        return ReadResult.rejected(origin, e.getMessage(), Excerpts.of(text.asText()));
      }
    }
    String language = string(node, "language");
    if (language != null && !language.matches("[a-z]{2}")) {
      return ReadResult.rejected(
          origin,
          where + ": \"language\" is not an ISO 639-1 code: \"" + language + "\"",
          Excerpts.of(text.asText()));
    }
    return ReadResult.of(
        IncomingReport.builder(text.asText(), origin)
            .source(options.sourceOr(string(node, "source")))
            .url(string(node, "url"))
            .published(options.publishedOr(published))
            .fetchedAt(fetchedAt)
            .mediaType("application/json")
            .language(language)
            .build());
  }

  private static @Nullable String string(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || !v.isValueNode()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  static String kind(JsonNode node) {
    if (node.isArray()) {
      return "an array";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    if (node.isNull()) {
      return "null";
    }
    return "a string";
  }

  /** "broken JSON in NAME at line L, column C: what Jackson said", one line. */
  static String broken(String name, JsonProcessingException e, int lineOffset) {
    JsonLocation loc = e.getLocation();
    String what = e.getOriginalMessage();
    what = what == null ? "unreadable" : what.lines().findFirst().orElse("unreadable");
    int cut = what.indexOf(" (start marker at");
    if (cut < 0) {
      cut = what.indexOf(" at [Source");
    }
    if (cut > 0) {
      what = what.substring(0, cut);
    }
    if (loc == null) {
      return "broken JSON in " + name + ": " + what;
    }
    return "broken JSON in "
        + name
        + " at line "
        + (loc.getLineNr() + lineOffset)
        + ", column "
        + loc.getColumnNr()
        + ": "
        + what;
  }
}
