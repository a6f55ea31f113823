package org.strikewatch.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for the store tests. When {@code STRIKEWATCH_TEST_PG} names one (a
 * {@code jdbc:postgresql:} URL), that one is used; otherwise the tests start a private server from
 * the installed PostgreSQL binaries (Debian's {@code /usr/lib/postgresql/N/bin}) in a temporary
 * directory on a free port, as the {@code postgres} user when running as root. Without a server the
 * PostgreSQL tests are skipped, except under CI ({@code CI=true}), where they fail.
 */
public final class PostgresTestServer {

  private static String baseUrl;
  private static int schemas;

  private PostgresTestServer() {}

  /** A JDBC URL of a new, empty schema on the test server. */
  public static synchronized String freshSchemaUrl() {
    String base = baseUrl();
    String schema = "t" + ProcessHandle.current().pid() + "_" + (++schemas);
    try (Connection c = DriverManager.getConnection(base);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema on test PostgreSQL: " + e, e);
    }
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private static String baseUrl() {
    if (baseUrl != null) {
      return baseUrl;
    }
    String given = System.getenv("STRIKEWATCH_TEST_PG");
    if (given != null && !given.isBlank()) {
      baseUrl = given;
      return baseUrl;
    }
    Optional<Path> bin = findBinaries();
    if (bin.isEmpty()) {
      unavailable("no PostgreSQL binaries found (apt-get install postgresql)");
    }
    try {
      baseUrl = start(bin.get());
    } catch (IOException | InterruptedException e) {
      unavailable("cannot start PostgreSQL from " + bin.get() + ": " + e.getMessage());
    }
    return baseUrl;
  }

  private static void unavailable(String why) {
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("PostgreSQL store tests cannot run under CI: " + why);
    }
    Assumptions.abort("PostgreSQL store tests skipped: " + why);
  }

  private static Optional<Path> findBinaries() {
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        Optional<Path> found =
            versions
                .map(v -> v.resolve("bin"))
                .filter(b -> Files.isExecutable(b.resolve("initdb")))
                .max(Comparator.comparing(PostgresTestServer::versionOf));
        if (found.isPresent()) {
          return found;
        }
      } catch (IOException e) {
        // fall through to PATH
      }
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(":")) {
        Path b = Path.of(dir);
        if (Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("postgres"))) {
          return Optional.of(b);
        }
      }
    }
    return Optional.empty();
  }

  private static int versionOf(Path bin) {
    try {
      return Integer.parseInt(bin.getParent().getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String start(Path bin) throws IOException, InterruptedException {
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("strikewatch-pg-");
    Path data = dir.resolve("data");
    if (root) {
      UserPrincipal postgres =
          dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
      Files.setOwner(dir, postgres);
    }
    run(
        root,
        bin.resolve("initdb").toString(),
        "-D",
        data.toString(),
        "-U",
        "strikewatch",
        "-A",
        "trust",
        "-E",
        "UTF8",
        "--locale=C",
        "--no-sync");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> cmd =
        command(
            root,
            bin.resolve("postgres").toString(),
            "-D",
            data.toString(),
            "-p",
            Integer.toString(port),
            "-k",
            dir.toString(),
            "-c",
            "listen_addresses=127.0.0.1",
            "-c",
            "fsync=off",
            "-c",
            "synchronous_commit=off",
            "-c",
            "full_page_writes=off");
    Process server =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("server.log").toFile())
            .start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    run(
                        root,
                        bin.resolve("pg_ctl").toString(),
                        "stop",
                        "-D",
                        data.toString(),
                        "-m",
                        "immediate");
                  } catch (IOException | InterruptedException e) {
                    // destroy below
                  }
                  server.destroy();
                  try {
                    server.waitFor(20, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  deleteTree(dir);
                }));
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=strikewatch";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try (Connection c = DriverManager.getConnection(url)) {
        c.isValid(5);
        return url;
      } catch (SQLException e) {
        if (!server.isAlive() || System.nanoTime() > deadline) {
          String log = Files.readString(dir.resolve("server.log"));
          throw new IOException("server did not start: " + log.strip());
        }
        Thread.sleep(100);
      }
    }
  }

  private static List<String> command(boolean root, String... args) {
    List<String> cmd = new ArrayList<>();
    if (root) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.addAll(List.of(args));
    return cmd;
  }

  private static void run(boolean root, String... args) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command(root, args)).redirectErrorStream(true).start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(
          String.join(" ", args).toLowerCase(Locale.ROOT).split(" ")[0]
              + " failed: "
              + out.strip());
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort at exit
    }
  }
}
