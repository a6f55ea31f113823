package org.strikewatch.model;

import java.util.Locale;

/** How exactly a {@link TimeSpan} is known. */
public enum Precision {
  DAY,
  DAYS,
  WEEK,
  MONTH,
  YEAR,
  UNKNOWN;

  /** The lower-case name used in the JSON contract. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a contract code such as {@code "month"}. */
  public static Precision fromCode(String code) {
    for (Precision p : values()) {
      if (p.code().equals(code)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown time precision: " + code);
  }
}
