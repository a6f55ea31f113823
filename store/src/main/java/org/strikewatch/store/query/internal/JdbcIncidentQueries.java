package org.strikewatch.store.query.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.Claim;
import org.strikewatch.model.Incident;
import org.strikewatch.model.Weapon;
import org.strikewatch.model.json.ExtractionJson;
import org.strikewatch.store.query.BoundingBox;
import org.strikewatch.store.query.ClaimCheck;
import org.strikewatch.store.query.ExportFormat;
import org.strikewatch.store.query.HeldIncident;
import org.strikewatch.store.query.HistoryEntry;
import org.strikewatch.store.query.IncidentDetail;
import org.strikewatch.store.query.IncidentFilter;
import org.strikewatch.store.query.IncidentPage;
import org.strikewatch.store.query.IncidentQueries;
import org.strikewatch.store.query.IncidentSort;
import org.strikewatch.store.query.IncidentWriter;
import org.strikewatch.store.query.MapListing;
import org.strikewatch.store.query.MentionView;
import org.strikewatch.store.query.Period;
import org.strikewatch.store.query.QueryException;
import org.strikewatch.store.query.QueryOptions;
import org.strikewatch.store.query.ReportView;
import org.strikewatch.store.query.SourceRef;
import org.strikewatch.store.query.Stats;
import org.strikewatch.store.query.StatsRequest;
import org.strikewatch.store.query.StatsRow;
import org.strikewatch.store.query.StoredClaim;
import org.strikewatch.store.query.Trend;

/** {@link IncidentQueries} over the Strikewatch schema through JDBC (SQLite or PostgreSQL). */
public final class JdbcIncidentQueries implements IncidentQueries {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BATCH = 500;

  private final ReadPool pool;
  private final boolean pg;
  private final @Nullable MemorySnapshots memory;

  public JdbcIncidentQueries(ReadPool pool) {
    this(pool, QueryOptions.DEFAULTS);
  }

  /** Queries over {@code pool}; with an in-memory index when the options ask and it is SQLite. */
  public JdbcIncidentQueries(ReadPool pool, QueryOptions options) {
    this.pool = pool;
    this.pg = pool.postgres();
    this.memory =
        options.memoryIndex() && !pg ? MemorySnapshots.open(pool, options.renderedRows()) : null;
  }

  /** The memory index when there is one, it is current and it answers this filter. */
  private Optional<MemoryIndex> memoryFor(IncidentFilter filter) {
    if (memory == null || !MemoryIndex.supports(filter)) {
      return Optional.empty();
    }
    return memory.current();
  }

  @Override
  public String describe() {
    return pool.description();
  }

  // ---- listings ---------------------------------------------------------------------------

  /** One stored row of a page: id, stored contract JSON (null if deleted meanwhile), sources. */
  private record RawRow(long id, @Nullable String json, List<SourceRef> sources, int memoryRow) {
    RawRow(long id, @Nullable String json, List<SourceRef> sources) {
      this(id, json, sources, -1);
    }
  }

  /** A page as stored rows; rows already rendered by the memory index carry their bytes. */
  private record RawPage(List<RawRow> rows, Map<Long, byte[]> rendered, @Nullable String next) {}

  @Override
  public IncidentPage find(
      IncidentFilter filter, IncidentSort sort, int limit, @Nullable String cursor) {
    RawPage page = rawFind(filter, sort, limit, cursor, null);
    List<HeldIncident> rows = new ArrayList<>();
    for (RawRow r : page.rows()) {
      if (r.json() != null) {
        rows.add(new HeldIncident(r.id(), readIncident(r.json(), r.id()), r.sources()));
      }
    }
    return new IncidentPage(rows, page.next());
  }

