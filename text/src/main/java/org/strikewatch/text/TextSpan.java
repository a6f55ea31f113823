package org.strikewatch.text;

/**
 * A stretch of text: UTF-16 offsets (end exclusive) and the index of the paragraph it belongs to.
 */
public record TextSpan(int start, int end, int paragraph) {

  public TextSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span offsets: " + start + ".." + end);
    }
    if (paragraph < 0) {
      throw new IllegalArgumentException("paragraph index is negative: " + paragraph);
    }
  }

  /** True when {@code offset} lies inside this span. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
