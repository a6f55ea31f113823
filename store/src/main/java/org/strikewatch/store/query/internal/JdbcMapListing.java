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
 * <p>The version needs a scan of {@code incidents} (for the latest {@code updated_at}). On SQLite
 * it is kept per read connection together with that connection's {@code PRAGMA data_version}, which
 * changes exactly when another connection has committed, so an unchanged database answers without
 * the scan.
 */
public final class JdbcMapListing implements MapListing {

  private static final JsonFactory JSON = new JsonFactory();

  private static final String ROWS =
      "SELECT id, lat, lon, date_start, date_end, time_precision, place_name, place_precision,"
          + " country, admin1, weapons, launched_by, own_territory,"
          + " COALESCE(killed_best, killed_low), COALESCE(injured_best, injured_low), source_count"
          + " FROM incidents ORDER BY id";

  private static final String VERSION = "SELECT count(*), max(id), max(updated_at) FROM incidents";

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

  private static Version scan(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(VERSION);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      long count = rs.getLong(1);
      long maxId = rs.getLong(2);
      String last = rs.getString(3);
      return new Version(count, maxId, last == null ? null : instant(last));
    }
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
