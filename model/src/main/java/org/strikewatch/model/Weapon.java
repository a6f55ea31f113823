package org.strikewatch.model;

import java.util.Locale;

/** The stable weapon vocabulary of the extract contract. */
public enum Weapon {
  AERIAL_BOMB,
  GUIDED_BOMB,
  MISSILE,
  ROCKET,
  ARTILLERY,
  MORTAR,
  DRONE,
  CLUSTER,
  UNKNOWN;

  /** The lower-case name used in the JSON contract, e.g. {@code "guided_bomb"}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a contract code such as {@code "guided_bomb"}. */
  public static Weapon fromCode(String code) {
    for (Weapon w : values()) {
      if (w.code().equals(code)) {
        return w;
      }
    }
    throw new IllegalArgumentException("unknown weapon: " + code);
  }
}
