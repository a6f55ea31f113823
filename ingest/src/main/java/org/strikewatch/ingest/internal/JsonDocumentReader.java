package org.strikewatch.ingest.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.strikewatch.ingest.ReadOptions;
import org.strikewatch.ingest.ReadResult;
import org.strikewatch.model.IncomingReport;

/**
 * A JSON document: a Telegram Desktop channel export ({@code result.json}: an object with a {@code
 * messages} array), or an array of {@code {text, published, source, url}} objects. Read as a
 * stream, so a large export is not held as one tree, and a file broken half-way keeps the messages
 * before the break and adds one rejection that says where it broke.
 */
final class JsonDocumentReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = JSON.getFactory();

  private JsonDocumentReader() {}

  static List<ReadResult> read(Input input, ReadOptions options) {
    List<ReadResult> out = new ArrayList<>();
    try (JsonParser parser = FACTORY.createParser(input.bytes())) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_OBJECT) {
        readExport(parser, input, options, out);
      } else if (first == JsonToken.START_ARRAY) {
        int index = 0;
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
          JsonNode node = JSON.readTree(parser);
          String origin = input.origin() + "#" + index;
          out.add(JsonRecords.read(node, origin, "item " + index, input.fetchedAt(), options));
          index++;
        }
        if (index == 0) {
          out.add(ReadResult.rejected(input.origin(), "empty JSON array", null));
        }
      } else if (first == null) {
        out.add(ReadResult.rejected(input.origin(), "empty file", null));
      } else {
        out.add(
            ReadResult.rejected(
                input.origin(),
                "JSON document is neither a Telegram export nor an array of reports",
                Excerpts.ofBytes(input.bytes())));
      }
    } catch (JsonProcessingException e) {
      out.add(
          ReadResult.rejected(
              input.origin(),
              JsonRecords.broken(input.fileName(), e, 0),
              Excerpts.ofBytes(input.bytes())));
    } catch (IOException e) {
      out.add(
          ReadResult.rejected(
              input.origin(),
              "unreadable JSON in " + input.fileName() + ": " + e.getMessage(),
              null));
    }
    return out;
  }

  private static void readExport(
      JsonParser parser, Input input, ReadOptions options, List<ReadResult> out)
      throws IOException {
    String name = null;
    boolean sawMessages = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (field.equals("name") && value == JsonToken.VALUE_STRING) {
        name = parser.getText().strip();
      } else if (field.equals("messages") && value == JsonToken.START_ARRAY) {
        sawMessages = true;
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          JsonNode message = JSON.readTree(parser);
          out.add(message(message, index, name, input, options));
          index++;
        }
      } else {
        parser.skipChildren();
      }
    }
    if (!sawMessages) {
      out.add(
          ReadResult.rejected(
              input.origin(),
              "JSON document is not a Telegram export (no \"messages\" array)",
              Excerpts.ofBytes(input.bytes())));
    }
  }

  private static ReadResult message(
      JsonNode m, int index, @Nullable String channelName, Input input, ReadOptions options) {
    JsonNode idNode = m.get("id");
    if (!m.isObject() || idNode == null || !idNode.canConvertToLong()) {
      return ReadResult.rejected(
          input.origin() + "#[" + index + "]",
          "message " + index + " of " + input.fileName() + " has no numeric \"id\"",
          Excerpts.of(m.toString()));
    }
    long id = idNode.asLong();
    String origin = input.origin() + "#" + id;
    String type = m.path("type").asText("message");
    if (type.equals("service")) {
      String action = m.path("action").asText("");
      return new ReadResult.Skipped(
          origin, action.isEmpty() ? "service message" : "service message (" + action + ")");
    }
    String text = text(m.get("text"));
    if (text.isBlank()) {
      text = text(m.get("text_entities"));
    }
    if (text.isBlank()) {
      return new ReadResult.Skipped(origin, "message has no text (" + mediaKind(m) + ")");
    }
    LocalDate published = null;
    JsonNode date = m.get("date");
    if (date != null && date.isTextual()) {
      try {
        published = Dates.parseIso(date.asText(), " (message " + id + ", \"date\")");
      } catch (Unreadable e) {
        return ReadResult.rejected(origin, e.getMessage(), Excerpts.of(text));
      }
    } else if (m.path("date_unixtime").canConvertToLong()) {
      published = Dates.ofEpochSecond(m.path("date_unixtime").asLong());
    }
    String url =
        options.telegramChannel() == null
            ? null
            : "https://t.me/" + options.telegramChannel() + "/" + id;
    return ReadResult.of(
        IncomingReport.builder(text, origin)
            .source(options.sourceOr(channelName))
            .url(url)
            .published(options.publishedOr(published))
            .fetchedAt(input.fetchedAt())
            .mediaType("application/json")
            .build());
  }

  /** Text given as a string, or as an array of strings and {type, text} entities. */
  private static String text(@Nullable JsonNode node) {
    if (node == null || node.isNull()) {
      return "";
    }
    if (node.isTextual()) {
      return node.asText();
    }
    StringBuilder sb = new StringBuilder();
    if (node.isArray()) {
      for (JsonNode part : node) {
        if (part.isTextual()) {
          sb.append(part.asText());
        } else if (part.isObject() && part.path("text").isTextual()) {
          sb.append(part.path("text").asText());
        }
      }
    }
    return sb.toString();
  }

  private static String mediaKind(JsonNode m) {
    if (m.hasNonNull("media_type")) {
      return m.get("media_type").asText().replace('_', ' ');
    }
    if (m.has("photo")) {
      return "photo";
    }
    if (m.has("poll")) {
      return "poll";
    }
    if (m.has("file")) {
      return "file";
    }
    return "empty";
  }
}
