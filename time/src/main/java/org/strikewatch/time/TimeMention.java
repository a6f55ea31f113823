package org.strikewatch.time;

import org.jspecify.annotations.Nullable;
import org.strikewatch.model.TimeSpan;

/**
 * One temporal expression: UTF-16 offsets into the text (end exclusive), the interval it denotes
 * (unresolved when relative and no anchor was given), its TIMEX3 type and value (e.g. "2024-05",
 * "P1W", "2024-05-15TNI"), and whether it was relative to the anchor.
 */
public record TimeMention(
    int start,
    int end,
    String text,
    TimeSpan span,
    TimexType type,
    @Nullable String value,
    boolean relative) {

  public TimeMention {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad time mention offsets: " + start + ".." + end);
    }
  }
}
