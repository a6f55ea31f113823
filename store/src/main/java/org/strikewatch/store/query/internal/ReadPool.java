package org.strikewatch.store.query.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.strikewatch.store.query.QueryException;

/**
 * A fixed set of read connections to one database, handed out one per query so that concurrent
 * requests read in parallel (SQLite in WAL mode allows many readers beside one writer). SQLite
 * connections are opened query-only with a large page cache and memory-mapped I/O.
 */
public final class ReadPool implements AutoCloseable {

  private final BlockingQueue<Connection> idle;
  private final List<Connection> all;
  private final boolean postgres;
  private final String description;

  private ReadPool(List<Connection> all, boolean postgres, String description) {
    this.all = List.copyOf(all);
    this.idle = new ArrayBlockingQueue<>(all.size(), false, all);
    this.postgres = postgres;
    this.description = description;
  }

  /** True for PostgreSQL, false for SQLite. */
  public boolean postgres() {
    return postgres;
  }

  /** The database without credentials, e.g. {@code sqlite:/data/strikewatch.db}. */
  public String description() {
    return description;
  }

  /** Opens {@code size} connections to the database named by {@code spec} (see Stores). */
  public static ReadPool open(String spec, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("pool size must be positive: " + size);
    }
    String s = spec.trim();
    List<Connection> conns = new ArrayList<>();
    try {
      if (s.startsWith("jdbc:postgresql:")
          || s.startsWith("postgresql://")
          || s.startsWith("postgres://")) {
        Pg pg = Pg.parse(s);
        for (int i = 0; i < size; i++) {
          Properties p = new Properties();
          if (pg.user != null) {
            p.setProperty("user", pg.user);
          }
          if (pg.password != null) {
            p.setProperty("password", pg.password);
          }
          Connection c = DriverManager.getConnection(pg.url, p);
          c.setReadOnly(true);
          conns.add(c);
        }
        return new ReadPool(conns, true, pg.description);
      }
      String path = s;
      if (path.startsWith("jdbc:sqlite:")) {
        path = path.substring("jdbc:sqlite:".length());
      } else if (path.startsWith("sqlite:")) {
        path = path.substring("sqlite:".length());
      }
      if (path.isBlank()) {
        throw new IllegalArgumentException("database path is empty: " + spec);
      }
      Path file = Path.of(path).toAbsolutePath();
      for (int i = 0; i < size; i++) {
        Properties p = new Properties();
        p.setProperty("busy_timeout", "60000");
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, p);
        try (Statement st = c.createStatement()) {
          st.execute("PRAGMA query_only = 1");
          st.execute("PRAGMA cache_size = -65536");
          st.execute("PRAGMA mmap_size = 4294967296");
          st.execute("PRAGMA temp_store = MEMORY");
        }
        conns.add(c);
      }
      return new ReadPool(conns, false, "sqlite:" + file);
    } catch (SQLException e) {
      for (Connection c : conns) {
        closeQuietly(c);
      }
      throw new QueryException("cannot open database for reading: " + e.getMessage(), e);
    }
  }

  /** Work done with one connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Borrows a connection for {@code work}; waits up to a minute for one to be free. */
  public <T> T with(Work<T> work) {
    Connection c;
    try {
      c = idle.poll(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new QueryException("interrupted while waiting for a database connection", e);
    }
    if (c == null) {
      throw new QueryException("no database connection free within 60 s", null);
    }
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw new QueryException("database query failed: " + e.getMessage(), e);
    } finally {
      idle.add(c);
    }
  }

  @Override
  public void close() {
    for (Connection c : all) {
      closeQuietly(c);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing: nothing left to do with a connection that will not close
    }
  }

  private static final class Pg {
    final String url;
    final @Nullable String user;
    final @Nullable String password;
    final String description;

    Pg(String url, @Nullable String user, @Nullable String password, String description) {
      this.url = url;
      this.user = user;
      this.password = password;
      this.description = description;
    }

    static Pg parse(String s) {
      if (s.startsWith("jdbc:postgresql:")) {
        return new Pg(s, null, null, s.replaceAll("(?i)(password=)[^&]*", "$1***"));
      }
      URI uri;
      try {
        uri = new URI(s);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(
            "not a PostgreSQL URL: " + s.replaceAll(":[^:@/]*@", ":***@"), e);
      }
      if (uri.getHost() == null) {
        throw new IllegalArgumentException("PostgreSQL URL has no host");
      }
      String db = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
      int port = uri.getPort() < 0 ? 5432 : uri.getPort();
      String url = "jdbc:postgresql://" + uri.getHost() + ":" + port + "/" + db;
      if (uri.getRawQuery() != null) {
        url += "?" + uri.getRawQuery();
      }
      String user = null;
      String password = null;
      if (uri.getRawUserInfo() != null) {
        String[] parts = uri.getRawUserInfo().split(":", 2);
        user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
        if (parts.length > 1) {
          password = URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
        }
      }
      return new Pg(
          url,
          user,
          password,
          "postgresql://"
              + (user == null ? "" : user + "@")
              + uri.getHost()
              + ":"
              + port
              + "/"
              + db);
    }
  }
}
