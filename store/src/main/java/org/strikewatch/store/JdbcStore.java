package org.strikewatch.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.BorderDistance;
import org.strikewatch.model.Claim;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.Incident;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.model.Place;
import org.strikewatch.model.Rejection;
import org.strikewatch.model.Weapon;
import org.strikewatch.model.json.ExtractionJson;

/**
 * The {@link Store} on one JDBC connection, for SQLite and PostgreSQL alike. Calls are serialised
 * on the instance; prepared statements are cached.
 *
 * <p>The query package reads through {@link #connection()} and {@link #dialect()}; it must hold the
 * store's monitor ({@code synchronized (store)}) while it uses the connection.
 */
public final class JdbcStore implements Store {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String MENTION_COLUMNS = "id, report_id, idx, report_key, incident_id, json";
  private static final String REPORT_COLUMNS =
      "id, content_hash, text, origin, source, url, published, fetched_at, stored_at, media_type,"
          + " language, status, status_detail, extractor_version, previous_version_id";

  private final Connection connection;
  private final Dialect dialect;
  private final String description;
  private final Map<String, PreparedStatement> statements = new HashMap<>();
  private int depth;

  /**
   * The JSON of the mentions written in the open transaction, by incident object: an incident that
   * de-duplication leaves alone becomes its own canonical incident, the same object, and its JSON
   * need not be written twice. Emptied when the transaction ends.
   */
  private final Map<Incident, String> writtenMentionJson = new IdentityHashMap<>();

  /** The time stamp of the open transaction, written on first use; null outside transactions. */
  private @Nullable String transactionTime;

