package org.strikewatch.model;

import java.util.Locale;

/** How exactly a {@link Place} is known. */
public enum PlacePrecision {
  POINT,
  SETTLEMENT,
  DISTRICT,
  REGION,
  COUNTRY,
  UNKNOWN;

  /** The lower-case name used in the JSON contract. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a contract code such as {@code "settlement"}. */
  public static PlacePrecision fromCode(String code) {
    for (PlacePrecision p : values()) {
      if (p.code().equals(code)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown place precision: " + code);
  }
}
