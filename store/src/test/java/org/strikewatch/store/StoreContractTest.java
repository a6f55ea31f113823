package org.strikewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.strikewatch.model.BorderDistance;
import org.strikewatch.model.Claim;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.Evidence;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.Incident;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.model.Place;
import org.strikewatch.model.PlacePrecision;
import org.strikewatch.model.Precision;
import org.strikewatch.model.PublishedSource;
import org.strikewatch.model.Rejection;
import org.strikewatch.model.TimeSpan;
import org.strikewatch.model.Weapon;

/**
 * The store's behaviour, run against every supported database by the concrete subclasses: the same
 * migrations and the same assertions on SQLite and on a real PostgreSQL.
 */
abstract class StoreContractTest {

  Store store;

  /** Opens a new, empty store. */
  abstract Store openEmpty();

  /** Opens a second store on the database {@link #openEmpty()} opened last. */
  abstract Store openAgain();

  @BeforeEach
  void open() {
    store = openEmpty();
  }

  @AfterEach
  void close() {
    store.close();
  }

  static IncomingReport report(String text, String url) {
    return IncomingReport.builder(text, "test/" + Math.abs(text.hashCode()) + ".txt")
        .source("Test Wire")
        .url(url)
        .published(LocalDate.of(2024, 5, 16))
        .fetchedAt(Instant.parse("2024-05-16T10:15:30Z"))
        .mediaType("text/plain")
        .language("en")
        .build();
  }

  static Incident incident(String place, double lat, double lon, LocalDate day) {
    return Incident.builder()
        .when(TimeSpan.day(day, "yesterday"))
        .where(
            Place.builder()
                .name(place)
                .coordinates(lat, lon)
                .country("RU")
                .admin1("Belgorod Oblast")
                .precision(PlacePrecision.SETTLEMENT)
                .text(place)
                .gazetteerId("geonames:1")
                .build())
        .weapons(List.of(Weapon.GUIDED_BOMB, Weapon.AERIAL_BOMB))
        .weaponsText(List.of("FAB-500"))
        .launchedBy("RU")
        .ownTerritory(true, "launched by RU; impact in RU")
        .killed(Estimate.none())
        .injured(Estimate.atLeast(2))
        .borderDistanceKm(new BorderDistance(40.0, 38.4))
        .attribution(List.of("governor"))
        .evidence(List.of(new Evidence("where", 0, place.length(), place)))
        .confidence(0.8)
        .build();
  }

  static Extraction extraction(Incident... incidents) {
    return new Extraction(
        "en",
        LocalDate.of(2024, 5, 16),
        PublishedSource.GIVEN,
        "Test Wire",
        List.of(incidents),
        List.of(),
        List.of());
  }

  @Test
  void stores_the_same_text_once() {
    AddResult first = store.add(report("A bomb fell on Belgorod.", "https://example.org/a"));
    AddResult second = store.add(report("A bomb fell on Belgorod.", "https://example.org/b"));

    assertThat(first.outcome()).isEqualTo(AddResult.Outcome.NEW);
    assertThat(second.outcome()).isEqualTo(AddResult.Outcome.DUPLICATE);
    assertThat(second.reportId()).isEqualTo(first.reportId());
    assertThat(store.countReportsByStatus()).containsEntry(ReportStatus.STORED, 1L);
  }

  @Test
  void keeps_changed_text_at_the_same_url_as_a_new_version() {
    AddResult first = store.add(report("Two injured in Shebekino.", "https://example.org/n/1"));
    AddResult second = store.add(report("Three injured in Shebekino.", "https://example.org/n/1"));

    assertThat(second.outcome()).isEqualTo(AddResult.Outcome.NEW_VERSION);
    assertThat(second.previousVersionId()).isEqualTo(first.reportId());
    assertThat(store.report(second.reportId()).orElseThrow().previousVersionId())
        .isEqualTo(first.reportId());
    assertThat(store.report(first.reportId()).orElseThrow().received().text())
        .isEqualTo("Two injured in Shebekino.");
  }

  @Test
  void reads_back_a_report_exactly_as_received() {
    IncomingReport in = report("Взрыв в Белгороде — ＦＡＢ, emoji 💥.", "https://example.org/ru");
    long id = store.add(in).reportId();

    StoredReport stored = store.report(id).orElseThrow();

    assertThat(stored.received()).isEqualTo(in);
    assertThat(stored.contentHash()).isEqualTo(JdbcStore.contentHash(in.text())).hasSize(64);
    assertThat(stored.status()).isEqualTo(ReportStatus.STORED);
    assertThat(stored.extractorVersion()).isNull();
    assertThat(store.reportByHash(stored.contentHash())).contains(stored);
    assertThat(store.report(id + 1000)).isEmpty();
  }

