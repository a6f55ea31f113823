package org.strikewatch.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
import org.strikewatch.model.TimeSpan;
import org.strikewatch.model.Weapon;
import org.strikewatch.store.CanonicalIncident;
import org.strikewatch.store.JdbcStore;
import org.strikewatch.store.Store;

/**
 * A small database written for these tests through the store's write API: eight own-territory
 * incidents launched by RU in Belgorod Oblast (six in March–April 2024, two in January–February
 * 2024), a drone strike by UA in Belgorod, a missile strike on Kharkiv, one incident without a date
 * or coordinates, one incident reported by two sources, and a seed-like report whose extraction
 * carries the claim "at least 21" own-territory incidents in March–April 2024.
 */
final class SeedFixture {

  static final String SEED_TEXT =
      "Russian aircraft dropped munitions on their own Belgorod region at least 21 times between"
          + " March and April 2024, the Astra channel counted. On 28 April 2024 a guided bomb fell"
          + " in Belgorod, injuring two residents.";

  static final int OWN_MAR_APR = 6;
  static final int OWN_JAN_FEB = 2;

  private SeedFixture() {}

  static final Place BELGOROD =
      Place.builder()
          .name("Belgorod")
          .coordinates(50.5977, 36.5858)
          .country("RU")
          .admin1("Belgorod Oblast")
          .precision(PlacePrecision.SETTLEMENT)
          .text("Belgorod")
          .gazetteerId("geonames:578072")
          .build();

  static final Place SHEBEKINO =
      Place.builder()
          .name("Shebekino")
          .coordinates(50.4072, 36.8874)
          .country("RU")
          .admin1("Belgorod Oblast")
          .precision(PlacePrecision.SETTLEMENT)
          .text("Shebekino")
          .build();

  static final Place KHARKIV =
      Place.builder()
          .name("Kharkiv")
          .coordinates(49.9935, 36.2304)
          .country("UA")
          .admin1("Kharkiv Oblast")
          .precision(PlacePrecision.SETTLEMENT)
          .text("Kharkiv")
          .build();

  /** Writes the fixture; returns the id of the incident reported by two sources. */
  static long populate(Store store) {
    LocalDate[] marApr = {
      LocalDate.of(2024, 3, 5),
      LocalDate.of(2024, 3, 12),
      LocalDate.of(2024, 3, 20),
      LocalDate.of(2024, 4, 2),
      LocalDate.of(2024, 4, 15)
    };
    int n = 0;
    for (LocalDate d : marApr) {
      Place where = n++ % 2 == 0 ? BELGOROD : SHEBEKINO;
      single(
          store,
          "A glide bomb fell in " + where.name() + " on " + d + ", officials said.",
          "Belgorod Governor",
          d,
          where,
          List.of(Weapon.GUIDED_BOMB),
          "RU",
          true,
          null,
          null);
    }
    for (LocalDate d : List.of(LocalDate.of(2024, 1, 20), LocalDate.of(2024, 2, 10))) {
      single(
          store,
          "An aerial bomb dropped by a Russian jet fell near Belgorod on " + d + ".",
          "Belgorod Governor",
          d,
          BELGOROD,
          List.of(Weapon.AERIAL_BOMB),
          "RU",
          true,
          null,
          null);
    }
    single(
        store,
        "A Ukrainian drone hit a car park in Belgorod on 2024-03-15; one person was killed.",
        "RIA",
        LocalDate.of(2024, 3, 15),
        BELGOROD,
        List.of(Weapon.DRONE),
        "UA",
        false,
        Estimate.exactly(1),
        null);
    single(
        store,
        "Russian missiles struck Kharkiv on 2024-04-10, killing 3 and injuring 10.",
        "Suspilne",
        LocalDate.of(2024, 4, 10),
        KHARKIV,
        List.of(Weapon.MISSILE),
        "RU",
        false,
        Estimate.exactly(3),
        Estimate.exactly(10));
    Place unresolved =
        Place.builder()
            .admin1("Donetsk Oblast")
            .country("UA")
            .precision(PlacePrecision.REGION)
            .text("Donetsk region")
            .build();
    Incident undated =
        Incident.builder()
            .when(TimeSpan.unresolved(null))
            .where(unresolved)
            .weapons(List.of(Weapon.ARTILLERY))
            .confidence(0.4)
            .build();
    write(
        store,
        "Shelling was reported in the Donetsk region.",
        "Telegram",
        null,
        List.of(undated),
        List.of());
    return seedWithSecondSource(store);
  }

