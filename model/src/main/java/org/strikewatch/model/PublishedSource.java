package org.strikewatch.model;

import java.util.Locale;

/** Where the anchor date of a report came from. */
public enum PublishedSource {
  GIVEN,
  INFERRED,
  UNKNOWN;

  /** The lower-case name used in the JSON contract. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a contract code such as {@code "given"}. */
  public static PublishedSource fromCode(String code) {
    for (PublishedSource p : values()) {
      if (p.code().equals(code)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown published source: " + code);
  }
}
