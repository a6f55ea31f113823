package org.strikewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query commands end to end: a seed-like report (written for this project) is ingested through
 * the real pipeline (store, extract, dedupe) into a SQLite file, then {@code claims}, {@code
 * trend}, {@code incidents} and {@code export} read it back.
 */
class QueryCommandsTest {

  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Run(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private String ingestSeed() throws IOException {
    String data = System.getProperty("strikewatch.data", "");
    Assumptions.assumeTrue(
        !data.isEmpty() && Files.exists(Path.of(data, "READY")),
        "geographic data not set up (run ./strikewatch once)");
    Path report = tmp.resolve("astra.md");
    try (InputStream in = QueryCommandsTest.class.getResourceAsStream("query/astra-seed-like.md")) {
      Files.write(report, in.readAllBytes());
    }
    String db = tmp.resolve("q.db").toString();
    Run ingest = run("ingest", "--db", db, report.toString());
    assertThat(ingest.code()).as(ingest.err()).isZero();
    return db;
  }

  @Test
  void claims_shows_at_least_21_beside_the_own_territory_incidents_held_for_march_april_2024()
      throws IOException {
    String db = ingestSeed();
    Run claims = run("claims", "--db", db);
    assertThat(claims.code()).as(claims.err()).isZero();
    assertThat(claims.out())
        .contains(
            "Astra: at least 21 own-territory incidents launched by RU in Belgorod Oblast,"
                + " Mar–Apr 2024 — held: ")
        .contains("fewer held than claimed")
        .contains("2024-04-28")
        .contains("2024-03-15")
        .doesNotContain("2024-02-10");
  }

  @Test
  void trend_gives_a_ratio_and_an_interval() throws IOException {
    String db = ingestSeed();
    Run trend =
        run(
            "trend",
            "--db",
            db,
            "--own-territory",
            "--period",
            "2024-03..2024-04",
            "--vs",
            "2024-01..2024-02");
    assertThat(trend.code()).as(trend.err()).isZero();
    assertThat(trend.out())
        .containsPattern(
            "× more own-territory incidents in Mar–Apr 2024 than in Jan–Feb 2024,"
                + " 95% CI [0-9.]+–[0-9.]+")
        .containsPattern("ratio A/B [0-9.]+, 95% CI [0-9.]+–[0-9.]+");
  }

  @Test
  void incidents_table_fits_a_terminal_and_bad_dates_are_one_line_errors() throws IOException {
    String db = ingestSeed();
    Run table = run("incidents", "--db", db, "--admin1", "Belgorod Oblast");
    assertThat(table.code()).isZero();
    for (String line : table.out().split("\n")) {
      assertThat(line.length()).as(line).isLessThanOrEqualTo(100);
    }
    Run bad = run("incidents", "--db", db, "--from", "2024-02-30");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err().strip())
        .isEqualTo("incidents: --from: expected an ISO date (YYYY-MM-DD) but found \"2024-02-30\"");
  }

  @Test
  void exports_geojson_to_a_file() throws IOException {
    String db = ingestSeed();
    Path out = tmp.resolve("x.geojson");
    Run export = run("export", "--db", db, "--format", "geojson", "-o", out.toString());
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(Files.readString(out)).startsWith("{\"type\":\"FeatureCollection\",\"features\":[");
  }
}
