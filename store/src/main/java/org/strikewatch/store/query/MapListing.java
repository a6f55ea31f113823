package org.strikewatch.store.query;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The lean listing the web map draws: every incident as one row holding only what the map, the
 * timeline and the filters need, written as compact JSON with a streaming generator straight from
 * one query. Details (sources, evidence, merge history) stay with {@link IncidentQueries#incident}.
 *
 * <p>The JSON is {@code {"fields": [...], "rows": [[...], ...], "count": n}}: each row is an array
 * whose values are in {@link #FIELDS} order.
 */
public interface MapListing {

  /**
   * The columns of a row, in order: id; lat and lon (null when the place has no coordinates); start
   * and end (ISO days, null when unresolved); timePrecision; place (the place name);
   * placePrecision; country and admin1; weapons (array of weapon codes); launchedBy (ISO country or
   * null); ownTerritory (true, false or null); killed and injured (best figure, else the low one,
   * else null); sources (how many reports stand behind the incident).
   */
  List<String> FIELDS =
      List.of(
          "id",
          "lat",
          "lon",
          "start",
          "end",
          "timePrecision",
          "place",
          "placePrecision",
          "country",
          "admin1",
          "weapons",
          "launchedBy",
          "ownTerritory",
          "killed",
          "injured",
          "sources");

  /**
   * What the listing would show: changes whenever an incident is created, changed or deleted. Cheap
   * next to {@link #write}, so a server can answer "not modified" without building the listing.
   */
  Version version();

  /**
   * Does ahead of time what would make the first {@link #version} calls slow (a server calls it as
   * it starts).
   */
  default void warmUp() {
    version();
  }

  /**
   * Writes the whole listing as UTF-8 JSON to {@code out} (which is not closed); returns how many
   * rows were written.
   */
  long write(OutputStream out) throws IOException;

  /**
   * The state of the incidents table: how many incidents there are, the highest id, the latest
   * change ({@code lastWrite}, absent on an empty table) and a digest of every incident's id and
   * change time, which moves whenever any incident is created, changed or deleted.
   */
  record Version(long count, long maxId, @Nullable Instant lastWrite, long digest) {

    public Version {
      if (count < 0) {
        throw new IllegalArgumentException("count is negative: " + count);
      }
    }

    /** A short token naming this version, for an HTTP entity tag. */
    public String tag() {
      return Long.toString(count, 36)
          + "-"
          + Long.toString(maxId, 36)
          + "-"
          + Long.toUnsignedString(digest, 36);
    }

    /** The latest change, when there are incidents. */
    public Optional<Instant> lastModified() {
      return Optional.ofNullable(lastWrite);
    }
  }
}
