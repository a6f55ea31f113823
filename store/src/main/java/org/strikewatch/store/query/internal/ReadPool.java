package org.strikewatch.store.query.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.strikewatch.store.Dialect;
import org.strikewatch.store.Stores;
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
  private final String spec;
  private @Nullable Connection watch;
  private @Nullable PreparedStatement versionQuery;

  private ReadPool(List<Connection> all, boolean postgres, String description, String spec) {
    this.spec = spec;
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
    Stores.Target target = Stores.parse(spec);
    List<Connection> conns = new ArrayList<>();
    try {
      if (target.dialect() == Dialect.POSTGRESQL) {
        for (int i = 0; i < size; i++) {
          Properties p = new Properties();
          if (target.user() != null) {
            p.setProperty("user", target.user());
          }
          if (target.password() != null) {
            p.setProperty("password", target.password());
          }
          Connection c = DriverManager.getConnection(target.jdbcUrl(), p);
          c.setReadOnly(true);
          conns.add(c);
        }
        return new ReadPool(conns, true, target.description(), spec);
      }
      for (int i = 0; i < size; i++) {
        conns.add(sqliteReader(target));
      }
      return new ReadPool(conns, false, target.description(), spec);
    } catch (SQLException e) {
      for (Connection c : conns) {
        closeQuietly(c);
      }
      throw new QueryException("cannot open database for reading: " + e.getMessage(), e);
    }
  }

  private static Connection sqliteReader(Stores.Target target) throws SQLException {
    Properties p = new Properties();
    p.setProperty("busy_timeout", "60000");
    Connection c = DriverManager.getConnection(target.jdbcUrl(), p);
    try (Statement st = c.createStatement()) {
      st.execute("PRAGMA query_only = 1");
      st.execute("PRAGMA cache_size = -65536");
      st.execute("PRAGMA mmap_size = 4294967296");
      st.execute("PRAGMA temp_store = MEMORY");
    }
    return c;
  }

  /**
   * SQLite's {@code data_version} as seen by a connection of its own that never writes: it changes
   * whenever any other connection (in this process or another) commits a change. PostgreSQL has no
   * such counter: {@link IllegalStateException}.
   */
  public synchronized long dataVersion() {
    if (postgres) {
      throw new IllegalStateException("data_version is a SQLite counter");
    }
    try {
      PreparedStatement q = versionQuery;
      if (q == null) {
        Connection c = sqliteReader(Stores.parse(spec));
        watch = c;
        q = c.prepareStatement("PRAGMA data_version");
        versionQuery = q;
      }
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new QueryException("cannot read the database version: " + e.getMessage(), e);
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
  public synchronized void close() {
    for (Connection c : all) {
      closeQuietly(c);
    }
    Connection w = watch;
    if (w != null) {
      closeQuietly(w);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // closing: nothing left to do with a connection that will not close
    }
  }
}