  /** Mentions never change once written (re-extraction writes new ones): cache their parse. */
  private final Map<Long, Incident> parsedMentions =
      new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Incident> eldest) {
          return size() > 200_000;
        }
      };

  JdbcStore(Connection connection, Dialect dialect, String description) {
    this.connection = connection;
    this.dialect = dialect;
    this.description = description;
  }

  /** The SQL dialect of this database. */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * The underlying connection, for read queries in {@code org.strikewatch.store.query}. Hold the
   * store's monitor while using it.
   */
  public Connection connection() {
    return connection;
  }

  @Override
  public String describe() {
    return description;
  }

  /** The content hash the store identifies a report by: SHA-256 of its UTF-8 text, in hex. */
  public static String contentHash(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  // ---------------------------------------------------------------- transactions

  @Override
  public synchronized <T> T inTransaction(Supplier<T> work) {
    if (depth > 0) {
      depth++;
      try {
        return work.get();
      } finally {
        depth--;
      }
    }
    try {
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      throw new StoreException("cannot begin transaction on " + description, e);
    }
    depth = 1;
    boolean ok = false;
    try {
      T result = work.get();
      connection.commit();
      ok = true;
      return result;
    } catch (SQLException e) {
      throw new StoreException("cannot commit transaction on " + description, e);
    } finally {
      depth = 0;
      transactionTime = null;
      writtenMentionJson.clear();
      try {
        if (!ok) {
          connection.rollback();
        }
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        if (ok) {
          throw new StoreException("cannot end transaction on " + description, e);
        }
      }
    }
  }

  @Override
  public synchronized void close() {
    for (PreparedStatement ps : statements.values()) {
      try {
        ps.close();
      } catch (SQLException e) {
        // closing anyway
      }
    }
    statements.clear();
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close " + description, e);
    }
  }

  /**
   * The current time as ISO-8601 text. Inside a transaction every row gets the same time stamp, the
   * transaction's (as PostgreSQL's {@code now()} does), formatted once.
   */
  private String now() {
    if (depth == 0) {
      return Instant.now().toString();
    }
    if (transactionTime == null) {
      transactionTime = Instant.now().toString();
    }
    return transactionTime;
  }

  private PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement ps = statements.get(sql);
    if (ps == null) {
      ps = connection.prepareStatement(sql);
      statements.put(sql, ps);
    }
    return ps;
  }

  private static StoreException fail(String what, SQLException e) {
    return new StoreException(what + ": " + e.getMessage(), e);
  }

  // ---------------------------------------------------------------- reports

  @Override
  public synchronized AddResult add(IncomingReport report) {
    return add(report, contentHash(report.text()));
  }

  @Override
  public synchronized AddResult add(IncomingReport report, String hash) {
    if (hash == null || hash.length() != 64) {
      throw new IllegalArgumentException("not a SHA-256 content hash: " + hash);
    }
    return inTransaction(
        () -> {
          try {
            Optional<Long> existing = idByHash(hash);
            if (existing.isPresent()) {
              return new AddResult(existing.get(), hash, AddResult.Outcome.DUPLICATE, null);
            }
            Long previous = report.url() == null ? null : latestIdWithUrl(report.url());
            PreparedStatement ps =
                prepare(
                    "INSERT INTO reports (content_hash, text, origin, source, url, published,"
                        + " fetched_at, stored_at, media_type, language, status,"
                        + " previous_version_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
                        + " ON CONFLICT (content_hash) DO NOTHING RETURNING id");
            ps.setString(1, hash);
            ps.setString(2, report.text());
            ps.setString(3, report.origin());
            setString(ps, 4, report.source());
            setString(ps, 5, report.url());
            setString(ps, 6, report.published() == null ? null : report.published().toString());
            ps.setString(7, report.fetchedAt().toString());
            ps.setString(8, now());
            ps.setString(9, report.mediaType());
            setString(ps, 10, report.language());
            ps.setString(11, ReportStatus.STORED.code());
            setLong(ps, 12, previous);
            try (ResultSet rs = ps.executeQuery()) {
              if (rs.next()) {
                long id = rs.getLong(1);
                return previous == null
                    ? new AddResult(id, hash, AddResult.Outcome.NEW, null)
                    : new AddResult(id, hash, AddResult.Outcome.NEW_VERSION, previous);
              }
            }
            long id =
                idByHash(hash)
                    .orElseThrow(() -> new StoreException("report vanished after conflict"));
            return new AddResult(id, hash, AddResult.Outcome.DUPLICATE, null);
          } catch (SQLException e) {
            throw fail("cannot store report from " + report.origin(), e);
          }
        });
  }

  private Optional<Long> idByHash(String hash) throws SQLException {
    PreparedStatement ps = prepare("SELECT id FROM reports WHERE content_hash = ?");
    ps.setString(1, hash);
    try (ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
    }
  }

  private @Nullable Long latestIdWithUrl(String url) throws SQLException {
    PreparedStatement ps = prepare("SELECT MAX(id) FROM reports WHERE url = ?");
    ps.setString(1, url);
    try (ResultSet rs = ps.executeQuery()) {
      if (rs.next()) {
        long id = rs.getLong(1);
        return rs.wasNull() ? null : id;
      }
      return null;
    }
  }

  @Override
  public synchronized Optional<StoredReport> report(long id) {
    try {
      PreparedStatement ps = prepare("SELECT " + REPORT_COLUMNS + " FROM reports WHERE id = ?");
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(readReport(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw fail("cannot read report " + id, e);
    }
  }

  @Override
  public synchronized Optional<StoredReport> reportByHash(String contentHash) {
    try {
      PreparedStatement ps =
          prepare("SELECT " + REPORT_COLUMNS + " FROM reports WHERE content_hash = ?");
      ps.setString(1, contentHash);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(readReport(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw fail("cannot read report " + contentHash, e);
    }
  }

  @Override
  public synchronized List<StoredReport> reportsWithStatus(ReportStatus status, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    try {
      PreparedStatement ps =
          prepare(
              "SELECT " + REPORT_COLUMNS + " FROM reports WHERE status = ? ORDER BY id LIMIT ?");
      ps.setString(1, status.code());
      ps.setInt(2, limit);
      List<StoredReport> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(readReport(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw fail("cannot list reports with status " + status.code(), e);
    }
  }

  private static StoredReport readReport(ResultSet rs) throws SQLException {
    IncomingReport received =
        IncomingReport.builder(rs.getString("text"), rs.getString("origin"))
            .source(rs.getString("source"))
            .url(rs.getString("url"))
            .published(date(rs.getString("published")))
            .fetchedAt(Instant.parse(rs.getString("fetched_at")))
            .mediaType(rs.getString("media_type"))
            .language(rs.getString("language"))
            .build();
    long previous = rs.getLong("previous_version_id");
    Long previousId = rs.wasNull() ? null : previous;
    return new StoredReport(
        rs.getLong("id"),
        rs.getString("content_hash"),
        received,
        Instant.parse(rs.getString("stored_at")),
        ReportStatus.fromCode(rs.getString("status")),
        rs.getString("status_detail"),
        rs.getString("extractor_version"),
        previousId);
  }

  @Override
  public synchronized List<Long> reportIdsForReextraction(@Nullable String currentVersion) {
    try {
      PreparedStatement ps;
      if (currentVersion == null) {
        ps = prepare("SELECT id FROM reports ORDER BY id");
      } else {
        ps =
            prepare(
                "SELECT id FROM reports WHERE extractor_version IS NULL"
                    + " OR extractor_version <> ? ORDER BY id");
        ps.setString(1, currentVersion);
      }
      List<Long> ids = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw fail("cannot list reports to extract again", e);
    }
  }

  @Override
  public synchronized long saveExtraction(
      long reportId, String extractorVersion, Extraction extraction) {
    if (extractorVersion == null || extractorVersion.isBlank()) {
      throw new IllegalArgumentException("extractor version is required");
    }
    return inTransaction(
        () ->
            insertExtraction(
                reportId, extractorVersion, ExtractionJson.toCompactString(extraction)));
  }

  private long insertExtraction(long reportId, String extractorVersion, String json) {
    try {
      String now = now();
      PreparedStatement ins =
          prepare(
              "INSERT INTO extractions (report_id, extractor_version, extracted_at, json)"
                  + " VALUES (?,?,?,?) RETURNING id");
      ins.setLong(1, reportId);
      ins.setString(2, extractorVersion);
      ins.setString(3, now);
      ins.setString(4, json);
      long id;
      try (ResultSet rs = ins.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
      }
      PreparedStatement upd =
          prepare(
              "UPDATE reports SET status = ?, status_detail = NULL, extractor_version = ?"
                  + " WHERE id = ?");
      upd.setString(1, ReportStatus.EXTRACTED.code());
      upd.setString(2, extractorVersion);
      upd.setLong(3, reportId);
      if (upd.executeUpdate() != 1) {
        throw new IllegalArgumentException("no stored report with id " + reportId);
      }
      return id;
    } catch (SQLException e) {
      throw fail("cannot store extraction of report " + reportId, e);
    }
  }

  @Override
  public synchronized List<MentionRow> saveExtractionAndClaims(
      StoredReport report, String extractorVersion, ExtractionRows rows) {
    if (extractorVersion == null || extractorVersion.isBlank()) {
      throw new IllegalArgumentException("extractor version is required");
    }
    return inTransaction(
        () -> {
          long reportId = report.id();
          long extractionId = insertExtraction(reportId, extractorVersion, rows.json());
          Extraction x = rows.extraction();
          List<MentionRow> mentions = new ArrayList<>(x.incidents().size());
          for (int i = 0; i < x.incidents().size(); i++) {
            Incident incident = x.incidents().get(i);
            String json = rows.incidentJson().get(i);
            mentions.add(
                new MentionRow(
                    reportId, extractionId, i, report.contentHash(), null, incident, json));
            // an incident that de-duplication leaves alone is written with this JSON as well
            writtenMentionJson.put(incident, json);
          }
          insertClaims(reportId, extractionId, rows);
          return mentions;
        });
  }

  private void insertClaims(long reportId, long extractionId, ExtractionRows rows) {
    List<Claim> claims = rows.extraction().claims();
    if (claims.isEmpty()) {
      return;
    }
    try {
      PreparedStatement ps = prepare(INSERT_CLAIM);
      for (int i = 0; i < claims.size(); i++) {
        bindClaim(ps, reportId, extractionId, i, claims.get(i), rows.claimJson().get(i));
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw fail("cannot store claims of report " + reportId, e);
    }
  }

  @Override
  public synchronized List<Long> addMentions(List<MentionRow> mentions) {
    return inTransaction(
        () -> {
          List<Long> ids = new ArrayList<>(mentions.size());
          for (MentionRow m : mentions) {
            ids.add(insertMention(m));
          }
          return ids;
        });
  }

  @Override
  public synchronized void markFailed(long reportId, String reason) {
    try {
      PreparedStatement ps =
          prepare("UPDATE reports SET status = ?, status_detail = ? WHERE id = ?");
      ps.setString(1, ReportStatus.FAILED.code());
      ps.setString(2, reason);
      ps.setLong(3, reportId);
      if (ps.executeUpdate() != 1) {
        throw new IllegalArgumentException("no stored report with id " + reportId);
      }
    } catch (SQLException e) {
      throw fail("cannot mark report " + reportId + " failed", e);
    }
  }

  @Override
  public synchronized Optional<StoredExtraction> latestExtraction(long reportId) {
    try {
      PreparedStatement ps =
          prepare(
              "SELECT id, extractor_version, extracted_at, json FROM extractions"
                  + " WHERE report_id = ? ORDER BY id DESC LIMIT 1");
      ps.setLong(1, reportId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new StoredExtraction(
                rs.getLong(1),
                reportId,
                rs.getString(2),
                Instant.parse(rs.getString(3)),
                ExtractionJson.parse(rs.getString(4))));
      }
    } catch (SQLException e) {
      throw fail("cannot read extraction of report " + reportId, e);
    }
  }

  @Override
  public synchronized Map<ReportStatus, Long> countReportsByStatus() {
    Map<ReportStatus, Long> counts = new EnumMap<>(ReportStatus.class);
    for (ReportStatus s : ReportStatus.values()) {
      counts.put(s, 0L);
    }
    try {
      PreparedStatement ps = prepare("SELECT status, COUNT(*) FROM reports GROUP BY status");
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts.put(ReportStatus.fromCode(rs.getString(1)), rs.getLong(2));
        }
      }
      return counts;
    } catch (SQLException e) {
      throw fail("cannot count reports", e);
    }
  }

  // ---------------------------------------------------------------- mentions and claims

  @Override
  public synchronized long addMention(
      long reportId, long extractionId, int index, String reportKey, Incident incident) {
    return insertMention(
        new MentionRow(
            reportId,
            extractionId,
            index,
            reportKey,
            null,
            incident,
            ExtractionRows.mentionJson(incident)));
  }

  private long insertMention(MentionRow m) {
    long reportId = m.reportId();
    int index = m.index();
    Incident incident = m.incident();
    String json = m.json();
    try {
      PreparedStatement ps =
          prepare(
              "INSERT INTO mentions (report_id, extraction_id, idx, report_key, date_start,"
                  + " date_end, time_precision, lat, lon, cell, country, admin1,"
                  + " place_precision, launched_by, weapons, json, incident_id)"
                  + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
      Place p = incident.where();
      ps.setLong(1, reportId);
      ps.setLong(2, m.extractionId());
      ps.setInt(3, index);
      ps.setString(4, m.reportKey());
      setString(ps, 5, iso(incident.when().start()));
      setString(ps, 6, iso(incident.when().end()));
      ps.setString(7, incident.when().precision().code());
      setDouble(ps, 8, p.lat());
      setDouble(ps, 9, p.lon());
      setLong(ps, 10, p.lat() == null || p.lon() == null ? null : GridCell.of(p.lat(), p.lon()));
      setString(ps, 11, p.country());
      setString(ps, 12, p.admin1());
      ps.setString(13, p.precision().code());
      setString(ps, 14, incident.launchedBy());
      ps.setString(15, weaponsColumn(incident.weapons()));
      ps.setString(16, json);
      setLong(ps, 17, m.incidentId());
      long id;
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
      }
      // the writer knows the mention it wrote: candidate reads need not parse it back
      parsedMentions.put(id, incident);
      if (depth > 0) {
        writtenMentionJson.put(incident, json);
      }
      return id;
    } catch (SQLException e) {
      throw fail("cannot store incident " + index + " of report " + reportId, e);
    }
  }

  private static final String INSERT_CLAIM =
      "INSERT INTO claims (report_id, extraction_id, idx, kind, count_low, count_best,"
          + " count_high, launched_by, own_territory, date_start, date_end, country,"
          + " admin1, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

  @Override
  public synchronized long addClaim(long reportId, long extractionId, int index, Claim claim) {
    try {
      PreparedStatement ps = prepare(INSERT_CLAIM + " RETURNING id");
      bindClaim(
          ps,
          reportId,
          extractionId,
          index,
          claim,
          ExtractionJson.compact(ExtractionJson.claim(claim)));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw fail("cannot store claim " + index + " of report " + reportId, e);
    }
  }

  private static void bindClaim(
      PreparedStatement ps, long reportId, long extractionId, int index, Claim claim, String json)
      throws SQLException {
    ps.setLong(1, reportId);
    ps.setLong(2, extractionId);
    ps.setInt(3, index);
    ps.setString(4, claim.kind());
    setEstimate(ps, 5, claim.count());
    setString(ps, 8, claim.launchedBy());
    setBoolean(ps, 9, claim.ownTerritory());
    setString(ps, 10, iso(claim.when().start()));
    setString(ps, 11, iso(claim.when().end()));
    setString(ps, 12, claim.where() == null ? null : claim.where().country());
    setString(ps, 13, claim.where() == null ? null : claim.where().admin1());
    ps.setString(14, json);
  }

  @Override
  public synchronized List<StoredMention> candidates(CandidateQuery query) {
    try {
      List<StoredMention> out = new ArrayList<>();
      Set<Long> seen = new LinkedHashSet<>();
      String window = " AND date_start >= ? AND date_start <= ? AND date_end >= ?";
      if (!query.cells().isEmpty()) {
        List<Long> cells = new ArrayList<>(new TreeSet<>(query.cells()));
        CandidateQuery.Box box = query.box();
        String sql =
            "SELECT "
                + MENTION_COLUMNS
                + " FROM mentions WHERE cell IN ("
                + placeholders(cells.size())
                + ")"
                + window
                + (box == null ? "" : " AND lat >= ? AND lat <= ? AND lon >= ? AND lon <= ?");
        PreparedStatement ps = prepare(sql);
        int i = 1;
        for (Long c : cells) {
          ps.setLong(i++, c);
        }
        i = bindWindow(ps, i, query);
        if (box != null) {
          ps.setDouble(i++, box.minLat());
          ps.setDouble(i++, box.maxLat());
          ps.setDouble(i++, box.minLon());
          ps.setDouble(i, box.maxLon());
        }
        readMentions(ps, out, seen);
      }
      if (query.admin1() != null) {
        PreparedStatement ps =
            prepare(
                "SELECT "
                    + MENTION_COLUMNS
                    + " FROM mentions WHERE admin1 = ?"
                    + window
                    + (query.admin1RegionOnly() ? " AND place_precision = 'region'" : ""));
        ps.setString(1, query.admin1());
        bindWindow(ps, 2, query);
        readMentions(ps, out, seen);
      }
      out.sort((a, b) -> Long.compare(a.id(), b.id()));
      return out;
    } catch (SQLException e) {
      throw fail("cannot query candidate mentions", e);
    }
  }

  private static int bindWindow(PreparedStatement ps, int i, CandidateQuery q) throws SQLException {
    ps.setString(i, q.earliestStart().toString());
    ps.setString(i + 1, q.end().toString());
    ps.setString(i + 2, q.start().toString());
    return i + 3;
  }

  private void readMentions(PreparedStatement ps, List<StoredMention> out, Set<Long> seen)
      throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long id = rs.getLong(1);
        if (seen.add(id)) {
          out.add(readMention(rs));
        }
      }
    }
  }

  private StoredMention readMention(ResultSet rs) throws SQLException {
    long id = rs.getLong(1);
    long incident = rs.getLong(5);
    Long incidentId = rs.wasNull() ? null : incident;
    Incident parsed = parsedMentions.get(id);
    if (parsed == null) {
      parsed = parseIncident(rs.getString(6));
      parsedMentions.put(id, parsed);
    }
    return new StoredMention(id, rs.getLong(2), rs.getInt(3), rs.getString(4), incidentId, parsed);
  }

  @Override
  public synchronized List<StoredMention> mentions(Collection<Long> mentionIds) {
    List<Long> ids = new ArrayList<>(new TreeSet<>(mentionIds));
    List<StoredMention> out = new ArrayList<>();
    Set<Long> seen = new LinkedHashSet<>();
    try {
      for (int from = 0; from < ids.size(); from += 500) {
        List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
        try (PreparedStatement ps =
            connection.prepareStatement(
                "SELECT "
                    + MENTION_COLUMNS
                    + " FROM mentions WHERE id IN ("
                    + placeholders(chunk.size())
                    + ") ORDER BY id")) {
          for (int i = 0; i < chunk.size(); i++) {
            ps.setLong(i + 1, chunk.get(i));
          }
          readMentions(ps, out, seen);
        }
      }
      return out;
    } catch (SQLException e) {
      throw fail("cannot read mentions", e);
    }
  }

  @Override
  public synchronized List<StoredMention> mentionsOfIncident(long incidentId) {
    try {
      PreparedStatement ps =
          prepare("SELECT " + MENTION_COLUMNS + " FROM mentions WHERE incident_id = ? ORDER BY id");
      ps.setLong(1, incidentId);
      List<StoredMention> out = new ArrayList<>();
      readMentions(ps, out, new LinkedHashSet<>());
      return out;
    } catch (SQLException e) {
      throw fail("cannot read mentions of incident " + incidentId, e);
    }
  }

  @Override
  public synchronized List<StoredMention> mentionsOfReport(long reportId) {
    try {
      PreparedStatement ps =
          prepare("SELECT " + MENTION_COLUMNS + " FROM mentions WHERE report_id = ? ORDER BY idx");
      ps.setLong(1, reportId);
      List<StoredMention> out = new ArrayList<>();
      readMentions(ps, out, new LinkedHashSet<>());
      return out;
    } catch (SQLException e) {
      throw fail("cannot read mentions of report " + reportId, e);
    }
  }

  @Override
  public synchronized List<Claim> claimsOfReport(long reportId) {
    try {
      PreparedStatement ps = prepare("SELECT json FROM claims WHERE report_id = ? ORDER BY idx");
      ps.setLong(1, reportId);
      List<Claim> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(ExtractionJson.readClaim(tree(rs.getString(1)), "claim"));
        }
      }
      return out;
    } catch (SQLException e) {
      throw fail("cannot read claims of report " + reportId, e);
    }
  }

  @Override
  public synchronized Set<Long> deleteExtractionResults(long reportId) {
    return inTransaction(
        () -> {
          try {
            Set<Long> incidents = new TreeSet<>();
            PreparedStatement sel =
                prepare(
                    "SELECT DISTINCT incident_id FROM mentions WHERE report_id = ?"
                        + " AND incident_id IS NOT NULL");
            sel.setLong(1, reportId);
            try (ResultSet rs = sel.executeQuery()) {
              while (rs.next()) {
                incidents.add(rs.getLong(1));
              }
            }
            PreparedStatement dm = prepare("DELETE FROM mentions WHERE report_id = ?");
            dm.setLong(1, reportId);
            dm.executeUpdate();
            PreparedStatement dc = prepare("DELETE FROM claims WHERE report_id = ?");
            dc.setLong(1, reportId);
            dc.executeUpdate();
            return incidents;
          } catch (SQLException e) {
            throw fail("cannot delete extraction results of report " + reportId, e);
          }
        });
  }

  // ---------------------------------------------------------------- incidents

  private static final String INCIDENT_VALUES =
      "date_start, date_end, time_precision, lat, lon, cell, country, admin1, place_name,"
          + " place_precision, weapons, launched_by, own_territory, killed_low, killed_best,"
          + " killed_high, injured_low, injured_best, injured_high, evacuated_low,"
          + " evacuated_best, evacuated_high, border_stated_km, border_computed_km, confidence,"
          + " source_count, json, provenance, updated_at";

  /** The columns {@link #INCIDENT_VALUES} names, in order. */
  private static final List<String> INCIDENT_COLUMNS =
      List.of(INCIDENT_VALUES.split(",")).stream().map(String::trim).toList();

  /** The JDBC type of each of {@link #INCIDENT_COLUMNS}, for binding nulls. */
  private static final int[] INCIDENT_TYPES = {
    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.DOUBLE, Types.DOUBLE, Types.BIGINT,
    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
    Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER,
    Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.DOUBLE, Types.DOUBLE,
    Types.DOUBLE, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR
  };

  /**
   * The incident columns that the indexes on {@code incidents} hold (see the migrations). An update
   * that leaves them as they are writes only the other columns, so the database need not rewrite an
   * entry in each of the table's indexes.
   */
  private static final Set<String> INDEXED_INCIDENT_COLUMNS =
      Set.of(
          "date_start",
          "lat",
          "lon",
          "cell",
          "country",
          "admin1",
          "weapons",
          "launched_by",
          "own_territory",
          "killed_low",
          "killed_best",
          "injured_low",
          "injured_best",
          "evacuated_low",
          "evacuated_best");

  private static final int[] ALL_INCIDENT_COLUMNS = positions(c -> true);
  private static final int[] INDEXED_POSITIONS = positions(INDEXED_INCIDENT_COLUMNS::contains);
  private static final int[] UNINDEXED_POSITIONS =
      positions(c -> !INDEXED_INCIDENT_COLUMNS.contains(c));

  private static final String UPDATE_INCIDENT = updateIncidentSql(ALL_INCIDENT_COLUMNS);
  private static final String UPDATE_INCIDENT_UNINDEXED = updateIncidentSql(UNINDEXED_POSITIONS);
  private static final String SELECT_INDEXED_INCIDENT_VALUES =
      "SELECT "
          + java.util.Arrays.stream(INDEXED_POSITIONS)
              .mapToObj(INCIDENT_COLUMNS::get)
              .collect(Collectors.joining(", "))
          + " FROM incidents WHERE id = ?";

  private static int[] positions(java.util.function.Predicate<String> which) {
    return java.util.stream.IntStream.range(0, INCIDENT_COLUMNS.size())
        .filter(i -> which.test(INCIDENT_COLUMNS.get(i)))
        .toArray();
  }

  private static String updateIncidentSql(int[] positions) {
    return "UPDATE incidents SET "
        + java.util.Arrays.stream(positions)
            .mapToObj(i -> INCIDENT_COLUMNS.get(i) + " = ?")
            .collect(Collectors.joining(", "))
        + " WHERE id = ?";
  }

  @Override
  public synchronized long createIncident(CanonicalIncident incident) {
    try {
      PreparedStatement ps =
          prepare(
              "INSERT INTO incidents ("
                  + INCIDENT_VALUES
                  + ", created_at) VALUES ("
                  + placeholders(30)
                  + ") RETURNING id");
      String now = now();
      int next = bindIncident(ps, incidentValues(incident, now), ALL_INCIDENT_COLUMNS);
      ps.setString(next, now);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw fail("cannot create incident", e);
    }
  }

  @Override
  public synchronized void updateIncident(long incidentId, CanonicalIncident incident) {
    try {
      Object[] values = incidentValues(incident, now());
      int[] changed =
          sameIndexedValues(incidentId, values) ? UNINDEXED_POSITIONS : ALL_INCIDENT_COLUMNS;
      PreparedStatement ps =
          prepare(changed == ALL_INCIDENT_COLUMNS ? UPDATE_INCIDENT : UPDATE_INCIDENT_UNINDEXED);
      int next = bindIncident(ps, values, changed);
      ps.setLong(next, incidentId);
      if (ps.executeUpdate() != 1) {
        throw new IllegalArgumentException("no incident with id " + incidentId);
      }
    } catch (SQLException e) {
      throw fail("cannot update incident " + incidentId, e);
    }
  }

  /** True when the stored incident has these values in every indexed column. */
  private boolean sameIndexedValues(long incidentId, Object[] values) throws SQLException {
    PreparedStatement ps = prepare(SELECT_INDEXED_INCIDENT_VALUES);
    ps.setLong(1, incidentId);
    try (ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return false;
      }
      for (int k = 0; k < INDEXED_POSITIONS.length; k++) {
        int column = INDEXED_POSITIONS[k];
        Object stored =
            switch (INCIDENT_TYPES[column]) {
              case Types.DOUBLE -> rs.getDouble(k + 1);
              case Types.BIGINT -> rs.getLong(k + 1);
              case Types.INTEGER -> rs.getInt(k + 1);
              default -> rs.getString(k + 1);
            };
        if (rs.wasNull()) {
          stored = null;
        }
        if (!java.util.Objects.equals(stored, values[column])) {
          return false;
        }
      }
      return true;
    }
  }

  /** The values of {@link #INCIDENT_COLUMNS} for a canonical incident (nulls where absent). */
  private Object[] incidentValues(CanonicalIncident c, String now) {
    Incident i = c.incident();
    Place p = i.where();
    BorderDistance border = i.borderDistanceKm();
    String json = writtenMentionJson.get(i);
    return new Object[] {
      iso(i.when().start()),
      iso(i.when().end()),
      i.when().precision().code(),
      p.lat(),
      p.lon(),
      p.lat() == null || p.lon() == null ? null : GridCell.of(p.lat(), p.lon()),
      p.country(),
      p.admin1(),
      p.name(),
      p.precision().code(),
      weaponsColumn(i.weapons()),
      i.launchedBy(),
      i.ownTerritory() == null ? null : i.ownTerritory() ? 1 : 0,
      i.killed() == null ? null : i.killed().low(),
      i.killed() == null ? null : i.killed().best(),
      i.killed() == null ? null : i.killed().high(),
      i.injured() == null ? null : i.injured().low(),
      i.injured() == null ? null : i.injured().best(),
      i.injured() == null ? null : i.injured().high(),
      i.evacuated() == null ? null : i.evacuated().low(),
      i.evacuated() == null ? null : i.evacuated().best(),
      i.evacuated() == null ? null : i.evacuated().high(),
      border == null ? null : border.stated(),
      border == null ? null : border.computed(),
      i.confidence(),
      c.sourceCount(),
      json != null ? json : ExtractionJson.compact(ExtractionJson.incident(i)),
      c.provenanceJson(),
      now
    };
  }

  /** Binds the values at these positions to parameters 1, 2, ...; returns the next parameter. */
  private static int bindIncident(PreparedStatement ps, Object[] values, int[] positions)
      throws SQLException {
    int next = 1;
    for (int column : positions) {
      Object v = values[column];
      if (v == null) {
        ps.setNull(next, INCIDENT_TYPES[column]);
      } else if (v instanceof String text) {
        ps.setString(next, text);
      } else if (v instanceof Double d) {
        ps.setDouble(next, d);
      } else if (v instanceof Long l) {
        ps.setLong(next, l);
      } else {
        ps.setInt(next, (Integer) v);
      }
      next++;
    }
    return next;
  }

  @Override
  public synchronized void deleteIncident(long incidentId) {
    inTransaction(
        () -> {
          try {
            PreparedStatement un =
                prepare("UPDATE mentions SET incident_id = NULL WHERE incident_id = ?");
            un.setLong(1, incidentId);
            un.executeUpdate();
            PreparedStatement del = prepare("DELETE FROM incidents WHERE id = ?");
            del.setLong(1, incidentId);
            del.executeUpdate();
          } catch (SQLException e) {
            throw fail("cannot delete incident " + incidentId, e);
          }
        });
  }

  @Override
  public synchronized void assignMentions(long incidentId, Collection<Long> mentionIds) {
    try {
      PreparedStatement ps = prepare("UPDATE mentions SET incident_id = ? WHERE id = ?");
      for (Long id : mentionIds) {
        ps.setLong(1, incidentId);
        ps.setLong(2, id);
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException e) {
      throw fail("cannot assign mentions to incident " + incidentId, e);
    }
  }

  @Override
  public synchronized Optional<StoredIncident> incident(long incidentId) {
    try {
      PreparedStatement ps =
          prepare(
              "SELECT json, source_count, provenance, created_at, updated_at FROM incidents"
                  + " WHERE id = ?");
      ps.setLong(1, incidentId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new StoredIncident(
                incidentId,
                parseIncident(rs.getString(1)),
                rs.getInt(2),
                rs.getString(3),
                Instant.parse(rs.getString(4)),
                Instant.parse(rs.getString(5))));
      }
    } catch (SQLException e) {
      throw fail("cannot read incident " + incidentId, e);
    }
  }

  @Override
  public synchronized long countIncidents() {
    try {
      PreparedStatement ps = prepare("SELECT COUNT(*) FROM incidents");
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw fail("cannot count incidents", e);
    }
  }

  @Override
  public synchronized void recordMerge(
      long incidentId,
      @Nullable Long mentionId,
      @Nullable Long reportId,
      String action,
      String reason) {
    try {
      PreparedStatement ps =
          prepare(
              "INSERT INTO merge_history (incident_id, mention_id, report_id, action, reason, at)"
                  + " VALUES (?,?,?,?,?,?)");
      ps.setLong(1, incidentId);
      setLong(ps, 2, mentionId);
      setLong(ps, 3, reportId);
      ps.setString(4, action);
      ps.setString(5, reason);
      ps.setString(6, now());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw fail("cannot record merge history of incident " + incidentId, e);
    }
  }

  @Override
  public synchronized List<MergeEvent> history(long incidentId) {
    try {
      PreparedStatement ps =
          prepare(
              "SELECT id, mention_id, report_id, action, reason, at FROM merge_history"
                  + " WHERE incident_id = ? ORDER BY id");
      ps.setLong(1, incidentId);
      List<MergeEvent> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long m = rs.getLong(2);
          Long mention = rs.wasNull() ? null : m;
          long r = rs.getLong(3);
          Long report = rs.wasNull() ? null : r;
          out.add(
              new MergeEvent(
                  rs.getLong(1),
                  incidentId,
                  mention,
                  report,
                  rs.getString(4),
                  rs.getString(5),
                  Instant.parse(rs.getString(6))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw fail("cannot read merge history of incident " + incidentId, e);
    }
  }

  @Override
  public synchronized void addCannotLink(long reportA, long reportB, @Nullable String note) {
    if (reportA == reportB) {
      throw new IllegalArgumentException("a report cannot be split from itself: " + reportA);
    }
    try {
      PreparedStatement ps =
          prepare(
              "INSERT INTO cannot_link (report_a, report_b, created_at, note) VALUES (?,?,?,?)"
                  + " ON CONFLICT (report_a, report_b) DO NOTHING");
      ps.setLong(1, Math.min(reportA, reportB));
      ps.setLong(2, Math.max(reportA, reportB));
      ps.setString(3, now());
      setString(ps, 4, note);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw fail("cannot record split of reports " + reportA + " and " + reportB, e);
    }
  }

  @Override
  public synchronized Set<List<Long>> cannotLinks(Collection<Long> reportIds) {
    List<Long> ids = new ArrayList<>(new TreeSet<>(reportIds));
    Set<List<Long>> out = new LinkedHashSet<>();
    try {
      for (int from = 0; from < ids.size(); from += 400) {
        List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 400));
        String in = placeholders(chunk.size());
        try (PreparedStatement ps =
            connection.prepareStatement(
                "SELECT report_a, report_b FROM cannot_link WHERE report_a IN ("
                    + in
                    + ") OR report_b IN ("
                    + in
                    + ") ORDER BY report_a, report_b")) {
          for (int i = 0; i < chunk.size(); i++) {
            ps.setLong(i + 1, chunk.get(i));
            ps.setLong(chunk.size() + i + 1, chunk.get(i));
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(List.of(rs.getLong(1), rs.getLong(2)));
            }
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw fail("cannot read split decisions", e);
    }
  }

  // ---------------------------------------------------------------- quarantine

  @Override
  public synchronized long quarantine(Rejection rejection) {
    try {
      PreparedStatement ps =
          prepare(
              "INSERT INTO quarantine (origin, reason, excerpt, at) VALUES (?,?,?,?) RETURNING id");
      ps.setString(1, rejection.origin());
      ps.setString(2, rejection.reason());
      setString(ps, 3, rejection.excerpt());
      ps.setString(4, now());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw fail("cannot quarantine " + rejection.origin(), e);
    }
  }

  @Override
  public synchronized List<QuarantineEntry> quarantined() {
    try {
      PreparedStatement ps =
          prepare("SELECT id, origin, reason, excerpt, at FROM quarantine ORDER BY id");
      List<QuarantineEntry> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(readQuarantine(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw fail("cannot list the quarantine", e);
    }
  }

  @Override
  public synchronized Optional<QuarantineEntry> quarantineEntry(long id) {
    try {
      PreparedStatement ps =
          prepare("SELECT id, origin, reason, excerpt, at FROM quarantine WHERE id = ?");
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(readQuarantine(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw fail("cannot read quarantine entry " + id, e);
    }
  }

  private static QuarantineEntry readQuarantine(ResultSet rs) throws SQLException {
    return new QuarantineEntry(
        rs.getLong(1),
        new Rejection(rs.getString(2), rs.getString(3), rs.getString(4)),
        Instant.parse(rs.getString(5)));
  }

  @Override
  public synchronized void release(long id) {
    try {
      PreparedStatement ps = prepare("DELETE FROM quarantine WHERE id = ?");
      ps.setLong(1, id);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw fail("cannot release quarantine entry " + id, e);
    }
  }

  // ---------------------------------------------------------------- helpers

  /** The weapons column: codes in vocabulary order between commas, or empty. */
  public static String weaponsColumn(List<Weapon> weapons) {
    if (weapons.isEmpty()) {
      return "";
    }
    if (weapons.size() == 1) {
      return "," + weapons.get(0).code() + ",";
    }
    StringBuilder out = new StringBuilder(",");
    for (Weapon w : new TreeSet<>(weapons)) {
      out.append(w.code()).append(',');
    }
    return out.toString();
  }

  private static String placeholders(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }

  private static @Nullable String iso(@Nullable LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static @Nullable LocalDate date(@Nullable String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new StoreException("stored JSON is unreadable: " + e.getOriginalMessage(), e);
    }
  }

  private static Incident parseIncident(String json) {
    return ExtractionJson.readIncident(tree(json), "incident");
  }

  private static void setString(PreparedStatement ps, int i, @Nullable String v)
      throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, v);
    }
  }

  private static void setLong(PreparedStatement ps, int i, @Nullable Long v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.BIGINT);
    } else {
      ps.setLong(i, v);
    }
  }

  private static void setInt(PreparedStatement ps, int i, @Nullable Integer v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v);
    }
  }

  private static void setDouble(PreparedStatement ps, int i, @Nullable Double v)
      throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.DOUBLE);
    } else {
      ps.setDouble(i, v);
    }
  }

  private static void setBoolean(PreparedStatement ps, int i, @Nullable Boolean v)
      throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.INTEGER);
    } else {
      ps.setInt(i, v ? 1 : 0);
    }
  }

  private static void setEstimate(PreparedStatement ps, int i, @Nullable Estimate e)
      throws SQLException {
    setInt(ps, i, e == null ? null : e.low());
    setInt(ps, i + 1, e == null ? null : e.best());
    setInt(ps, i + 2, e == null ? null : e.high());
  }
}