  @Test
  void keeps_extractions_with_their_version_and_marks_the_report_extracted() {
    long id = store.add(report("Text one.", null)).reportId();
    Extraction e1 = extraction(incident("Belgorod", 50.6, 36.58, LocalDate.of(2024, 5, 15)));
    store.saveExtraction(id, "extract-1", e1);
    Extraction e2 = extraction();
    store.saveExtraction(id, "extract-2", e2);

    StoredExtraction latest = store.latestExtraction(id).orElseThrow();
    assertThat(latest.extraction()).isEqualTo(e2);
    assertThat(latest.extractorVersion()).isEqualTo("extract-2");
    StoredReport r = store.report(id).orElseThrow();
    assertThat(r.status()).isEqualTo(ReportStatus.EXTRACTED);
    assertThat(r.extractorVersion()).isEqualTo("extract-2");
  }

  @Test
  void a_failed_extraction_keeps_the_report_and_the_reason() {
    long id = store.add(report("Text that breaks the extractor.", null)).reportId();
    store.markFailed(id, "IllegalStateException: boom");

    StoredReport r = store.report(id).orElseThrow();
    assertThat(r.status()).isEqualTo(ReportStatus.FAILED);
    assertThat(r.statusDetail()).isEqualTo("IllegalStateException: boom");
    assertThat(store.reportsWithStatus(ReportStatus.FAILED, 10)).containsExactly(r);
  }

  @Test
  void lists_pending_reports_oldest_first_and_reports_to_extract_again() {
    long a = store.add(report("one", null)).reportId();
    long b = store.add(report("two", null)).reportId();
    long c = store.add(report("three", null)).reportId();
    store.saveExtraction(b, "v2", extraction());
    store.saveExtraction(c, "v1", extraction());

    assertThat(store.reportsWithStatus(ReportStatus.STORED, 10))
        .extracting(StoredReport::id)
        .containsExactly(a);
    assertThat(store.reportIdsForReextraction(null)).containsExactly(a, b, c);
    assertThat(store.reportIdsForReextraction("v2")).containsExactly(a, c);
  }

