package org.strikewatch.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.strikewatch.ingest.ReadOptions;
import org.strikewatch.ingest.ReadResult;

/**
 * Detects the format of some bytes, by content first and file name second, and hands them to the
 * matching reader: gzip is unpacked; binary content, undecodable text and empty files are rejected
 * with their reason.
 */
final class Formats {
  /** Largest input read (after unpacking). */
  static final int MAX_BYTES = 256 << 20;

  static final String BINARY = "binary file";

  private Formats() {}

  /** Reads one input (a file's or a response's bytes) into results. */
  static List<ReadResult> read(Input input, ReadOptions options) {
    try {
      return dispatch(input, options);
    } catch (Unreadable e) {
      return List.of(ReadResult.rejected(input.origin(), e.getMessage(), e.excerpt()));
    } catch (RuntimeException e) {
      // A parser library failing on hostile input must not stop a folder: keep it as a rejection.
      return List.of(
          ReadResult.rejected(
              input.origin(),
              "could not read "
                  + input.fileName()
                  + ": "
                  + e.getClass().getSimpleName()
                  + (e.getMessage() == null
                      ? ""
                      : ": " + e.getMessage().lines().findFirst().orElse("")),
              null));
    }
  }

  private static List<ReadResult> dispatch(Input input, ReadOptions options) throws Unreadable {
    byte[] bytes = input.bytes();
    String name = input.fileName();
    String lower = name.toLowerCase(Locale.ROOT);
    if (Decoding.isGzip(bytes)) {
      String inner = lower.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
      return dispatch(input.withContent(inner, gunzip(bytes, name)), options);
    }
    if (bytes.length == 0) {
      throw new Unreadable("empty file", null);
    }
    if (Decoding.looksBinary(bytes)) {
      throw new Unreadable(BINARY, Excerpts.ofBinary(bytes));
    }
    String head = head(bytes);
    String headLower = head.toLowerCase(Locale.ROOT);
    String type = input.declaredType() == null ? "" : input.declaredType().toLowerCase(Locale.ROOT);
    String ext = extension(lower);

    boolean looksHtml =
        headLower.startsWith("<!doctype html")
            || headLower.startsWith("<html")
            || headLower.contains("<html")
            || headLower.startsWith("<head")
            || headLower.startsWith("<body")
            || headLower.startsWith("<div")
            || type.contains("html")
                && !headLower.startsWith("<?xml")
                && !headLower.startsWith("<rss");
    boolean looksFeed =
        headLower.contains("<rss")
            || headLower.contains("<feed")
            || headLower.contains("<rdf:rdf")
            || type.contains("rss")
            || type.contains("atom");
    if (looksFeed && !headLower.contains("<html")) {
      return FeedReader.read(input, options);
    }
    if (looksHtml || ext.equals("html") || ext.equals("htm") || ext.equals("xhtml")) {
      if (containsAscii(bytes, TelegramWebPage.MARKER)) {
        return TelegramWebReader.read(input, options);
      }
      return HtmlArticleReader.read(input, options);
    }
    if (headLower.startsWith("<?xml")
        || ext.equals("xml")
        || ext.equals("rss")
        || ext.equals("atom")) {
      return FeedReader.read(input, options);
    }
    String text = Decoding.decode(bytes, input.declaredCharset());
    String trimmed = text.stripLeading();
    if (trimmed.isEmpty()) {
      throw new Unreadable("empty file", null);
    }
    if (ext.equals("jsonl") || ext.equals("ndjson")) {
      return JsonLinesReader.read(input, text, options);
    }
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      String firstLine = trimmed.lines().findFirst().orElse("").strip();
      boolean oneObjectPerLine =
          firstLine.length() > 1 && firstLine.startsWith("{") && firstLine.endsWith("}");
      if (oneObjectPerLine && !ext.equals("json")) {
        return JsonLinesReader.read(input, text, options);
      }
      if (ext.equals("json") || !ext.equals("txt") && !ext.equals("md")) {
        return JsonDocumentReader.read(input, options);
      }
    }
    boolean markdown = ext.equals("md") || ext.equals("markdown") || type.contains("markdown");
    return TextReader.read(input, text, markdown, options);
  }

  private static String extension(String lowerName) {
    int slash = Math.max(lowerName.lastIndexOf('/'), lowerName.lastIndexOf('\\'));
    int dot = lowerName.lastIndexOf('.');
    return dot > slash + 1 ? lowerName.substring(dot + 1) : "";
  }

  private static String head(byte[] bytes) {
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb) {
      start = 3;
    }
    int n = Math.min(bytes.length - start, 2048);
    return new String(bytes, start, Math.max(0, n), StandardCharsets.ISO_8859_1).stripLeading();
  }

  private static boolean containsAscii(byte[] bytes, String needle) {
    byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + n.length <= bytes.length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (bytes[i + j] != n[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static byte[] gunzip(byte[] bytes, String name) throws Unreadable {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      byte[] out = in.readNBytes(MAX_BYTES + 1);
      if (out.length > MAX_BYTES) {
        throw new Unreadable(
            name + " unpacks to more than " + MAX_BYTES + " bytes", Excerpts.ofBinary(bytes));
      }
      return out;
    } catch (IOException e) {
      throw new Unreadable(
          "broken gzip data in " + name + ": " + e.getMessage(), Excerpts.ofBinary(bytes));
    }
  }
}
