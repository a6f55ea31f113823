package org.strikewatch.ingest.internal;

import java.nio.charset.StandardCharsets;

/** Short, printable excerpts of rejected input for the quarantine listing. */
final class Excerpts {
  static final int MAX_CHARS = 200;

  private Excerpts() {}

  /** The first characters of a text, whitespace collapsed. */
  static String of(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= MAX_CHARS ? flat : flat.substring(0, MAX_CHARS) + "…";
  }

  /** A description of binary content: its size and first bytes in hex. */
  static String ofBinary(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    sb.append(bytes.length).append(" bytes:");
    for (int i = 0; i < Math.min(16, bytes.length); i++) {
      sb.append(' ').append(String.format("%02x", bytes[i] & 0xff));
    }
    if (bytes.length > 16) {
      sb.append(" …");
    }
    return sb.toString();
  }

  /** Bytes decoded leniently, for an excerpt of text that failed to parse. */
  static String ofBytes(byte[] bytes) {
    int n = Math.min(bytes.length, MAX_CHARS * 4);
    return of(new String(bytes, 0, n, StandardCharsets.UTF_8));
  }
}
