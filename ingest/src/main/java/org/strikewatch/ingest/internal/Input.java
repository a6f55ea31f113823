package org.strikewatch.ingest.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Bytes to read as reports: where they came from (a path or URL, used as origin), the file name
 * used for format hints, the media type a server declared, the URL they were fetched from, and
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

  /** The same input with other bytes and name (after decompression). */
  Input withContent(String name, byte[] content) {
    return new Input(origin, name, content, declaredType, url, fetchedAt);
  }
}