  @Test
  void round_trips_mentions_and_finds_candidates_by_cell_admin1_and_date() {
    long r = store.add(report("r", null)).reportId();
    long x = store.saveExtraction(r, "v1", extraction());
    Incident near = incident("Belgorod", 50.6, 36.58, LocalDate.of(2024, 5, 15));
    Incident far = incident("Vladivostok", 43.1, 131.9, LocalDate.of(2024, 5, 15));
    Incident late = incident("Belgorod", 50.6, 36.58, LocalDate.of(2024, 7, 1));
    long m1 = store.addMention(r, x, 0, "hash-r", near);
    long m2 = store.addMention(r, x, 1, "hash-r", far);
    long m3 = store.addMention(r, x, 2, "hash-r", late);

    List<StoredMention> byCell =
        store.candidates(
            new CandidateQuery(
                LocalDate.of(2024, 5, 10),
                LocalDate.of(2024, 5, 20),
                8,
                GridCell.around(50.61, 36.59, 1),
                new CandidateQuery.Box(50.3, 50.9, 36.2, 36.9),
                null,
                false));
    assertThat(byCell).extracting(StoredMention::id).containsExactly(m1);
    assertThat(byCell.get(0).incident()).isEqualTo(near);
    assertThat(byCell.get(0).reportKey()).isEqualTo("hash-r");
    assertThat(byCell.get(0).incidentId()).isNull();

    List<StoredMention> byAdmin =
        store.candidates(
            new CandidateQuery(
                LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 7, 31),
                8,
                Set.of(),
                null,
                "Belgorod Oblast",
                false));
    assertThat(byAdmin).extracting(StoredMention::id).containsExactly(m1, m2, m3);
    assertThat(
            store.candidates(
                new CandidateQuery(
                    LocalDate.of(2024, 5, 1),
                    LocalDate.of(2024, 7, 31),
                    8,
                    Set.of(),
                    null,
                    "Belgorod Oblast",
                    true)))
        .isEmpty();
    assertThat(store.mentionsOfReport(r)).extracting(StoredMention::index).containsExactly(0, 1, 2);
    assertThat(store.mentions(List.of(m3, m1, 9999L)))
        .extracting(StoredMention::id)
        .containsExactly(m1, m3);
    try (Store other = openAgain()) {
      // read back by a store that did not write them: parsed from the database
      assertThat(other.mentionsOfReport(r))
          .extracting(StoredMention::incident)
          .containsExactly(near, far, late);
    }
  }

  static Claim claim21() {
    return Claim.builder()
        .count(Estimate.atLeast(21))
        .launchedBy("RU")
        .ownTerritory(true)
        .when(
            new TimeSpan(
                LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 30), Precision.MONTH, "March"))
        .build();
  }

  @Test
  void saves_an_extraction_with_its_mentions_and_claims_in_one_call() {
    AddResult added = store.add(report("Two strikes on Belgorod.", null));
    StoredReport stored = store.report(added.reportId()).orElseThrow();
    Incident one = incident("Belgorod", 50.6, 36.58, LocalDate.of(2024, 5, 15));
    Incident two = incident("Shebekino", 50.41, 36.89, LocalDate.of(2024, 5, 14));
    Extraction x =
        new Extraction(
            "en",
            LocalDate.of(2024, 5, 16),
            PublishedSource.GIVEN,
            "Test Wire",
            List.of(one, two),
            List.of(claim21()),
            List.of("a warning"));

    List<StoredMention> mentions = store.saveExtractionResults(stored, "v1", ExtractionRows.of(x));

    assertThat(mentions).extracting(StoredMention::index).containsExactly(0, 1);
    assertThat(mentions).extracting(StoredMention::reportKey).containsOnly(added.contentHash());
    assertThat(mentions).extracting(StoredMention::incidentId).containsOnlyNulls();
    assertThat(store.report(added.reportId()).orElseThrow().status())
        .isEqualTo(ReportStatus.EXTRACTED);
    try (Store other = openAgain()) {
      assertThat(other.latestExtraction(added.reportId()).orElseThrow().extraction()).isEqualTo(x);
      assertThat(other.mentionsOfReport(added.reportId()))
          .extracting(StoredMention::id, StoredMention::incident)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(mentions.get(0).id(), one),
              org.assertj.core.groups.Tuple.tuple(mentions.get(1).id(), two));
      assertThat(other.claimsOfReport(added.reportId())).containsExactly(claim21());
    }
  }

  @Test
  void mentions_left_unwritten_are_written_later_each_with_its_incident() {
    AddResult added = store.add(report("Two strikes on Belgorod region.", null));
    StoredReport stored = store.report(added.reportId()).orElseThrow();
    Incident one = incident("Belgorod", 50.6, 36.58, LocalDate.of(2024, 5, 15));
    Incident two = incident("Shebekino", 50.41, 36.89, LocalDate.of(2024, 5, 14));
    Extraction x =
        new Extraction(
            "en",
            LocalDate.of(2024, 5, 16),
            PublishedSource.GIVEN,
            "Test Wire",
            List.of(one, two),
            List.of(claim21()),
            List.of());

    List<Long> ids =
        store.inTransaction(
            () -> {
              List<MentionRow> unwritten =
                  store.saveExtractionAndClaims(stored, "v1", ExtractionRows.of(x));
              assertThat(unwritten).extracting(MentionRow::index).containsExactly(0, 1);
              assertThat(unwritten).extracting(MentionRow::incidentId).containsOnlyNulls();
              assertThat(store.mentionsOfReport(added.reportId())).isEmpty();
              long incident = store.createIncident(new CanonicalIncident(one, 1, "{}"));
              return store.addMentions(
                  List.of(unwritten.get(0).withIncident(incident), unwritten.get(1)));
            });

    try (Store other = openAgain()) {
      assertThat(other.report(added.reportId()).orElseThrow().status())
          .isEqualTo(ReportStatus.EXTRACTED);
      assertThat(other.claimsOfReport(added.reportId())).containsExactly(claim21());
      List<StoredMention> written = other.mentionsOfReport(added.reportId());
      assertThat(written).extracting(StoredMention::id).containsExactlyElementsOf(ids);
      assertThat(written).extracting(StoredMention::incident).containsExactly(one, two);
      assertThat(written.get(0).incidentId()).isNotNull();
      assertThat(written.get(1).incidentId()).isNull();
      assertThat(other.mentionsOfIncident(written.get(0).incidentId()))
          .extracting(StoredMention::id)
          .containsExactly(ids.get(0));
    }
  }

  @Test
  void a_report_added_with_its_hash_computed_by_the_caller_is_stored_the_same_way() {
    IncomingReport in = report("Drones over Kursk.", "https://example.org/k");
    String hash = JdbcStore.contentHash(in.text());

    AddResult first = store.add(in, hash);

    assertThat(first.outcome()).isEqualTo(AddResult.Outcome.NEW);
    assertThat(first.contentHash()).isEqualTo(hash);
    assertThat(store.reportByHash(hash).orElseThrow().id()).isEqualTo(first.reportId());
    assertThat(store.add(in).outcome()).isEqualTo(AddResult.Outcome.DUPLICATE);
    assertThatThrownBy(() -> store.add(in, "abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a SHA-256 content hash: abc");
  }

  @Test
  void writes_reads_updates_and_deletes_canonical_incidents() {
    long r = store.add(report("r", null)).reportId();
    long x = store.saveExtraction(r, "v1", extraction());
    Incident one = incident("Belgorod", 50.6, 36.58, LocalDate.of(2024, 5, 15));
    long m = store.addMention(r, x, 0, "k", one);

    long id = store.createIncident(new CanonicalIncident(one, 1, "{\"sources\":[]}"));
    store.assignMentions(id, List.of(m));
    store.recordMerge(id, m, r, "created", "first report of this strike");

    StoredIncident read = store.incident(id).orElseThrow();
    assertThat(read.incident()).isEqualTo(one);
    assertThat(read.sourceCount()).isEqualTo(1);
    assertThat(read.provenanceJson()).isEqualTo("{\"sources\":[]}");
    assertThat(store.mentionsOfIncident(id)).extracting(StoredMention::incidentId).containsOnly(id);
    assertThat(store.countIncidents()).isEqualTo(1);

    Incident changed = one.toBuilder().killed(Estimate.exactly(3)).build();
    store.updateIncident(id, new CanonicalIncident(changed, 2, "{}"));
    assertThat(store.incident(id).orElseThrow().incident()).isEqualTo(changed);
    assertThat(store.incident(id).orElseThrow().sourceCount()).isEqualTo(2);

    assertThat(store.history(id))
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.action()).isEqualTo("created");
              assertThat(h.mentionId()).isEqualTo(m);
              assertThat(h.reportId()).isEqualTo(r);
            });

    store.deleteIncident(id);
    assertThat(store.incident(id)).isEmpty();
    assertThat(store.mentions(List.of(m)))
        .singleElement()
        .extracting(StoredMention::incidentId)
        .isNull();
    assertThat(store.history(id)).hasSize(1);
  }

  /** The ids of incidents a query on the incident columns finds. */
  List<Long> incidentIdsWhere(String condition) throws Exception {
    JdbcStore jdbc = (JdbcStore) store;
    List<Long> ids = new java.util.ArrayList<>();
    synchronized (jdbc) {
      try (var ps =
              jdbc.connection().prepareStatement("SELECT id FROM incidents WHERE " + condition);
          var rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }

  @Test
  void updates_that_keep_or_change_the_indexed_values_are_read_back_and_found_by_them()
      throws Exception {
    Incident one = incident("Belgorod", 50.6, 36.58, LocalDate.of(2024, 5, 15));
    long id = store.createIncident(new CanonicalIncident(one, 1, "{}"));

    Incident surer = one.toBuilder().confidence(0.3).build();
    store.updateIncident(id, new CanonicalIncident(surer, 3, "{\"n\":3}"));

    StoredIncident read = store.incident(id).orElseThrow();
    assertThat(read.incident()).isEqualTo(surer);
    assertThat(read.sourceCount()).isEqualTo(3);
    assertThat(read.provenanceJson()).isEqualTo("{\"n\":3}");
    assertThat(incidentIdsWhere("admin1 = 'Belgorod Oblast' AND date_start = '2024-05-15'"))
        .containsExactly(id);
    assertThat(incidentIdsWhere("confidence = 0.3 AND source_count = 3")).containsExactly(id);

    Incident moved =
        surer.toBuilder()
            .when(TimeSpan.day(LocalDate.of(2024, 5, 17), "on Friday"))
            .weapons(List.of(Weapon.DRONE))
            .killed(Estimate.exactly(4))
            .build();
    store.updateIncident(id, new CanonicalIncident(moved, 4, "{}"));

    assertThat(store.incident(id).orElseThrow().incident()).isEqualTo(moved);
    assertThat(incidentIdsWhere("admin1 = 'Belgorod Oblast' AND date_start = '2024-05-15'"))
        .isEmpty();
    assertThat(
            incidentIdsWhere(
                "admin1 = 'Belgorod Oblast' AND date_start = '2024-05-17'"
                    + " AND weapons = ',drone,' AND killed_best = 4"))
        .containsExactly(id);
    assertThatThrownBy(() -> store.updateIncident(id + 1, new CanonicalIncident(moved, 1, "{}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no incident with id " + (id + 1));
  }

  @Test
  void incident_columns_are_queryable() throws Exception {
    long id =
        store.createIncident(
            new CanonicalIncident(
                incident("Belgorod", 50.6, 36.58, LocalDate.of(2024, 5, 15)), 1, "{}"));
    JdbcStore jdbc = (JdbcStore) store;
    synchronized (jdbc) {
      try (var ps =
          jdbc.connection()
              .prepareStatement(
                  "SELECT id FROM incidents WHERE weapons LIKE '%,guided_bomb,%'"
                      + " AND own_territory = 1 AND launched_by = 'RU' AND injured_low = 2"
                      + " AND date_start >= '2024-05-01' AND cell = ?")) {
        ps.setLong(1, GridCell.of(50.6, 36.58));
        try (var rs = ps.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getLong(1)).isEqualTo(id);
        }
      }
    }
  }

  @Test
  void deleting_extraction_results_names_the_incidents_they_were_in() {
    long r = store.add(report("r", null)).reportId();
    long x = store.saveExtraction(r, "v1", extraction());
    Incident one = incident("Belgorod", 50.6, 36.58, LocalDate.of(2024, 5, 15));
    long m = store.addMention(r, x, 0, "k", one);
    store.addClaim(
        r,
        x,
        0,
        Claim.builder()
            .count(Estimate.atLeast(21))
            .launchedBy("RU")
            .ownTerritory(true)
            .when(
                new TimeSpan(
                    LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 30), Precision.MONTH, "March"))
            .build());
    long id = store.createIncident(new CanonicalIncident(one, 1, "{}"));
    store.assignMentions(id, List.of(m));
    assertThat(store.claimsOfReport(r))
        .singleElement()
        .extracting(Claim::count)
        .isEqualTo(Estimate.atLeast(21));

    assertThat(store.deleteExtractionResults(r)).containsExactly(id);
    assertThat(store.mentionsOfReport(r)).isEmpty();
    assertThat(store.claimsOfReport(r)).isEmpty();
  }

  @Test
  void remembers_split_decisions_as_unordered_pairs() {
    long a = store.add(report("a", null)).reportId();
    long b = store.add(report("b", null)).reportId();
    long c = store.add(report("c", null)).reportId();
    store.addCannotLink(b, a, "user split");
    store.addCannotLink(a, b, null);

    assertThat(store.cannotLinks(List.of(a))).containsExactly(List.of(a, b));
    assertThat(store.cannotLinks(List.of(c))).isEmpty();
    assertThatThrownBy(() -> store.addCannotLink(a, a, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a report cannot be split from itself: " + a);
  }

  @Test
  void keeps_the_quarantine_with_reasons() {
    long id = store.quarantine(new Rejection("in/bad.json", "not JSON: unexpected end", "{\"a\":"));
    store.quarantine(new Rejection("in/blob.bin", "binary content", null));

    assertThat(store.quarantined())
        .extracting(q -> q.rejection().origin())
        .containsExactly("in/bad.json", "in/blob.bin");
    assertThat(store.quarantineEntry(id).orElseThrow().rejection().excerpt()).isEqualTo("{\"a\":");
    store.release(id);
    assertThat(store.quarantined()).hasSize(1);
  }

  @Test
  void rolls_back_a_failed_transaction() {
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    () -> {
                      store.add(report("kept only if committed", null));
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    assertThat(store.countReportsByStatus())
        .isEqualTo(
            Map.of(ReportStatus.STORED, 0L, ReportStatus.EXTRACTED, 0L, ReportStatus.FAILED, 0L));
  }
}
