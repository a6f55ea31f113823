package org.strikewatch.store.query;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How to aggregate: time bucket and an optional grouping. */
public record StatsRequest(Bucket bucket, @Nullable Group group) {

  /** Time bucket; weeks start on Monday (ISO). */
  public enum Bucket {
    DAY,
    WEEK,
    MONTH;

    /** Parses day, week or month. */
    public static Bucket parse(String text) {
      for (Bucket b : values()) {
        if (b.name().equalsIgnoreCase(text.trim())) {
          return b;
        }
      }
      throw new IllegalArgumentException("by must be day, week or month but was \"" + text + "\"");
    }

    /** Lower-case name. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Second dimension of the aggregate. */
  public enum Group {
    ADMIN1("admin1"),
    WEAPON("weapon"),
    LAUNCHED_BY("launchedBy"),
    OWN_TERRITORY("ownTerritory");

    private final String code;

    Group(String code) {
      this.code = code;
    }

    /** The name used on the command line and in the API. */
    public String code() {
      return code;
    }

    /** Parses admin1, weapon, launchedBy or ownTerritory (case-insensitive). */
    public static Group parse(String text) {
      for (Group g : values()) {
        if (g.code.equalsIgnoreCase(text.trim())) {
          return g;
        }
      }
      throw new IllegalArgumentException(
          "group must be admin1, weapon, launchedBy or ownTerritory but was \"" + text + "\"");
    }
  }

  public StatsRequest {
    if (bucket == null) {
      throw new IllegalArgumentException("bucket is required");
    }
  }
}
