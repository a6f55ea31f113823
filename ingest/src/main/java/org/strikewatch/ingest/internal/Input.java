package org.strikewatch.ingest.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Bytes to read as reports: where they came from (a path or URL, used as origin), the file name
 * used for format hints, the Content-Type a server declared, the URL they were fetched from, and
 * when.
 */
record Input(
    String origin,
    String fileName,
    byte[] bytes,
    @Nullable String declaredType,
    @Nullable String url,
    Instant fetchedAt) {

  Input {
    if (origin == null || origin.isBlank()) {
      throw new IllegalArgumentException("input origin is required");
    }
    if (bytes == null || fileName == null || fetchedAt == null) {
      throw new IllegalArgumentException("input bytes, file name and fetch time are required");
    }
  }

  /** The charset a server declared in Content-Type, if it is one this JVM knows. */
  @Nullable String declaredCharset() {
    if (declaredType == null) {
      return null;
    }
    for (String part : declaredType.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, 8)) {
        String name = p.substring(8).replace("\"", "").strip();
        try {
          return Charset.isSupported(name) ? name : null;
        } catch (IllegalCharsetNameException e) {
          return null;
        }
      }
    }
    return null;
  }

  /** The same input with other bytes and name (after decompression). */
  Input withContent(String name, byte[] content) {
    return new Input(origin, name, content, declaredType, url, fetchedAt);
  }
}
