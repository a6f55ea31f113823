package org.strikewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikewatch.cli.pipeline.IngestPipeline;
import org.strikewatch.cli.pipeline.ReportExtractor;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.Incident;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.model.Place;
import org.strikewatch.model.PlacePrecision;
import org.strikewatch.model.PublishedSource;
import org.strikewatch.model.Rejection;
import org.strikewatch.model.TimeSpan;
import org.strikewatch.model.Weapon;
import org.strikewatch.store.JdbcStore;
import org.strikewatch.store.StoredMention;
import org.strikewatch.store.Stores;

class SplitAndExplainTest {

  @TempDir Path dir;

  /** Every report is one drone strike on Shebekino on 20 April 2024. */
  static ReportExtractor sameStrike(String version) {
    return ReportExtractor.of(
        version,
        r ->
            new Extraction(
                "en",
                r.published(),
                PublishedSource.GIVEN,
                null,
                List.of(
                    Incident.builder()
                        .when(TimeSpan.day(LocalDate.of(2024, 4, 20), "Saturday"))
                        .where(
                            Place.builder()
                                .name("Shebekino")
                                .coordinates(50.4003, 36.8878)
                                .country("RU")
                                .admin1("Belgorod Oblast")
                                .precision(PlacePrecision.SETTLEMENT)
                                .gazetteerId("geonames:496285")
                                .build())
                        .weapons(List.of(Weapon.DRONE))
                        .confidence(0.7)
                        .build()),
                List.of(),
                List.of()));
  }

  static IncomingReport report(String text) {
    return IncomingReport.builder(text, "in/" + text.length() + ".txt")
        .url("https://example.org/" + Math.abs(text.hashCode()))
        .published(LocalDate.of(2024, 4, 21))
        .fetchedAt(Instant.parse("2024-04-21T08:00:00Z"))
        .build();
  }

  record Run(int code, String out, String err) {}

  static Run cli(String... args) {
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

  @Test
  void explains_a_merge_and_a_split_survives_re_extraction() {
    String db = dir.resolve("s.db").toString();
    long incident;
    long wrong;
    try (JdbcStore store = Stores.open(db)) {
      IngestPipeline p = new IngestPipeline(store, sameStrike("v1"));
      p.accept(report("Drone hit Shebekino."));
      p.accept(report("Беспилотник атаковал Шебекино."));
      p.accept(report("Unrelated text the extractor got wrong."));
      p.finish();
      List<StoredMention> all = store.mentionsOfReport(1);
      incident = all.get(0).incidentId();
      wrong = 3;
      assertThat(store.mentionsOfIncident(incident)).hasSize(3);
    }

    Run explain = cli("explain", Long.toString(incident), "--db", db);
    assertThat(explain.code()).isZero();
    assertThat(explain.out())
        .contains("incident " + incident + ": 2024-04-20, Shebekino (settlement), drone")
        .contains("3 source(s):")
        .contains("merged because:")
        .contains("same place Shebekino; same time 2024-04-20; weapons drone / drone");

    Run split = cli("split", Long.toString(incident), "--report", Long.toString(wrong), "--db", db);
    assertThat(split.err()).isEmpty();
    assertThat(split.code()).isZero();
    assertThat(split.out()).startsWith("split report 3 off incident " + incident);

    try (JdbcStore store = Stores.open(db)) {
      assertThat(store.mentionsOfIncident(incident))
          .extracting(StoredMention::reportId)
          .containsExactly(1L, 2L);
      new IngestPipeline(store, sameStrike("v2")).reextract(store.reportIdsForReextraction("v2"));
      long a = store.mentionsOfReport(1).get(0).incidentId();
      long b = store.mentionsOfReport(2).get(0).incidentId();
      long c = store.mentionsOfReport(3).get(0).incidentId();
      assertThat(a).isEqualTo(b);
      assertThat(c).isNotEqualTo(a);
      assertThat(store.countIncidents()).isEqualTo(2);
    }
  }

  @Test
  void explaining_an_unknown_incident_is_a_one_line_error() {
    String db = dir.resolve("e.db").toString();
    Run run = cli("explain", "42", "--db", db);
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("explain: no incident 42 in sqlite:" + db + "\n");
  }

  @Test
  void lists_the_quarantine() {
    String db = dir.resolve("q.db").toString();
    try (JdbcStore store = Stores.open(db)) {
      store.quarantine(
          new Rejection("in/broken.json", "not JSON: unexpected end of input", "{\"a\""));
    }
    Run run = cli("quarantine", "list", "--db", db);
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("\tin/broken.json\tnot JSON: unexpected end of input\n\t{\"a\"\n")
        .endsWith("1 quarantined\n");
  }
}
