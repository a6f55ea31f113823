package org.strikewatch.store.query;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.strikewatch.store.query.internal.JdbcIncidentQueries;
import org.strikewatch.store.query.internal.ReadPool;

/**
 * Questions asked of the incident database: listings, single incidents, stats, trends, claims,
 * reports and exports. Safe to use from many threads; each call borrows a read connection.
 */
public interface IncidentQueries extends AutoCloseable {

  /** Largest page size {@link #find} accepts. */
  int MAX_PAGE = 1000;

  /**
   * Opens read connections to an already migrated database named by a spec (a SQLite path or {@code
   * sqlite:PATH}, or a PostgreSQL URL, as {@code Stores} accepts); {@code readers} is how many
   * queries may run at once.
   */
  static IncidentQueries open(String spec, int readers) {
    return open(spec, QueryOptions.DEFAULTS.withReaders(readers));
  }

  /** Like {@link #open(String, int)}, with the read options spelled out. */
  static IncidentQueries open(String spec, QueryOptions options) {
    ReadPool pool = ReadPool.open(spec, options.readers());
    try {
      return new JdbcIncidentQueries(pool, options);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /** The database, without credentials. */
  String describe();

  /** One page of matching incidents; {@code cursor} is a previous page's next cursor or null. */
  IncidentPage find(IncidentFilter filter, IncidentSort sort, int limit, @Nullable String cursor);

  /**
   * The page {@link #find} returns, as the UTF-8 JSON of {@link QueryJson#page} (byte for byte),
   * made without building model objects where the implementation can.
   */
  default byte[] findJson(
      IncidentFilter filter, IncidentSort sort, int limit, @Nullable String cursor) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .writeValueAsBytes(QueryJson.page(find(filter, sort, limit, cursor)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise JSON", e);
    }
  }

  /** How many incidents match. */
  long count(IncidentFilter filter);

  /** Every matching incident in order, streamed to {@code sink} (for exports). */
  void forEach(IncidentFilter filter, IncidentSort sort, Consumer<HeldIncident> sink);

  /** One incident with its sources, per-report versions with evidence, and merge history. */
  Optional<IncidentDetail> incident(long id);

  /** Counts and casualty sums per time bucket (and group). */
  Stats stats(IncidentFilter filter, StatsRequest request);

  /** Rates in two periods and their ratio with a 95% interval. */
  Trend trend(IncidentFilter filter, Period a, Period b);

  /**
   * Every stored claim beside the matching held incidents (up to {@code listLimit} listed each).
   */
  List<ClaimCheck> claims(int listLimit);

  /** A stored report with its latest extraction. */
  Optional<ReportView> report(long id);

  /** Writes every matching incident in {@code format}; returns how many were written. */
  long export(IncidentFilter filter, IncidentSort sort, ExportFormat format, Writer out, Instant at)
      throws IOException;

  /** The lean listing of every incident that the web map draws (see {@link MapListing}). */
  MapListing mapListing();

  @Override
  void close();
}
