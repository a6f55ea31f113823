package org.strikewatch.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikewatch.dedupe.BlockedLinkageDeduplicator;
import org.strikewatch.dedupe.Mention;
import org.strikewatch.dedupe.MergedIncident;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.model.Rejection;
import org.strikewatch.store.JdbcStore;
import org.strikewatch.store.ReportStatus;
import org.strikewatch.store.StoredIncident;
import org.strikewatch.store.StoredMention;
import org.strikewatch.store.Stores;

class IngestPipelineTest {

  @TempDir Path dir;
  JdbcStore store;

  @BeforeEach
  void open() {
    store = Stores.open(dir.resolve("t.db").toString());
  }

  @AfterEach
  void close() {
    store.close();
  }

  static IncomingReport report(String text) {
    return IncomingReport.builder(text, "test:" + Integer.toHexString(text.hashCode()))
        .published(LocalDate.of(2024, 4, 21))
        .fetchedAt(Instant.parse("2024-04-21T08:00:00Z"))
        .build();
  }

  IngestPipeline pipeline(int batch) {
    return new IngestPipeline(
        store, new LineExtractor("test-1"), new BlockedLinkageDeduplicator(), batch);
  }

  List<Long> incidentIds() {
    return incidentIds(store);
  }

  /** The ids of the store's incidents, in order. */
  static List<Long> incidentIds(JdbcStore store) {
    List<Long> ids = new ArrayList<>();
    synchronized (store) {
      try (Statement s = store.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT id FROM incidents ORDER BY id")) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return ids;
  }

  @Test
  void three_reports_of_one_strike_in_english_russian_and_ukrainian_become_one_incident() {
    IngestPipeline p = pipeline(10);
    p.accept(
        report(
            "A guided bomb hit Shebekino on Saturday, one person was killed.\n"
                + "@strike Shebekino 50.4003 36.8878 2024-04-20 guided_bomb 1"));
    p.accept(
        report(
            "В субботу на Шебекино упала авиабомба, погибли два человека.\n"
                + "@strike Shebekino 50.4003 36.8878 2024-04-20 aerial_bomb 2"));
    p.accept(
        report(
            "У суботу на Шебекине впала авіабомба.\n"
                + "@strike Shebekino 50.4011 36.8902 2024-04-20 - -"));

    IngestSummary summary = p.finish();

    assertThat(summary.newReports()).isEqualTo(3);
    assertThat(summary.incidentsCreated()).isEqualTo(1);
    assertThat(summary.incidentsMerged()).isEqualTo(3);
    assertThat(incidentIds()).hasSize(1);
    StoredIncident incident = store.incident(incidentIds().get(0)).orElseThrow();
    assertThat(incident.sourceCount()).isEqualTo(3);
    assertThat(incident.incident().killed()).isEqualTo(new Estimate(1, 2, 2));
    assertThat(incident.provenanceJson()).contains("\"field\":\"killed\"");
    assertThat(store.mentionsOfIncident(incident.id())).hasSize(3);
    assertThat(store.history(incident.id()))
        .extracting(h -> h.action())
        .containsExactly("created", "merged", "merged");
  }

  @Test
  void two_strikes_on_the_same_day_30_km_apart_stay_two() {
    IngestPipeline p = pipeline(1);
    p.accept(report("@strike Belgorod 50.5997 36.5983 2024-04-20 drone 0"));
    p.accept(report("@strike Village 50.5997 37.0213 2024-04-20 drone 0"));

    IngestSummary summary = p.finish();

    assertThat(summary.incidentsCreated()).isEqualTo(2);
    assertThat(summary.incidentsMerged()).isZero();
    assertThat(incidentIds()).hasSize(2);
  }

  static List<IncomingReport> thousandReports() {
    Random random = new Random(1000L);
    List<IncomingReport> out = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      double lat = 50.0 + random.nextInt(30) * 0.03;
      double lon = 36.0 + random.nextInt(30) * 0.04;
      LocalDate day = LocalDate.of(2024, 4, 1).plusDays(random.nextInt(20));
      out.add(
          report(
              "Report "
                  + i
                  + ".\n@strike P"
                  + (int) (lat * 100)
                  + "_"
                  + (int) (lon * 100)
                  + " "
                  + lat
                  + " "
                  + lon
                  + " "
                  + day
                  + " drone "
                  + random.nextInt(3)));
    }
    return out;
  }

  @Test
  void ingesting_1000_reports_twice_adds_nothing_the_second_time() {
    List<IncomingReport> reports = thousandReports();
    IngestPipeline first = pipeline(IngestPipeline.DEFAULT_BATCH);
    reports.forEach(first::accept);
    first.reject(new Rejection("in/broken.json", "not JSON: unexpected end of input", "{\"a\""));
    IngestSummary one = first.finish();
    List<Long> incidentsAfterFirst = incidentIds();

    IngestPipeline second = pipeline(IngestPipeline.DEFAULT_BATCH);
    reports.forEach(second::accept);
    IngestSummary two = second.finish();

    assertThat(one.newReports()).isEqualTo(1000);
    assertThat(one.extracted()).isEqualTo(1000);
    assertThat(one.quarantined()).isEqualTo(1);
    assertThat(two.read()).isEqualTo(1000);
    assertThat(two.newReports()).isZero();
    assertThat(two.duplicates()).isEqualTo(1000);
    assertThat(two.extracted()).isZero();
    assertThat(two.incidentsCreated()).isZero();
    assertThat(incidentIds()).isEqualTo(incidentsAfterFirst);
    assertThat(store.countReportsByStatus()).containsEntry(ReportStatus.EXTRACTED, 1000L);
    assertThat(store.quarantined()).hasSize(1);
  }

  @Test
  void every_report_is_committed_before_its_extraction_starts_on_a_worker_thread() {
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    LineExtractor lines = new LineExtractor("committed-1");
    try (JdbcStore reader = Stores.open(dir.resolve("t.db").toString())) {
      ReportExtractor checking =
          ReportExtractor.of(
              "committed-1",
              r -> {
                // a second connection sees only committed data
                if (reader.reportByHash(JdbcStore.contentHash(r.text())).isEmpty()) {
                  problems.add("not committed: " + r.text());
                }
                if (Thread.currentThread().getName().equals("main")) {
                  problems.add("extracted on the offering thread: " + r.text());
                }
                return lines.extract(r);
              });
      IngestPipeline p = new IngestPipeline(store, checking, new BlockedLinkageDeduplicator(), 7);
      for (int i = 0; i < 60; i++) {
        p.accept(
            report("Report " + i + "\n@strike P" + i + " 50.1 36." + i + " 2024-04-20 drone 0"));
      }
      IngestSummary s = p.finish();

      assertThat(s.extracted()).isEqualTo(60);
    }
    assertThat(problems).isEmpty();
    assertThat(store.countReportsByStatus()).containsEntry(ReportStatus.EXTRACTED, 60L);
  }

  @Test
  void flush_returns_with_everything_offered_stored_extracted_and_merged() {
    IngestPipeline p = pipeline(4);
    for (int i = 0; i < 10; i++) {
      p.accept(
          report("Flushed " + i + "\n@strike F" + i + " 50.2 36." + i + " 2024-04-20 drone 0"));
      p.flush();
      assertThat(store.countReportsByStatus()).containsEntry(ReportStatus.EXTRACTED, i + 1L);
      assertThat(p.summary().extracted()).isEqualTo(i + 1L);
    }
  }

  @Test
  void a_failing_extraction_keeps_the_report_and_records_why() {
    IngestPipeline p = pipeline(5);
    p.accept(report("Fine.\n@strike A 50.1 36.1 2024-04-20 drone 0"));
    p.accept(report("Broken.\n@fail"));

    IngestSummary s = p.finish();

    assertThat(s.extracted()).isEqualTo(1);
    assertThat(s.failed()).isEqualTo(1);
    assertThat(store.reportsWithStatus(ReportStatus.FAILED, 10))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.received().text()).isEqualTo("Broken.\n@fail");
              assertThat(r.statusDetail())
                  .isEqualTo("IllegalStateException: extractor cannot read this report");
            });
  }

  @Test
  void reports_stored_but_not_extracted_by_an_interrupted_run_are_completed() {
    store.add(report("Left behind.\n@strike A 50.1 36.1 2024-04-20 drone 0"));

    IngestSummary s = pipeline(5).finish();

    assertThat(s.recovered()).isEqualTo(1);
    assertThat(s.extracted()).isEqualTo(1);
    assertThat(store.countReportsByStatus()).containsEntry(ReportStatus.EXTRACTED, 1L);
    assertThat(incidentIds()).hasSize(1);
  }

  /** The incidents in the store as (sorted sources -> canonical), comparable across runs. */
  Map<String, String> storedClusters() {
    Map<String, String> out = new TreeMap<>();
    for (long id : incidentIds()) {
      Set<String> sources = new TreeSet<>();
      for (StoredMention m : store.mentionsOfIncident(id)) {
        sources.add(m.reportKey() + "#" + m.index());
      }
      out.put(String.join(",", sources), store.incident(id).orElseThrow().incident().toString());
    }
    return out;
  }

  @Test
  void incremental_ingest_in_any_order_equals_deduplicating_everything_at_once() {
    Random random = new Random(42L);
    List<IncomingReport> reports = new ArrayList<>();
    String[] weapons = {"drone", "guided_bomb", "aerial_bomb", "missile", "-"};
    for (int s = 0; s < 80; s++) {
      double lat = 50.0 + random.nextInt(12) * 0.02;
      double lon = 36.0 + random.nextInt(12) * 0.03;
      LocalDate day = LocalDate.of(2024, 4, 20).plusDays(random.nextInt(3));
      int sources = 1 + random.nextInt(3);
      for (int k = 0; k < sources; k++) {
        reports.add(
            report(
                "strike "
                    + s
                    + " source "
                    + k
                    + "\n@strike S"
                    + s
                    + " "
                    + (lat + random.nextGaussian() * 0.005)
                    + " "
                    + (lon + random.nextGaussian() * 0.005)
                    + " "
                    + day
                    + " "
                    + weapons[random.nextInt(weapons.length)]
                    + " "
                    + random.nextInt(3)));
      }
    }
    LineExtractor extractor = new LineExtractor("x");
    List<Mention> all = new ArrayList<>();
    for (IncomingReport r : reports) {
      String key = JdbcStore.contentHash(r.text());
      var incidents = extractor.extract(r.toReport()).incidents();
      for (int i = 0; i < incidents.size(); i++) {
        all.add(Mention.of(key, i, incidents.get(i)));
      }
    }
    Map<String, String> expected = new TreeMap<>();
    for (MergedIncident m : new BlockedLinkageDeduplicator().deduplicate(all, Set.of())) {
      Set<String> sources = new TreeSet<>();
      m.sources().forEach(id -> sources.add(id.toString()));
      expected.put(String.join(",", sources), m.canonical().toString());
    }

    for (int round = 0; round < 3; round++) {
      store.close();
      store = Stores.open(dir.resolve("order" + round + ".db").toString());
      List<IncomingReport> shuffled = new ArrayList<>(reports);
      Collections.shuffle(shuffled, random);
      IngestPipeline p = pipeline(1 + random.nextInt(20));
      shuffled.forEach(p::accept);
      p.finish();
      assertThat(storedClusters()).isEqualTo(expected);
    }
  }
}
