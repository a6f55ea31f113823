package org.strikewatch.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;

/**
 * Opens Strikewatch databases. A database is named by a spec: a file path (SQLite), {@code
 * sqlite:PATH}, {@code jdbc:sqlite:PATH}, {@code postgresql://user:pass@host:port/db} or a {@code
 * jdbc:postgresql:} URL. Opening migrates the schema to the current version.
 */
public final class Stores {

  /** Environment variable naming the database when {@code --db} is not given. */
  public static final String ENV_DB = "STRIKEWATCH_DB";

  /** Pages of write-ahead log after which SQLite copies it back into the database file. */
  static final int WAL_AUTOCHECKPOINT_PAGES = 16_384;

  private Stores() {}

  /**
   * The database spec to use: {@code given} when set, else {@code $STRIKEWATCH_DB}, else {@code
   * $XDG_DATA_HOME/strikewatch/strikewatch.db}, else {@code
   * ~/.local/share/strikewatch/strikewatch.db}.
   */
  public static String resolveSpec(@Nullable String given) {
    return resolveSpec(given, System.getenv());
  }

  static String resolveSpec(@Nullable String given, Map<String, String> env) {
    if (given != null && !given.isBlank()) {
      return given;
    }
    String fromEnv = env.get(ENV_DB);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv;
    }
    String xdg = env.get("XDG_DATA_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".local", "share");
    return base.resolve("strikewatch").resolve("strikewatch.db").toString();
  }

  /** Opens (creating and migrating if needed) the database named by {@code spec}. */
  public static JdbcStore open(String spec) {
    Target target = parse(spec);
    migrate(target);
    try {
      Connection connection = connect(target);
      return new JdbcStore(connection, target.dialect(), target.description());
    } catch (SQLException e) {
      throw new StoreException("cannot open database " + target.description(), e);
    }
  }

  /** Where a spec points: dialect, JDBC URL, credentials and a description without password. */
  public record Target(
      Dialect dialect,
      String jdbcUrl,
      @Nullable String user,
      @Nullable String password,
      String description) {}

  /** Parses a database spec (SQLite path or PostgreSQL URL) without opening it. */
  public static Target parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("database spec is empty");
    }
    String s = spec.trim();
    if (s.startsWith("jdbc:postgresql:")) {
      return new Target(Dialect.POSTGRESQL, s, null, null, redact(s));
    }
    if (s.startsWith("postgresql://") || s.startsWith("postgres://")) {
      return parsePostgresUri(s);
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
    return new Target(Dialect.SQLITE, "jdbc:sqlite:" + file, null, null, "sqlite:" + file);
  }

  private static Target parsePostgresUri(String s) {
    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a PostgreSQL URL: " + redact(s), e);
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("PostgreSQL URL has no host: " + redact(s));
    }
    String db = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (db.isBlank()) {
      throw new IllegalArgumentException("PostgreSQL URL has no database name: " + redact(s));
    }
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
    String description =
        "postgresql://" + (user == null ? "" : user + "@") + uri.getHost() + ":" + port + "/" + db;
    return new Target(Dialect.POSTGRESQL, url, user, password, description);
  }

  private static String redact(String s) {
    return s.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("(//[^:/@]+:)[^@]*@", "$1***@");
  }

  private static void migrate(Target target) {
    if (target.dialect() == Dialect.SQLITE) {
      createParentDirectory(target);
    }
    try {
      Flyway.configure()
          .dataSource(target.jdbcUrl(), target.user(), target.password())
          .loggers("slf4j")
          .locations("classpath:db/migration")
          // migrations made on parallel branches may land in either order
          .outOfOrder(true)
          .placeholders(target.dialect().placeholders())
          .load()
          .migrate();
    } catch (RuntimeException e) {
      throw new StoreException(
          "cannot migrate database " + target.description() + ": " + e.getMessage(), e);
    }
  }

  private static void createParentDirectory(Target target) {
    Path file = Path.of(target.jdbcUrl().substring("jdbc:sqlite:".length()));
    Path parent = file.getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      try {
        Files.createDirectories(parent);
      } catch (IOException e) {
        throw new StoreException("cannot create database directory " + parent, e);
      }
    }
  }

  private static Connection connect(Target target) throws SQLException {
    if (target.dialect() == Dialect.SQLITE) {
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
      config.setBusyTimeout(60_000);
      config.enforceForeignKeys(true);
      config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
      config.setCacheSize(-65_536);
      config.setTempStore(SQLiteConfig.TempStore.MEMORY);
      // Inserts read their ids with RETURNING; the driver's generated-keys query after every
      // INSERT would only cost a statement preparation each time.
      config.setGetGeneratedKeys(false);
      // Checkpoint the write-ahead log every 16,384 pages (64 MB) instead of every 1,000, so a
      // bulk ingest pays for a checkpoint (and its fsync) every few batches, not at every commit.
      config.setWalAutocheckpoint(WAL_AUTOCHECKPOINT_PAGES);
      return DriverManager.getConnection(target.jdbcUrl(), config.toProperties());
    }
    Properties props = new Properties();
    if (target.user() != null) {
      props.setProperty("user", target.user());
    }
    if (target.password() != null) {
      props.setProperty("password", target.password());
    }
    props.setProperty("reWriteBatchedInserts", "true");
    return DriverManager.getConnection(target.jdbcUrl(), props);
  }
}
