package org.strikewatch.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikewatch.model.IncomingReport;

/**
 * Kills a real ingesting child process with SIGKILL part-way, runs it again, and checks that every
 * report is stored exactly once and fully extracted, with the same incidents as an uninterrupted
 * run.
 */
class CrashRecoveryTest {

  static final int REPORTS = 1000;

  @TempDir Path dir;

  static List<IncomingReport> reports(int n) {
    Random random = new Random(99L);
    List<IncomingReport> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double lat = 50.0 + random.nextInt(25) * 0.05;
      double lon = 36.0 + random.nextInt(25) * 0.07;
      LocalDate day = LocalDate.of(2024, 3, 1).plusDays(random.nextInt(30));
      String text =
          "Report "
              + i
              + "\n@strike P"
              + Math.round(lat * 100)
              + "_"
              + Math.round(lon * 100)
              + " "
              + lat
              + " "
              + lon
              + " "
              + day
              + " drone "
              + random.nextInt(3);
      out.add(
          IncomingReport.builder(text, "crash/" + i + ".txt")
              .published(day.plusDays(1))
              .fetchedAt(Instant.parse("2024-04-01T00:00:00Z"))
              .build());
    }
    return out;
  }

  private Process child(Path db) throws Exception {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            CrashIngestChild.class.getName(),
            db.toString(),
            Integer.toString(REPORTS))
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child-" + System.nanoTime() + ".log").toFile())
        .start();
  }

  private static long count(Path db, String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 10000");
      try (ResultSet rs = s.executeQuery(sql)) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      return -1; // not created yet
    }
  }

  /** Each incident as its sorted sources -> canonical JSON. */
  private static Map<String, String> clusters(Path db) throws SQLException {
    Map<Long, java.util.TreeSet<String>> sources = new TreeMap<>();
    Map<Long, String> json = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT i.id, i.json, m.report_key, m.idx FROM incidents i"
                    + " JOIN mentions m ON m.incident_id = i.id")) {
      while (rs.next()) {
        sources
            .computeIfAbsent(rs.getLong(1), k -> new java.util.TreeSet<>())
            .add(rs.getString(3) + "#" + rs.getInt(4));
        json.put(rs.getLong(1), rs.getString(2));
      }
    }
    Map<String, String> out = new TreeMap<>();
    sources.forEach((id, keys) -> out.put(String.join(",", keys), json.get(id)));
    return out;
  }

  @Test
  void a_killed_ingest_run_again_stores_every_report_once_and_extracts_it() throws Exception {
    Path db = dir.resolve("crash.db");
    Process first = child(db);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (count(db, "SELECT COUNT(*) FROM reports") < 150
        && first.isAlive()
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(first.isAlive()).as("child still running when killed").isTrue();
    first.destroyForcibly();
    assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
    long storedAtKill = count(db, "SELECT COUNT(*) FROM reports");
    assertThat(storedAtKill).isBetween(1L, (long) REPORTS - 1);

    Process second = child(db);
    assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(second.exitValue()).isZero();

    assertThat(count(db, "SELECT COUNT(*) FROM reports")).isEqualTo(REPORTS);
    assertThat(count(db, "SELECT COUNT(DISTINCT content_hash) FROM reports")).isEqualTo(REPORTS);
    assertThat(count(db, "SELECT COUNT(*) FROM reports WHERE status = 'extracted'"))
        .isEqualTo(REPORTS);
    assertThat(count(db, "SELECT COUNT(*) FROM mentions")).isEqualTo(REPORTS);
    assertThat(count(db, "SELECT COUNT(DISTINCT report_id) FROM extractions")).isEqualTo(REPORTS);
    assertThat(count(db, "SELECT COUNT(*) FROM extractions")).isEqualTo(REPORTS);
    assertThat(count(db, "SELECT COUNT(*) FROM mentions WHERE incident_id IS NULL")).isZero();

    Path clean = dir.resolve("clean.db");
    Process uninterrupted = child(clean);
    assertThat(uninterrupted.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(clusters(db)).isEqualTo(clusters(clean));
  }
}