  private static long seedWithSecondSource(Store store) {
    LocalDate d = LocalDate.of(2024, 4, 28);
    int at = SEED_TEXT.indexOf("guided bomb");
    int placeAt = SEED_TEXT.indexOf("in Belgorod,") + 3;
    Incident seedIncident =
        Incident.builder()
            .when(new TimeSpan(d, d, Precision.DAY, "28 April 2024"))
            .where(BELGOROD)
            .weapons(List.of(Weapon.GUIDED_BOMB))
            .weaponsText(List.of("guided bomb"))
            .launchedBy("RU")
            .ownTerritory(true, "launched by RU; impact point in RU (Belgorod Oblast)")
            .injured(Estimate.exactly(2))
            .attribution(List.of("Astra"))
            .evidence(
                List.of(
                    Evidence.of("weapons", SEED_TEXT, at, at + "guided bomb".length()),
                    Evidence.of("where", SEED_TEXT, placeAt, placeAt + "Belgorod".length())))
            .confidence(0.8)
            .build();
    Claim claim =
        Claim.builder()
            .count(Estimate.atLeast(21))
            .subject("munitions that fell on own territory")
            .launchedBy("RU")
            .ownTerritory(true)
            .when(
                new TimeSpan(
                    LocalDate.of(2024, 3, 1),
                    LocalDate.of(2024, 4, 30),
                    Precision.MONTH,
                    "between March and April 2024"))
            .where(
                Place.builder()
                    .name("Belgorod Oblast")
                    .country("RU")
                    .admin1("Belgorod Oblast")
                    .precision(PlacePrecision.REGION)
                    .text("Belgorod region")
                    .build())
            .attribution(List.of("Astra"))
            .evidence(
                List.of(
                    Evidence.of(
                        "count",
                        SEED_TEXT,
                        SEED_TEXT.indexOf("at least 21 times"),
                        SEED_TEXT.indexOf("at least 21 times") + "at least 21 times".length())))
            .build();
    long incidentId =
        write(
                store,
                SEED_TEXT,
                "Astra",
                LocalDate.of(2024, 5, 16),
                List.of(seedIncident),
                List.of(claim))
            .get(0);
    String second = "Air-dropped guided bomb hit a Belgorod street on 28 April 2024; two hurt.";
    AddedReport r =
        addReport(
            store,
            second,
            "Belgorod Governor",
            LocalDate.of(2024, 4, 28),
            List.of(seedIncident.toBuilder().evidence(List.of()).build()),
            List.of());
    long mention =
        store.addMention(
            r.reportId, r.extractionId, 0, JdbcStore.contentHash(second), r.incidents.get(0));
    store.assignMentions(incidentId, List.of(mention));
    store.recordMerge(
        incidentId, mention, r.reportId, "merged", "same place, same day, same weapon");
    store.updateIncident(incidentId, new CanonicalIncident(seedIncident, 2, "{}"));
    return incidentId;
  }

  private static void single(
      Store store,
      String text,
      String source,
      LocalDate day,
      Place where,
      List<Weapon> weapons,
      String launchedBy,
      boolean own,
      @Nullable Estimate killed,
      @Nullable Estimate injured) {
    int at = text.indexOf(where.name());
    Incident i =
        Incident.builder()
            .when(TimeSpan.day(day, day.toString()))
            .where(where)
            .weapons(weapons)
            .launchedBy(launchedBy)
            .ownTerritory(
                own, own ? "launched by RU; impact point in RU" : "impact outside launcher")
            .killed(killed)
            .injured(injured)
            .evidence(List.of(Evidence.of("where", text, at, at + where.name().length())))
            .confidence(0.7)
            .build();
    write(store, text, source, day, List.of(i), List.of());
  }

  private record AddedReport(long reportId, long extractionId, List<Incident> incidents) {}

  private static AddedReport addReport(
      Store store,
      String text,
      String source,
      @Nullable LocalDate published,
      List<Incident> incidents,
      List<Claim> claims) {
    long reportId =
        store
            .add(
                IncomingReport.builder(text, "test:" + JdbcStore.contentHash(text).substring(0, 8))
                    .source(source)
                    .url("https://example.org/" + JdbcStore.contentHash(text).substring(0, 12))
                    .published(published)
                    .build())
            .reportId();
    Extraction e =
        new Extraction(
            "en",
            published,
            published == null ? PublishedSource.UNKNOWN : PublishedSource.GIVEN,
            source,
            incidents,
            claims,
            List.of());
    long extractionId = store.saveExtraction(reportId, "test", e);
    return new AddedReport(reportId, extractionId, incidents);
  }

  /** Stores a report, its extraction, one canonical incident per mention and its claims. */
  static List<Long> write(
      Store store,
      String text,
      String source,
      @Nullable LocalDate published,
      List<Incident> incidents,
      List<Claim> claims) {
    AddedReport r = addReport(store, text, source, published, incidents, claims);
    List<Long> ids = new ArrayList<>();
    for (int k = 0; k < incidents.size(); k++) {
      long mention =
          store.addMention(
              r.reportId, r.extractionId, k, JdbcStore.contentHash(text), incidents.get(k));
      long id = store.createIncident(new CanonicalIncident(incidents.get(k), 1, "{}"));
      store.assignMentions(id, List.of(mention));
      store.recordMerge(id, mention, r.reportId, "created", "first report of this strike");
      ids.add(id);
    }
    for (int k = 0; k < claims.size(); k++) {
      store.addClaim(r.reportId, r.extractionId, k, claims.get(k));
    }
    return ids;
  }
}
