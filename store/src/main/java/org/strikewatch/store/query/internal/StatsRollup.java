package org.strikewatch.store.query.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.strikewatch.store.query.StatsRequest;
import org.strikewatch.store.query.StatsRow;

/**
 * Rolls per-day sums (count and six casualty sums, by group) up into stats buckets, and lists them
 * bucket by bucket, groups in name order with the unknown group last.
 */
final class StatsRollup {

  private static final String NO_GROUP = "\u0000";

  private final StatsRequest.Bucket bucket;
  private final TreeMap<LocalDate, Map<String, long[]>> cells = new TreeMap<>();

  StatsRollup(StatsRequest.Bucket bucket) {
    this.bucket = bucket;
  }

  /** Adds one day's sums: incidents, killed best/low, injured best/low, evacuated best/low. */
  void add(LocalDate day, @Nullable String group, long[] sums) {
    long[] acc =
        cells
            .computeIfAbsent(bucket(day, bucket), k -> new HashMap<>())
            .computeIfAbsent(group == null ? NO_GROUP : group, k -> new long[7]);
    for (int k = 0; k < 7; k++) {
      acc[k] += sums[k];
    }
  }

  List<StatsRow> rows() {
    List<StatsRow> rows = new ArrayList<>();
    for (Map.Entry<LocalDate, Map<String, long[]>> b : cells.entrySet()) {
      List<String> keys = new ArrayList<>(b.getValue().keySet());
      keys.sort(
          Comparator.comparing(
              (String k) -> k.equals(NO_GROUP) ? null : k,
              Comparator.nullsLast(Comparator.<String>naturalOrder())));
      for (String k : keys) {
        long[] v = b.getValue().get(k);
        rows.add(
            new StatsRow(
                b.getKey(),
                k.equals(NO_GROUP) ? null : k,
                v[0],
                v[1],
                v[2],
                v[3],
                v[4],
                v[5],
                v[6]));
      }
    }
    return rows;
  }

  static LocalDate bucket(LocalDate day, StatsRequest.Bucket bucket) {
    switch (bucket) {
      case DAY:
        return day;
      case WEEK:
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH:
        return day.withDayOfMonth(1);
      default:
        throw new IllegalStateException("unhandled bucket " + bucket);
    }
  }
}
