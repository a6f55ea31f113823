package org.strikewatch.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.store.JdbcStore;
import org.strikewatch.store.StoredIncident;
import org.strikewatch.store.Stores;

/** Report texts through the standard extractor, the store and de-duplication, as users ingest. */
class RealTextIngestTest {

  @TempDir Path dir;
  JdbcStore store;

  @BeforeEach
  void open() {
    assumeTrue(
        Files.isDirectory(Path.of(System.getProperty("strikewatch.data", "")).resolve("geo")),
        "no data set up");
    store = Stores.open(dir.resolve("t.db").toString());
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  static IncomingReport report(String source, String text) {
    return IncomingReport.builder(text, "test:" + source)
        .source(source)
        .url("https://example.org/" + source)
        .published(LocalDate.of(2024, 5, 19))
        .fetchedAt(Instant.parse("2024-05-19T09:00:00Z"))
        .build();
  }

  List<Long> incidentIds() {
    return IngestPipelineTest.incidentIds(store);
  }

  @Test
  void an_english_a_russian_and_a_ukrainian_report_of_one_strike_become_one_incident() {
    IngestPipeline p = new IngestPipeline(store, Extractors.standard());
    p.accept(
        report(
            "wire-en",
            "A Russian guided aerial bomb fell on the town of Shebekino in Russia's Belgorod"
                + " region on Saturday, killing one woman and injuring two people, regional"
                + " governor Vyacheslav Gladkov said."));
    p.accept(
        report(
            "channel-ru",
            "В субботу на Шебекино Белгородской области упала российская управляемая"
                + " авиабомба. Погибла одна женщина, трое ранены, сообщил губернатор."));
    p.accept(
        report(
            "outlet-uk",
            "У суботу в Шебекіному Бєлгородської області впала російська керована авіабомба."
                + " Загинула жінка, ще двоє людей поранені, повідомив губернатор."));

    IngestSummary summary = p.finish();

    assertThat(summary.newReports()).isEqualTo(3);
    assertThat(incidentIds()).hasSize(1);
    StoredIncident incident = store.incident(incidentIds().get(0)).orElseThrow();
    assertThat(incident.sourceCount()).isEqualTo(3);
    assertThat(incident.incident().where().name()).isEqualTo("Shebekino");
    assertThat(incident.incident().killed()).isEqualTo(new Estimate(1, 1, 1));
    // the sources disagree on the injured (two, three, two): kept as a range, not averaged
    assertThat(incident.incident().injured()).isEqualTo(new Estimate(2, 2, 3));
    assertThat(store.mentionsOfIncident(incident.id())).hasSize(3);
  }

  @Test
  void two_strikes_on_the_same_day_thirty_km_apart_stay_two() {
    IngestPipeline p = new IngestPipeline(store, Extractors.standard());
    p.accept(
        report(
            "wire-a",
            "A Ukrainian drone struck an electrical substation in Belgorod on Saturday,"
                + " the regional governor said."));
    p.accept(
        report(
            "wire-b",
            "A Ukrainian drone hit a car park in Shebekino on Saturday, the regional governor"
                + " said."));

    p.finish();

    assertThat(incidentIds()).hasSize(2);
  }
}
