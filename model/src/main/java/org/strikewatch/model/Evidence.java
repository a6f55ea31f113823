package org.strikewatch.model;

/**
 * A span of the report text that a field came from: UTF-16 offsets into the text as read, end
 * exclusive, so {@code text.substring(start, end)} reproduces {@link #text()}.
 */
public record Evidence(String field, int start, int end, String text) {

  public Evidence {
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("evidence field is required");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence offsets: " + start + ".." + end);
    }
    if (text == null) {
      throw new IllegalArgumentException("evidence text is required");
    }
  }

  /** Evidence for {@code field} cut from {@code source} between the offsets. */
  public static Evidence of(String field, String source, int start, int end) {
    if (end > source.length()) {
      throw new IllegalArgumentException(
          "evidence end " + end + " beyond text length " + source.length());
    }
    return new Evidence(field, start, end, source.substring(start, end));
  }
}
