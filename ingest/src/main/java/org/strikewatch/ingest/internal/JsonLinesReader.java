package org.strikewatch.ingest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.strikewatch.ingest.ReadOptions;
import org.strikewatch.ingest.ReadResult;

/**
 * JSON Lines: one JSON object per line, {@code {text, published, source, url}}. Each line is one
 * report or one rejection naming its line; blank lines are ignored.
 */
final class JsonLinesReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesReader() {}

  /**
   * Streams a JSON Lines file line by line, so files of any size are read in constant memory. A
   * line that is not UTF-8 ends the file with a rejection naming the line.
   */
  static Stream<ReadResult> stream(Path file, ReadOptions options) {
    String origin = file.toString();
    Path name = file.getFileName();
    String fileName = name == null ? origin : name.toString();
    BufferedReader reader;
    try {
      byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(8192);
      }
      if (Decoding.isGzip(head) || Decoding.looksBinary(head)) {
        // gzip and binary content go through the whole-file path, which unpacks or rejects them
        return Readers.readFile(file, options).stream();
      }
      CharsetDecoder strict =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      reader =
          new BufferedReader(new InputStreamReader(Files.newInputStream(file), strict), 1 << 16);
    } catch (IOException e) {
      return Stream.of(ReadResult.rejected(origin, "cannot read file: " + e.getMessage(), null));
    }
    Instant fetched = options.clock().instant();
    Iterator<ReadResult> lines =
        new Iterator<>() {
          private int lineNo;
          private boolean any;
          private boolean done;
          private @Nullable ReadResult next;

          @Override
          public boolean hasNext() {
            while (next == null && !done) {
              String line;
              try {
                line = reader.readLine();
              } catch (IOException e) {
                done = true;
                next =
                    ReadResult.rejected(
                        origin + "#line " + (lineNo + 1),
                        "not UTF-8 text at line " + (lineNo + 1) + " of " + fileName,
                        null);
                break;
              }
              if (line == null) {
                done = true;
                if (!any) {
                  next = ReadResult.rejected(origin, "empty file", null);
                }
                break;
              }
              lineNo++;
              if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
              }
              if (!line.isBlank()) {
                any = true;
                next = line(origin, fileName, lineNo, line, fetched, options);
              }
            }
            return next != null;
          }

          @Override
          public ReadResult next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            ReadResult r = next;
            next = null;
            return r;
          }
        };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                reader.close();
              } catch (IOException e) {
                // closing a file we only read cannot lose data
              }
            });
  }

  private static ReadResult line(
      String fileOrigin,
      String fileName,
      int lineNo,
      String line,
      Instant fetched,
      ReadOptions options) {
    String origin = fileOrigin + "#line " + lineNo;
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return ReadResult.rejected(
          origin, JsonRecords.broken(fileName, e, lineNo - 1), Excerpts.of(line));
    }
    if (node == null) {
      return ReadResult.rejected(origin, "line " + lineNo + ": no JSON value", null);
    }
    return JsonRecords.read(node, origin, "line " + lineNo, fetched, options);
  }

  static List<ReadResult> read(Input input, String text, ReadOptions options) {
    List<ReadResult> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      out.add(line(input.origin(), input.fileName(), i + 1, line, input.fetchedAt(), options));
    }
    if (out.isEmpty()) {
      out.add(ReadResult.rejected(input.origin(), "empty file", null));
    }
    return out;
  }
}
