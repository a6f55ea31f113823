package org.strikewatch.ingest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.strikewatch.ingest.ReadOptions;
import org.strikewatch.ingest.ReadResult;

/**
 * JSON Lines: one JSON object per line, {@code {text, published, source, url}}. Each line is one
 * report or one rejection naming its line; blank lines are ignored.
 */
final class JsonLinesReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesReader() {}

  static List<ReadResult> read(Input input, String text, ReadOptions options) {
    List<ReadResult> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      int lineNo = i + 1;
      String origin = input.origin() + "#line " + lineNo;
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (JsonProcessingException e) {
        out.add(
            ReadResult.rejected(
                origin, JsonRecords.broken(input.fileName(), e, lineNo - 1), Excerpts.of(line)));
        continue;
      }
      out.add(JsonRecords.read(node, origin, "line " + lineNo, input.fetchedAt(), options));
    }
    if (out.isEmpty()) {
      out.add(ReadResult.rejected(input.origin(), "empty file", null));
    }
    return out;
  }
}
