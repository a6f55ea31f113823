package org.strikewatch.store.query.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.strikewatch.store.query.MapListing;
import org.strikewatch.store.query.QueryException;

/**
 * {@link MapListing} over the Strikewatch schema: one query over the narrow columns of {@code
 * incidents} (never the JSON bodies), each row written as it is read.
 *
 * <p>The version needs a scan of {@code incidents} (ids and change times). On SQLite it is kept per
 * read connection together with that connection's {@code PRAGMA data_version}, which changes
 * exactly when another connection has committed, so an unchanged database answers without the scan.
 */
public final class JdbcMapListing implements MapListing {

  private static final JsonFactory JSON = new JsonFactory();

  private static final String ROWS =
      "SELECT id, lat, lon, date_start, date_end, time_precision, place_name, place_precision,"
          + " country, admin1, weapons, launched_by, own_territory,"
          + " COALESCE(killed_best, killed_low), COALESCE(injured_best, injured_low), source_count"
          + " FROM incidents ORDER BY id";

  private static final String VERSION = "SELECT id, updated_at FROM incidents";

  /** A version read on one connection while its data_version was {@code dataVersion}. */
  private record Seen(long dataVersion, Version version) {}

  private final ReadPool pool;
  private final Map<Connection, Seen> seen = new ConcurrentHashMap<>();

  public JdbcMapListing(ReadPool pool) {
    this.pool = pool;
  }

  @Override
  public Version version() {
    return pool.with(
        c -> {
          if (pool.postgres()) {
            return scan(c);
          }
          long dataVersion;
          try (Statement st = c.createStatement();
              ResultSet rs = st.executeQuery("PRAGMA data_version")) {
            rs.next();
            dataVersion = rs.getLong(1);
          }
          Seen last = seen.get(c);
          if (last != null && last.dataVersion() == dataVersion) {
            return last.version();
          }
          Version v = scan(c);
          seen.put(c, new Seen(dataVersion, v));
          return v;
        });
  }

  /**
   * Reads the version on every read connection, so that later calls find it kept instead of
   * scanning once per connection. The pool hands connections out in turn, so among any k + 1 calls
   * in a row, with k connections seen so far, there is one not seen yet if any is left.
   */
  @Override
  public void warmUp() {
    int streak = 0;
    for (int calls = 0; calls < 512 && streak <= seen.size(); calls++) {
      int before = seen.size();
      version();
      streak = seen.size() > before ? 0 : streak + 1;
    }
  }

  /**
   * Reads every incident's id and change time. The change times are ISO text whose fraction has no
   * fixed length, so they are compared as instants here rather than as text in SQL; the digest is
   * an order-independent sum of mixed (id, change time) pairs.
   */
  private static Version scan(Connection c) throws SQLException {
    long count = 0;
    long maxId = 0;
    long digest = 0;
    @Nullable String latest = null;
    try (PreparedStatement ps = c.prepareStatement(VERSION)) {
      ps.setFetchSize(1000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long id = rs.getLong(1);
          String at = rs.getString(2);
          count++;
          maxId = Math.max(maxId, id);
          digest += mix(id * 0x9E3779B97F4A7C15L + (at == null ? 0 : at.hashCode()));
          if (at != null && (latest == null || later(at, latest))) {
            latest = at;
          }
        }
      }
    }
    return new Version(count, maxId, latest == null ? null : instant(latest), digest);
  }

  /**
   * True when ISO instant {@code a} is after {@code b}. The store writes {@code Instant.toString()}
   * ("2024-05-01T10:00:00.12345Z": the fraction has no fixed length), so the seconds are compared
   * as text and the fractions as numbers; anything else is parsed.
   */
  static boolean later(String a, String b) {
    if (plain(a) && plain(b)) {
      int c = a.substring(0, 19).compareTo(b.substring(0, 19));
      return c != 0 ? c > 0 : nanos(a) > nanos(b);
    }
    return instant(a).isAfter(instant(b));
  }

  /** "yyyy-MM-ddTHH:mm:ss" then nothing, or a '.' and digits, then 'Z'. */
  private static boolean plain(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(10) != 'T' || s.charAt(n - 1) != 'Z') {
      return false;
    }
    if (n == 20) {
      return true;
    }
    if (s.charAt(19) != '.' || n > 30) {
      return false;
    }
    for (int i = 20; i < n - 1; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int nanos(String s) {
    int v = 0;
    int digits = 0;
    for (int i = 20; i < s.length() - 1; i++) {
      v = v * 10 + (s.charAt(i) - '0');
      digits++;
    }
    for (; digits < 9; digits++) {
      v *= 10;
    }
    return v;
  }

  /** A 64-bit finaliser (SplitMix64), so that sums of nearby inputs do not collide. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  @Override
  public long write(OutputStream out) throws IOException {
    try {
      return pool.with(
          c -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
              g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
              g.writeStartObject();
              g.writeArrayFieldStart("fields");
              for (String f : FIELDS) {
                g.writeString(f);
              }
              g.writeEndArray();
              g.writeArrayFieldStart("rows");
              long n = 0;
              try (PreparedStatement ps = c.prepareStatement(ROWS)) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    writeRow(g, rs);
                    n++;
                  }
                }
              }
              g.writeEndArray();
              g.writeNumberField("count", n);
              g.writeEndObject();
              return n;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void writeRow(JsonGenerator g, ResultSet rs) throws SQLException, IOException {
    g.writeStartArray();
    g.writeNumber(rs.getLong(1));
    writeDouble(g, rs, 2);
    writeDouble(g, rs, 3);
    writeString(g, rs.getString(4));
    writeString(g, rs.getString(5));
    writeString(g, rs.getString(6));
    writeString(g, rs.getString(7));
    writeString(g, rs.getString(8));
    writeString(g, rs.getString(9));
    writeString(g, rs.getString(10));
    g.writeStartArray();
    String weapons = rs.getString(11);
    if (weapons != null) {
      int from = 0;
      int len = weapons.length();
      while (from < len) {
        int comma = weapons.indexOf(',', from);
        int to = comma < 0 ? len : comma;
        if (to > from) {
          g.writeString(weapons.substring(from, to));
        }
        from = to + 1;
      }
    }
    g.writeEndArray();
    writeString(g, rs.getString(12));
    int own = rs.getInt(13);
    if (rs.wasNull()) {
      g.writeNull();
    } else {
      g.writeBoolean(own != 0);
    }
    writeInt(g, rs, 14);
    writeInt(g, rs, 15);
    g.writeNumber(rs.getInt(16));
    g.writeEndArray();
  }

  private static void writeDouble(JsonGenerator g, ResultSet rs, int col)
      throws SQLException, IOException {
    double v = rs.getDouble(col);
    if (rs.wasNull()) {
      g.writeNull();
    } else {
      g.writeNumber(v);
    }
  }

  private static void writeInt(JsonGenerator g, ResultSet rs, int col)
      throws SQLException, IOException {
    int v = rs.getInt(col);
    if (rs.wasNull()) {
      g.writeNull();
    } else {
      g.writeNumber(v);
    }
  }

  private static void writeString(JsonGenerator g, @Nullable String s) throws IOException {
    if (s == null) {
      g.writeNull();
    } else {
      g.writeString(s);
    }
  }

  private static Instant instant(String s) {
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      throw new QueryException("stored time is not ISO-8601: " + s, e);
    }
  }
}
