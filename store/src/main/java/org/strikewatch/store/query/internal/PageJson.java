package org.strikewatch.store.query.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.strikewatch.store.query.HeldIncident;
import org.strikewatch.store.query.QueryJson;
import org.strikewatch.store.query.SourceRef;

/**
 * Listing pages as bytes, byte for byte what {@link QueryJson#page} gives, without building model
 * objects or JSON trees: an item is streamed from the incident's stored contract JSON (dropping
 * {@code evidence}) with {@code id} in front and {@code sources} behind.
 */
final class PageJson {

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The contract incident's fields in the order ExtractionJson writes them. */
  private static final List<String> FIELDS =
      List.of(
          "when",
          "where",
          "weapons",
          "weaponsText",
          "launchedBy",
          "ownTerritory",
          "ownTerritoryReason",
          "killed",
          "injured",
          "evacuated",
          "borderDistanceKm",
          "attribution",
          "evidence",
          "confidence");

  private static final byte[] HEAD = "{\"items\":[".getBytes(StandardCharsets.US_ASCII);

  private PageJson() {}

  /**
   * The listing item of incident {@code id} streamed from its stored JSON, or null when that JSON
   * is not in the shape the current code writes (then render it from the model instead).
   */
  static byte @Nullable [] item(long id, String stored, List<SourceRef> sources)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length() + 64);
    try (JsonParser p = FACTORY.createParser(stored);
        JsonGenerator g = FACTORY.createGenerator(out)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      g.writeStartObject();
      g.writeNumberField("id", id);
      int field = 0;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (field >= FIELDS.size() || !FIELDS.get(field).equals(name)) {
          return null;
        }
        field++;
        p.nextToken();
        if (name.equals("evidence")) {
          p.skipChildren();
          continue;
        }
        g.writeFieldName(name);
        copy(p, g);
      }
      if (field != FIELDS.size() || p.currentToken() != JsonToken.END_OBJECT) {
        return null;
      }
      g.writeArrayFieldStart("sources");
      for (SourceRef s : sources) {
        g.writeStartObject();
        g.writeNumberField("reportId", s.reportId());
        g.writeStringField("source", s.source());
        g.writeStringField("url", s.url());
        g.writeStringField("published", s.published() == null ? null : s.published().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  /** Copies the value at the parser's current token, numbers as the model would write them. */
  private static void copy(JsonParser p, JsonGenerator g) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        g.writeStartObject();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          g.writeFieldName(p.currentName());
          p.nextToken();
          copy(p, g);
        }
        g.writeEndObject();
        break;
      case START_ARRAY:
        g.writeStartArray();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          copy(p, g);
        }
        g.writeEndArray();
        break;
      case VALUE_STRING:
        g.writeString(p.getText());
        break;
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            g.writeNumber(p.getIntValue());
            break;
          case LONG:
            g.writeNumber(p.getLongValue());
            break;
          default:
            g.writeNumber(p.getBigIntegerValue());
        }
        break;
      case VALUE_NUMBER_FLOAT:
        g.writeNumber(p.getDoubleValue());
        break;
      case VALUE_TRUE:
        g.writeBoolean(true);
        break;
      case VALUE_FALSE:
        g.writeBoolean(false);
        break;
      case VALUE_NULL:
        g.writeNull();
        break;
      default:
        throw new IOException("unexpected JSON token " + t);
    }
  }

  /** The listing item rendered from the model (the reference shape). */
  static byte[] item(HeldIncident held) {
    try {
      return MAPPER.writeValueAsBytes(QueryJson.incident(held, false));
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise JSON", e);
    }
  }

  /** A page: {@code {"items":[...],"count":n,"nextCursor":...}}. */
  static byte[] page(List<byte[]> items, @Nullable String nextCursor) {
    int size = HEAD.length + 64 + (nextCursor == null ? 0 : nextCursor.length());
    for (byte[] b : items) {
      size += b.length + 1;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(size);
    out.writeBytes(HEAD);
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.writeBytes(items.get(i));
    }
    StringBuilder tail = new StringBuilder("],\"count\":").append(items.size());
    tail.append(",\"nextCursor\":");
    if (nextCursor == null) {
      tail.append("null");
    } else {
      // base64url: nothing to escape
      tail.append('"').append(nextCursor).append('"');
    }
    tail.append('}');
    out.writeBytes(tail.toString().getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }
}
