package org.strikewatch.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.strikewatch.model.BorderDistance;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.Evidence;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.Incident;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.model.Place;
import org.strikewatch.model.PlacePrecision;
import org.strikewatch.model.PublishedSource;
import org.strikewatch.model.TimeSpan;
import org.strikewatch.model.Weapon;
import org.strikewatch.store.CanonicalIncident;
import org.strikewatch.store.JdbcStore;
import org.strikewatch.store.Stores;

/**
 * The in-memory index answers exactly as SQL does: the same database is asked the same random
 * questions through queries with and without the index, and through {@code findJson} and {@code
 * find} (rendered by QueryJson), and every answer must be identical.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemoryIndexAgreementTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ADMIN1 =
      List.of("Belgorod Oblast", "Kharkiv Oblast", "Sumy Oblast", "Курская область");

  private JdbcStore store;
  private String spec;
  private IncidentQueries sql;
  private IncidentQueries memory;

  @BeforeAll
  void populate(@TempDir Path dir) {
    spec = dir.resolve("agree.db").toString();
    store = Stores.open(spec);
    Random r = new Random(20261126);
    List<Long> reports = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      IncomingReport report =
          IncomingReport.builder("report text " + k, "test/" + k + ".txt")
              .source(k % 3 == 0 ? null : "Wire \"" + k + "\"")
              .url(k % 2 == 0 ? null : "https://example.org/" + k)
              .published(k == 5 ? null : LocalDate.of(2024, 1, 1).plusDays(k))
              .fetchedAt(Instant.parse("2024-05-16T10:15:30Z"))
              .mediaType("text/plain")
              .build();
      reports.add(store.add(report).reportId());
    }
    int[] nextIdx = new int[reports.size()];
    store.inTransaction(
        () -> {
          for (int k = 0; k < 2500; k++) {
            Incident incident = incident(r);
            long id = store.createIncident(new CanonicalIncident(incident, 1, "{}"));
            if (r.nextInt(4) == 0) {
              int n = 1 + r.nextInt(2);
              for (int m = 0; m < n; m++) {
                int which = r.nextInt(reports.size());
                long report = reports.get(which);
                long x =
                    store.saveExtraction(
                        report,
                        "v1",
                        new Extraction(
                            "en",
                            null,
                            PublishedSource.UNKNOWN,
                            null,
                            List.of(incident),
                            List.of(),
                            List.of()));
                long mention =
                    store.addMention(report, x, nextIdx[which]++, "key" + k + "-" + m, incident);
                store.assignMentions(id, List.of(mention));
              }
            }
          }
        });
    sql = IncidentQueries.open(spec, QueryOptions.DEFAULTS.withReaders(2));
    memory =
        IncidentQueries.open(
            spec, QueryOptions.DEFAULTS.withReaders(2).withMemoryIndex(true).withRenderedRows(500));
  }

  @AfterAll
  void close() {
    memory.close();
    sql.close();
    store.close();
  }

  private static Incident incident(Random r) {
    TimeSpan when =
        r.nextInt(20) == 0
            ? TimeSpan.unresolved("some day")
            : TimeSpan.day(LocalDate.of(2024, 1, 1).plusDays(r.nextInt(400)), null);
    Place.Builder where =
        Place.builder()
            .name(r.nextBoolean() ? "Shebekino" : "Шебекино \"центр\"")
            .country(r.nextInt(10) == 0 ? null : r.nextBoolean() ? "RU" : "UA")
            .admin1(r.nextInt(10) == 0 ? null : ADMIN1.get(r.nextInt(ADMIN1.size())))
            .precision(PlacePrecision.SETTLEMENT)
            .text("near the border");
    if (r.nextInt(20) != 0) {
      where.coordinates(
          Math.round((49 + r.nextDouble() * 2) * 1e5) / 1e5,
          Math.round((35 + r.nextDouble() * 3) * 1e5) / 1e5);
    }
    List<Weapon> weapons = new ArrayList<>();
    for (Weapon w : Weapon.values()) {
      if (r.nextInt(6) == 0) {
        weapons.add(w);
      }
    }
    String launcher = r.nextInt(5) == 0 ? null : r.nextBoolean() ? "RU" : "UA";
    Boolean own = launcher == null || r.nextInt(6) == 0 ? null : r.nextBoolean();
    return Incident.builder()
        .when(when)
        .where(where.build())
        .weapons(weapons)
        .launchedBy(launcher)
        .ownTerritory(own, own == null ? null : "test")
        .killed(estimate(r))
        .injured(estimate(r))
        .evacuated(estimate(r))
        .borderDistanceKm(r.nextBoolean() ? null : new BorderDistance(null, r.nextDouble() * 90))
        .attribution(List.of("governor"))
        .evidence(List.of(new Evidence("where", 0, 9, "Shebekino")))
        .confidence(0.5 + r.nextInt(50) / 100.0)
        .build();
  }

  private static @Nullable Estimate estimate(Random r) {
    switch (r.nextInt(5)) {
      case 0:
        return null;
      case 1:
        return Estimate.none();
      case 2:
        return Estimate.atLeast(1 + r.nextInt(9));
      case 3:
        return new Estimate(null, 1 + r.nextInt(9), null);
      default:
        return Estimate.exactly(1 + r.nextInt(9));
    }
  }

  private static IncidentFilter filter(Random r, boolean withArea) {
    IncidentFilter.Builder b = IncidentFilter.builder();
    if (r.nextInt(3) == 0) {
      LocalDate from = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(400));
      b.from(from).to(from.plusDays(r.nextInt(120)));
    } else if (r.nextInt(6) == 0) {
      b.from(LocalDate.of(2024, 1, 1).plusDays(r.nextInt(400)));
    }
    if (r.nextInt(4) == 0) {
      b.country(r.nextBoolean() ? "RU" : r.nextBoolean() ? "UA" : "PL");
    }
    if (r.nextInt(4) == 0) {
      b.admin1(r.nextInt(5) == 0 ? "Nowhere Oblast" : ADMIN1.get(r.nextInt(ADMIN1.size())));
    }
    if (r.nextInt(4) == 0) {
      Set<Weapon> w = EnumSet.noneOf(Weapon.class);
      w.add(Weapon.values()[r.nextInt(Weapon.values().length)]);
      if (r.nextBoolean()) {
        w.add(Weapon.values()[r.nextInt(Weapon.values().length)]);
      }
      b.weapons(w);
    }
    if (r.nextInt(4) == 0) {
      b.launchedBy(r.nextBoolean() ? "RU" : "UA");
    }
    if (r.nextInt(4) == 0) {
      b.ownTerritory(r.nextBoolean());
    }
    if (r.nextInt(6) == 0) {
      b.minKilled(r.nextInt(6));
    }
    if (withArea || r.nextInt(4) == 0) {
      double lat = 48.8 + r.nextDouble() * 2.4;
      double lon = 34.8 + r.nextDouble() * 3.4;
      if (r.nextBoolean()) {
        double size = 0.05 + r.nextDouble() * 1.2;
        b.bbox(new BoundingBox(lon, lat, lon + size, lat + size * 0.7));
      } else {
        b.near(new Circle(lat, lon, 2 + r.nextDouble() * 60));
      }
    }
    return b.build();
  }

  @Test
  void counts_stats_and_trends_agree_with_sql() {
    Random r = new Random(1);
    for (int k = 0; k < 300; k++) {
      IncidentFilter f = filter(r, false);
      assertThat(memory.count(f)).as(f.describe()).isEqualTo(sql.count(f));
      StatsRequest.Bucket bucket =
          StatsRequest.Bucket.values()[r.nextInt(StatsRequest.Bucket.values().length)];
      StatsRequest.Group group =
          r.nextInt(5) == 0
              ? null
              : StatsRequest.Group.values()[r.nextInt(StatsRequest.Group.values().length)];
      StatsRequest request = new StatsRequest(bucket, group);
      assertThat(memory.stats(f, request))
          .as(f.describe() + " " + request)
          .isEqualTo(sql.stats(f, request));
      if (k % 10 == 0) {
        Period a = new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
        Period b = new Period(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 8, 31));
        IncidentFilter undated = f.toBuilder().from(null).to(null).build();
        assertThat(memory.trend(undated, a, b)).isEqualTo(sql.trend(undated, a, b));
      }
    }
  }

  @Test
  void box_listings_agree_with_sql_page_by_page_in_both_directions() throws Exception {
    Random r = new Random(2);
    for (int k = 0; k < 150; k++) {
      IncidentFilter f = filter(r, true);
      IncidentSort sort = new IncidentSort(IncidentSort.Key.DATE, r.nextInt(3) != 0);
      int limit = 1 + r.nextInt(r.nextBoolean() ? 5 : 60);
      String cursor = null;
      Set<Long> seen = new HashSet<>();
      int pages = 0;
      do {
        IncidentPage expected = sql.find(f, sort, limit, cursor);
        IncidentPage got = memory.find(f, sort, limit, cursor);
        String what = f.describe() + " " + sort + " limit " + limit + " page " + pages;
        assertThat(got).as(what).isEqualTo(expected);
        byte[] json = JSON.writeValueAsBytes(QueryJson.page(expected));
        assertThat(new String(memory.findJson(f, sort, limit, cursor), "UTF-8"))
            .as(what)
            .isEqualTo(new String(json, "UTF-8"));
        assertThat(new String(sql.findJson(f, sort, limit, cursor), "UTF-8"))
            .as(what)
            .isEqualTo(new String(json, "UTF-8"));
        for (HeldIncident h : expected.items()) {
          assertThat(seen.add(h.id())).as(what).isTrue();
        }
        cursor = expected.nextCursor();
        pages++;
      } while (cursor != null && pages < 8);
    }
  }

  @Test
  void answers_by_sql_after_a_write_and_from_memory_again_once_read() throws Exception {
    IncidentFilter box =
        IncidentFilter.builder().bbox(new BoundingBox(34.9, 48.9, 38.1, 51.1)).build();
    long before = memory.count(box);
    Incident added = incident(new Random(3));
    long id = store.createIncident(new CanonicalIncident(added, 1, "{}"));
    try {
      // the index is stale now: answers must include the new incident, before, during and
      // after the index is read again in the background
      long deadline = System.nanoTime() + 2_000_000_000L;
      while (System.nanoTime() < deadline) {
        assertThat(memory.count(box)).isEqualTo(sql.count(box));
        assertThat(memory.findJson(box, IncidentSort.NEWEST, 3, null))
            .isEqualTo(sql.findJson(box, IncidentSort.NEWEST, 3, null));
        Thread.sleep(20);
      }
    } finally {
      store.deleteIncident(id);
    }
    assertThat(memory.count(box)).isEqualTo(before);
  }
}