  @Override
  public byte[] findJson(
      IncidentFilter filter, IncidentSort sort, int limit, @Nullable String cursor) {
    MemoryIndex[] used = new MemoryIndex[1];
    RawPage page = rawFind(filter, sort, limit, cursor, used);
    List<byte[]> items = new ArrayList<>(page.rows().size() + page.rendered().size());
    for (RawRow r : page.rows()) {
      byte[] done = page.rendered().get(r.id());
      if (done != null) {
        items.add(done);
        continue;
      }
      if (r.json() == null) {
        continue;
      }
      byte[] item;
      try {
        item = PageJson.item(r.id(), r.json(), r.sources());
      } catch (IOException e) {
        throw new QueryException(
            "stored incident " + r.id() + " is not readable: " + e.getMessage(), e);
      }
      if (item == null) {
        item = PageJson.item(new HeldIncident(r.id(), readIncident(r.json(), r.id()), r.sources()));
      }
      if (used[0] != null && r.memoryRow() >= 0) {
        used[0].keepRendered(r.memoryRow(), item);
      }
      items.add(item);
    }
    return PageJson.page(items, page.next());
  }

  /**
   * The rows of one page. Box listings by date come from the in-memory index when it is current
   * (its already rendered rows are not read again; {@code used[0]} is set to it), else from SQL
   * cell by cell; other listings from one SQL query.
   */
  private RawPage rawFind(
      IncidentFilter filter,
      IncidentSort sort,
      int limit,
      @Nullable String cursor,
      MemoryIndex @Nullable [] used) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_PAGE + ": " + limit);
    }
    Cursor after = cursor == null ? null : Cursor.decode(cursor, sort);
    List<Long> cells = CellPlan.cells(filter, sort);
    if (!cells.isEmpty()) {
      Optional<MemoryIndex> idx = memoryFor(filter, after);
      if (idx.isPresent()) {
        return fromMemory(idx.get(), filter, sort, limit, after, used);
      }
      return pool.with(c -> findByCells(c, filter, sort, limit, after, cells));
    }
    return pool.with(
        c -> {
          List<Object[]> keys = new ArrayList<>();
          SqlWhere where = SqlWhere.of(filter, pg);
          String sql = "SELECT i.id, i.json, " + sortColumn(sort) + " FROM incidents i";
          String w = where.sql();
          String afterSql = after == null ? "" : after.condition(sort);
          if (!afterSql.isEmpty()) {
            w = w.isEmpty() ? " WHERE " + afterSql : w + " AND " + afterSql;
          }
          sql += w + orderBy(sort) + " LIMIT ?";
          Map<Long, String> byId = new LinkedHashMap<>();
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = where.bind(ps, 1);
            if (after != null) {
              next = after.bind(ps, next);
            }
            ps.setInt(next, limit + 1);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                long id = rs.getLong(1);
                byId.put(id, rs.getString(2));
                keys.add(new Object[] {rs.getObject(3), id});
              }
            }
          }
          boolean more = byId.size() > limit;
          List<Long> ids = new ArrayList<>(byId.keySet());
          if (more) {
            ids = ids.subList(0, limit);
          }
          Map<Long, List<SourceRef>> sources = sources(c, ids);
          List<RawRow> rows = new ArrayList<>();
          for (Long id : ids) {
            rows.add(new RawRow(id, byId.get(id), sources.getOrDefault(id, List.of())));
          }
          String nextCursor = null;
          if (more) {
            Object[] last = keys.get(limit - 1);
            nextCursor = Cursor.encode(sort, last[0], (Long) last[1]);
          }
          return new RawPage(rows, Map.of(), nextCursor);
        });
  }

  /** The memory index, when there is one, it is current and it answers this filter and cursor. */
  private Optional<MemoryIndex> memoryFor(IncidentFilter filter, @Nullable Cursor after) {
    if (memory == null || !MemoryIndex.supports(filter)) {
      return Optional.empty();
    }
    if (after != null && after.value != null && !MemoryIndex.canonicalDate(after.value)) {
      return Optional.empty();
    }
    return memory.current();
  }

  private RawPage fromMemory(
      MemoryIndex idx,
      IncidentFilter filter,
      IncidentSort sort,
      int limit,
      @Nullable Cursor after,
      MemoryIndex @Nullable [] used) {
    BoundingBox area = filter.bbox() != null ? filter.bbox() : filter.near().bounds();
    MemoryIndex.IdPage p =
        idx.findInCells(
            filter,
            sort,
            limit,
            area,
            after != null,
            after == null ? null : after.value,
            after == null ? 0 : after.id);
    String next = p.more() ? Cursor.encode(sort, p.lastDate(), p.lastId()) : null;
    Map<Long, byte[]> rendered = new HashMap<>();
    Map<Long, Integer> rowOf = new HashMap<>();
    List<Long> missing = new ArrayList<>();
    for (int i = 0; i < p.ids().size(); i++) {
      Long id = p.ids().get(i);
      byte[] b = used == null ? null : idx.rendered(p.rows()[i]);
      if (b != null) {
        rendered.put(id, b);
      } else {
        missing.add(id);
        rowOf.put(id, p.rows()[i]);
      }
    }
    if (used != null) {
      used[0] = idx;
    }
    Map<Long, String> json = missing.isEmpty() ? Map.of() : pool.with(c -> rowsJson(c, missing));
    Map<Long, List<SourceRef>> sources =
        missing.isEmpty() ? Map.of() : pool.with(c -> sources(c, missing));
    List<RawRow> rows = new ArrayList<>();
    for (Long id : p.ids()) {
      rows.add(
          new RawRow(
              id, json.get(id), sources.getOrDefault(id, List.of()), rowOf.getOrDefault(id, -1)));
    }
    return new RawPage(rows, rendered, next);
  }

  private static Map<Long, String> rowsJson(Connection c, List<Long> ids) throws SQLException {
    Map<Long, String> out = new HashMap<>();
    for (int from = 0; from < ids.size(); from += BATCH) {
      List<Long> part = ids.subList(from, Math.min(ids.size(), from + BATCH));
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT id, json FROM incidents WHERE id IN ("
                  + "?,".repeat(part.size() - 1)
                  + "?)")) {
        int i = 1;
        for (Long id : part) {
          ps.setLong(i++, id);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getLong(1), rs.getString(2));
          }
        }
      }
    }
    return out;
  }

  /**
   * Newest-first listing inside a small box: one index range per grid cell (newest first, at most a
   * page each), merged in memory. Equivalent to the single query, much cheaper on large tables.
   */
  private RawPage findByCells(
      Connection c,
      IncidentFilter filter,
      IncidentSort sort,
      int limit,
      @Nullable Cursor after,
      List<Long> cells)
      throws SQLException {
    SqlWhere where = SqlWhere.of(filter, pg);
    String w = where.sql();
    w = (w.isEmpty() ? " WHERE " : w + " AND ") + "i.cell = ?";
    if (after != null) {
      w += " AND " + after.condition(sort);
    }
    String hint = pg ? "" : " INDEXED BY incidents_cell_date_idx";
    String sql =
        "SELECT i.id, i.date_start FROM incidents i" + hint + w + orderBy(sort) + " LIMIT ?";
    List<Object[]> keys = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (Long cell : cells) {
        int next = where.bind(ps, 1);
        ps.setLong(next++, cell);
        if (after != null) {
          next = after.bind(ps, next);
        }
        ps.setInt(next, limit + 1);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            keys.add(new Object[] {rs.getString(2), rs.getLong(1)});
          }
        }
      }
    }
    java.util.Comparator<Object[]> order =
        java.util.Comparator.comparing(
                (Object[] k) -> (String) k[0],
                java.util.Comparator.nullsFirst(java.util.Comparator.<String>naturalOrder()))
            .thenComparing(k -> (Long) k[1]);
    keys.sort(sort.descending() ? order.reversed() : nullsLastAscending(order));
    boolean more = keys.size() > limit;
    List<Object[]> page = keys.subList(0, Math.min(limit, keys.size()));
    List<Long> ids = new ArrayList<>();
    for (Object[] k : page) {
      ids.add((Long) k[1]);
    }
    Map<Long, String> json = ids.isEmpty() ? Map.of() : rowsJson(c, ids);
    Map<Long, List<SourceRef>> sources = sources(c, ids);
    List<RawRow> rows = new ArrayList<>();
    for (Long id : ids) {
      rows.add(new RawRow(id, json.get(id), sources.getOrDefault(id, List.of())));
    }
    String nextCursor = null;
    if (more) {
      Object[] last = page.get(page.size() - 1);
      nextCursor = Cursor.encode(sort, last[0], (Long) last[1]);
    }
    return new RawPage(rows, Map.of(), nextCursor);
  }

  private static java.util.Comparator<Object[]> nullsLastAscending(
      java.util.Comparator<Object[]> ignored) {
    return java.util.Comparator.comparing(
            (Object[] k) -> (String) k[0],
            java.util.Comparator.nullsLast(java.util.Comparator.<String>naturalOrder()))
        .thenComparing(k -> (Long) k[1]);
  }

  private static String sortColumn(IncidentSort sort) {
    switch (sort.key()) {
      case DATE:
        return "i.date_start";
      case KILLED:
        return "i.killed_best";
      default:
        return "i.id";
    }
  }

  private String orderBy(IncidentSort sort) {
    String dir = sort.descending() ? " DESC" : " ASC";
    if (sort.key() == IncidentSort.Key.ID) {
      return " ORDER BY i.id" + dir;
    }
    // Unknown values last in both directions. SQLite already sorts NULL last when descending,
    // and saying so would stop it walking the index backwards.
    String nulls = !pg && sort.descending() ? "" : " NULLS LAST";
    return " ORDER BY " + sortColumn(sort) + dir + nulls + ", i.id" + dir;
  }

  @Override
  public long count(IncidentFilter filter) {
    Optional<MemoryIndex> idx = memoryFor(filter);
    if (idx.isPresent()) {
      return idx.get().count(filter);
    }
    return pool.with(c -> count(c, filter));
  }

  private long count(Connection c, IncidentFilter filter) throws SQLException {
    SqlWhere where = SqlWhere.of(filter, pg);
    try (PreparedStatement ps =
        c.prepareStatement("SELECT count(*) FROM incidents i" + where.sql())) {
      where.bind(ps, 1);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Override
  public void forEach(IncidentFilter filter, IncidentSort sort, Consumer<HeldIncident> sink) {
    String cursor = null;
    do {
      IncidentPage page = find(filter, sort, MAX_PAGE, cursor);
      page.items().forEach(sink);
      cursor = page.nextCursor();
    } while (cursor != null);
  }

  @Override
  public long export(
      IncidentFilter filter, IncidentSort sort, ExportFormat format, Writer out, Instant at)
      throws IOException {
    IncidentWriter writer = format.open(out, at);
    long[] n = {0};
    try {
      forEach(
          filter,
          sort,
          held -> {
            try {
              writer.write(held);
              n[0]++;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    writer.finish();
    return n[0];
  }

  private Map<Long, List<SourceRef>> sources(Connection c, java.util.Collection<Long> ids)
      throws SQLException {
    Map<Long, List<SourceRef>> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    List<Long> all = new ArrayList<>(ids);
    for (int from = 0; from < all.size(); from += BATCH) {
      List<Long> part = all.subList(from, Math.min(all.size(), from + BATCH));
      String sql =
          "SELECT m.incident_id, r.id, r.source, r.url, r.published FROM mentions m"
              + " JOIN reports r ON r.id = m.report_id WHERE m.incident_id IN ("
              + "?,".repeat(part.size() - 1)
              + "?) ORDER BY m.incident_id, r.id";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int i = 1;
        for (Long id : part) {
          ps.setLong(i++, id);
        }
        try (ResultSet rs = ps.executeQuery()) {
          long lastIncident = -1;
          long lastReport = -1;
          while (rs.next()) {
            long incident = rs.getLong(1);
            long report = rs.getLong(2);
            if (incident == lastIncident && report == lastReport) {
              continue;
            }
            lastIncident = incident;
            lastReport = report;
            out.computeIfAbsent(incident, k -> new ArrayList<>())
                .add(
                    new SourceRef(report, rs.getString(3), rs.getString(4), date(rs.getString(5))));
          }
        }
      }
    }
    return out;
  }

  // ---- single incident and report ----------------------------------------------------------

  @Override
  public Optional<IncidentDetail> incident(long id) {
    return pool.with(
        c -> {
          Incident incident;
          try (PreparedStatement ps =
              c.prepareStatement("SELECT json FROM incidents WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              incident = readIncident(rs.getString(1), id);
            }
          }
          List<MentionView> mentions = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT m.id, m.json, r.id, r.source, r.url, r.published FROM mentions m"
                      + " JOIN reports r ON r.id = m.report_id WHERE m.incident_id = ?"
                      + " ORDER BY m.id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                SourceRef ref =
                    new SourceRef(
                        rs.getLong(3), rs.getString(4), rs.getString(5), date(rs.getString(6)));
                mentions.add(
                    new MentionView(rs.getLong(1), ref, readIncident(rs.getString(2), id)));
              }
            }
          }
          List<SourceRef> refs = new ArrayList<>();
          for (MentionView m : mentions) {
            if (refs.stream().noneMatch(r -> r.reportId() == m.report().reportId())) {
              refs.add(m.report());
            }
          }
          List<HistoryEntry> history = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT report_id, mention_id, action, reason, at FROM merge_history"
                      + " WHERE incident_id = ? ORDER BY id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                history.add(
                    new HistoryEntry(
                        nullableLong(rs, 1),
                        nullableLong(rs, 2),
                        rs.getString(3),
                        rs.getString(4),
                        instant(rs.getString(5))));
              }
            }
          }
          return Optional.of(
              new IncidentDetail(new HeldIncident(id, incident, refs), mentions, history));
        });
  }

  @Override
  public Optional<ReportView> report(long id) {
    return pool.with(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT r.id, r.text, r.origin, r.source, r.url, r.published, r.fetched_at,"
                      + " r.status, r.status_detail, (SELECT e.json FROM extractions e WHERE"
                      + " e.report_id = r.id ORDER BY e.id DESC LIMIT 1) FROM reports r WHERE r.id"
                      + " = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new ReportView(
                      rs.getLong(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      date(rs.getString(6)),
                      instant(rs.getString(7)),
                      rs.getString(8),
                      rs.getString(9),
                      rs.getString(10)));
            }
          }
        });
  }

  // ---- statistics and trends ---------------------------------------------------------------

  @Override
  public Stats stats(IncidentFilter filter, StatsRequest request) {
    Optional<MemoryIndex> idx = memoryFor(filter);
    if (idx.isPresent()) {
      StatsRollup rollup = new StatsRollup(request.bucket());
      idx.get().stats(filter, request.group(), rollup);
      return new Stats(request, filter, rollup.rows());
    }
    return pool.with(
        c -> {
          SqlWhere where = SqlWhere.of(filter, pg);
          where.term("i.date_start IS NOT NULL");
          String group = "NULL";
          String join = "";
          StatsRequest.Group g = request.group();
          if (g != null) {
            switch (g) {
              case ADMIN1:
                group = "i.admin1";
                break;
              case LAUNCHED_BY:
                group = "i.launched_by";
                break;
              case OWN_TERRITORY:
                group = "CASE i.own_territory WHEN 1 THEN 'true' WHEN 0 THEN 'false' END";
                break;
              case WEAPON:
                List<String> codes = new ArrayList<>();
                for (Weapon w : Weapon.values()) {
                  codes.add("SELECT '" + w.code() + "' AS code");
                }
                join =
                    " LEFT JOIN ("
                        + String.join(" UNION ALL ", codes)
                        + ") wc ON i.weapons LIKE '%,' || wc.code || ',%'";
                group = "wc.code";
                break;
              default:
                throw new IllegalStateException("unhandled group " + g);
            }
          }
          // Grouped by day in SQL (in index order, no sort), rolled up into buckets here.
          String sql =
              "SELECT i.date_start, "
                  + group
                  + ", count(*),"
                  + " sum(COALESCE(i.killed_best, i.killed_low, 0)),"
                  + " sum(COALESCE(i.killed_low, i.killed_best, 0)),"
                  + " sum(COALESCE(i.injured_best, i.injured_low, 0)),"
                  + " sum(COALESCE(i.injured_low, i.injured_best, 0)),"
                  + " sum(COALESCE(i.evacuated_best, i.evacuated_low, 0)),"
                  + " sum(COALESCE(i.evacuated_low, i.evacuated_best, 0))"
                  + " FROM incidents i"
                  + join
                  + where.sql()
                  + " GROUP BY i.date_start"
                  + (g == null ? "" : ", " + group);
          StatsRollup rollup = new StatsRollup(request.bucket());
          long[] sums = new long[7];
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                for (int k = 0; k < 7; k++) {
                  sums[k] = rs.getLong(3 + k);
                }
                rollup.add(LocalDate.parse(rs.getString(1)), rs.getString(2), sums);
              }
            }
          }
          List<StatsRow> rows = rollup.rows();
          return new Stats(request, filter, rows);
        });
  }

  @Override
  public Trend trend(IncidentFilter filter, Period a, Period b) {
    IncidentFilter fa = filter.toBuilder().period(a).build();
    IncidentFilter fb = filter.toBuilder().period(b).build();
    Optional<MemoryIndex> idx = memoryFor(filter);
    return pool.with(
        c -> {
          long ka = idx.isPresent() ? idx.get().count(fa) : count(c, fa);
          long kb = idx.isPresent() ? idx.get().count(fb) : count(c, fb);
          RateRatio r = RateRatio.of(ka, a.days(), kb, b.days(), 0.95);
          String what = filter.toBuilder().from(null).to(null).build().describe();
          return new Trend(
              filter,
              a,
              b,
              ka,
              kb,
              ka / (double) a.days(),
              kb / (double) b.days(),
              r.ratio(),
              r.low(),
              r.high(),
              RateRatio.METHOD,
              Phrases.trend(what, a.label(), b.label(), r));
        });
  }

  // ---- claims ------------------------------------------------------------------------------

  @Override
  public List<ClaimCheck> claims(int listLimit) {
    if (listLimit < 0 || listLimit > MAX_PAGE) {
      throw new IllegalArgumentException("list limit must be 0.." + MAX_PAGE + ": " + listLimit);
    }
    List<StoredClaim> claims =
        pool.with(
            c -> {
              List<StoredClaim> out = new ArrayList<>();
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT c.id, c.report_id, r.source, r.url, c.json FROM claims c"
                          + " JOIN reports r ON r.id = c.report_id ORDER BY c.id")) {
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    Claim claim = readClaim(rs.getString(5), rs.getLong(1));
                    out.add(
                        new StoredClaim(
                            rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), claim));
                  }
                }
              }
              return out;
            });
    List<ClaimCheck> checks = new ArrayList<>();
    for (StoredClaim sc : claims) {
      checks.add(check(sc, listLimit));
    }
    return checks;
  }

  private ClaimCheck check(StoredClaim sc, int listLimit) {
    Claim claim = sc.claim();
    String who =
        !claim.attribution().isEmpty()
            ? String.join(", ", claim.attribution())
            : sc.source() != null ? sc.source() : "report " + sc.reportId();
    IncidentFilter filter = ClaimFilters.of(claim);
    String what = ClaimFilters.subject(claim);
    String period =
        claim.when().start() != null && claim.when().end() != null
            ? new Period(claim.when().start(), claim.when().end()).label()
            : "no resolved period";
    String head = who + ": " + Phrases.count(claim.count()) + " " + what + ", " + period;
    if (filter == null) {
      return new ClaimCheck(
          sc, null, 0, List.of(), "cannot compare", head + " — held: cannot compare (no dates)");
    }
    long held = count(filter);
    List<HeldIncident> listed =
        listLimit == 0
            ? List.of()
            : find(filter, new IncidentSort(IncidentSort.Key.DATE, false), listLimit, null).items();
    String verdict = Phrases.verdict(claim.count(), held);
    return new ClaimCheck(sc, filter, held, listed, verdict, head + " — held: " + held);
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static Incident readIncident(String json, long id) {
    try {
      JsonNode node = JSON.readTree(json);
      return ExtractionJson.readIncident(node, "incident " + id);
    } catch (IOException | IllegalArgumentException e) {
      throw new QueryException("stored incident " + id + " is not readable: " + e.getMessage(), e);
    }
  }

  private static Claim readClaim(String json, long id) {
    try {
      JsonNode node = JSON.readTree(json);
      return ExtractionJson.readClaim(node, "claim " + id);
    } catch (IOException | IllegalArgumentException e) {
      throw new QueryException("stored claim " + id + " is not readable: " + e.getMessage(), e);
    }
  }

  private static @Nullable LocalDate date(@Nullable String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Instant instant(@Nullable String s) {
    if (s == null) {
      return Instant.EPOCH;
    }
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw new QueryException("stored time is not ISO-8601: " + s, e);
    }
  }

  private static @Nullable Long nullableLong(ResultSet rs, int col) throws SQLException {
    long v = rs.getLong(col);
    return rs.wasNull() ? null : v;
  }

  @Override
  public MapListing mapListing() {
    return new JdbcMapListing(pool);
  }

  @Override
  public void close() {
    if (memory != null) {
      memory.close();
    }
    pool.close();
  }

  /** Keyset cursor: the sort, the last row's sort value and id, base64url-encoded. */
  static final class Cursor {
    final IncidentSort sort;
    final @Nullable String value;
    final long id;

    private Cursor(IncidentSort sort, @Nullable String value, long id) {
      this.sort = sort;
      this.value = value;
      this.id = id;
    }

    static String encode(IncidentSort sort, @Nullable Object value, long id) {
      String v = value == null ? "~" : "=" + value;
      String raw = "1|" + sort + "|" + id + "|" + v;
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String text, IncidentSort expected) {
      String raw;
      try {
        raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("cursor is not one this server issued: " + text, e);
      }
      String[] parts = raw.split("\\|", 4);
      if (parts.length != 4 || !parts[0].equals("1")) {
        throw new IllegalArgumentException("cursor is not one this server issued: " + text);
      }
      if (!parts[1].equals(expected.toString())) {
        throw new IllegalArgumentException(
            "cursor was issued for sort " + parts[1] + ", not " + expected);
      }
      long id;
      try {
        id = Long.parseLong(parts[2]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("cursor is not one this server issued: " + text, e);
      }
      String value = parts[3].equals("~") ? null : parts[3].substring(1);
      if (value != null && expected.key() == IncidentSort.Key.KILLED) {
        try {
          Long.parseLong(value);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("cursor is not one this server issued: " + text, e);
        }
      }
      return new Cursor(expected, value, id);
    }

    /** Rows strictly after this cursor in {@code sort} order (NULL values sort last). */
    String condition(IncidentSort s) {
      String op = s.descending() ? "<" : ">";
      if (s.key() == IncidentSort.Key.ID) {
        return "i.id " + op + " ?";
      }
      String col = s.key() == IncidentSort.Key.DATE ? "i.date_start" : "i.killed_best";
      if (value == null) {
        return "(" + col + " IS NULL AND i.id " + op + " ?)";
      }
      return "("
          + col
          + " "
          + op
          + " ? OR ("
          + col
          + " = ? AND i.id "
          + op
          + " ?) OR "
          + col
          + " IS NULL)";
    }

    int bind(PreparedStatement ps, int first) throws SQLException {
      int i = first;
      if (sort.key() == IncidentSort.Key.ID || value == null) {
        ps.setLong(i++, id);
        return i;
      }
      Object v = sort.key() == IncidentSort.Key.KILLED ? (Object) Long.parseLong(value) : value;
      ps.setObject(i++, v);
      ps.setObject(i++, v);
      ps.setLong(i++, id);
      return i;
    }
  }
}
