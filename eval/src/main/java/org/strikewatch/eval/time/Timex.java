package org.strikewatch.eval.time;

import org.jspecify.annotations.Nullable;

/** One temporal expression: character offsets into the plain text, TIMEX3 type and value. */
public record Timex(int start, int end, String type, @Nullable String value) {

  public Timex {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad timex offsets: " + start + ".." + end);
    }
    if (type == null) {
      throw new IllegalArgumentException("timex type is required");
    }
  }
}
