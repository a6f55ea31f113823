package org.strikewatch.store.query;

import java.util.Locale;

/** Order of incident listings: by date, deaths or id, ascending or descending; ties by id. */
public record IncidentSort(Key key, boolean descending) {

  /** What to sort by. */
  public enum Key {
    DATE,
    KILLED,
    ID
  }

  /** Newest first. */
  public static final IncidentSort NEWEST = new IncidentSort(Key.DATE, true);

  public IncidentSort {
    if (key == null) {
      throw new IllegalArgumentException("sort key is required");
    }
  }

  /**
   * Parses {@code date}, {@code -date}, {@code killed}, {@code -killed}, {@code id}, {@code -id}.
   */
  public static IncidentSort parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    boolean desc = t.startsWith("-");
    String k = desc || t.startsWith("+") ? t.substring(1) : t;
    for (Key key : Key.values()) {
      if (key.name().toLowerCase(Locale.ROOT).equals(k)) {
        return new IncidentSort(key, desc);
      }
    }
    throw new IllegalArgumentException(
        "sort must be date, -date, killed, -killed, id or -id but was \"" + text + "\"");
  }

  @Override
  public String toString() {
    return (descending ? "-" : "") + key.name().toLowerCase(Locale.ROOT);
  }
}
