package org.strikewatch.cli.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
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

/**
 * Writes many seeded random incidents straight into a store (one report, extraction, mention and
 * incident each), for measuring how the page copes with a large database. Functional browser tests
 * go through the real ingest pipeline instead.
 */
final class SyntheticIncidents {

  private record Town(String name, double lat, double lon, String country, String admin1) {}

  private static final List<Town> TOWNS =
      List.of(
          new Town("Belgorod", 50.5977, 36.5858, "RU", "Belgorod Oblast"),
          new Town("Shebekino", 50.4105, 36.8989, "RU", "Belgorod Oblast"),
          new Town("Kursk", 51.7373, 36.1874, "RU", "Kursk Oblast"),
          new Town("Bryansk", 53.2521, 34.3717, "RU", "Bryansk Oblast"),
          new Town("Kharkiv", 49.9808, 36.2527, "UA", "Kharkiv Oblast"),
          new Town("Vovchansk", 50.2906, 36.9411, "UA", "Kharkiv Oblast"),
          new Town("Sumy", 50.9216, 34.8003, "UA", "Sumy Oblast"),
          new Town("Kherson", 46.6354, 32.6169, "UA", "Kherson Oblast"),
          new Town("Zaporizhzhia", 47.8388, 35.1396, "UA", "Zaporizhzhia Oblast"),
          new Town("Odesa", 46.4775, 30.7326, "UA", "Odesa Oblast"),
          new Town("Donetsk", 48.0159, 37.8028, "UA", "Donetsk Oblast"),
          new Town("Chernihiv", 51.5055, 31.2849, "UA", "Chernihiv Oblast"));

  private SyntheticIncidents() {}

  /** Writes {@code n} incidents spread over 2024, seeded for repeatability. */
  static void write(JdbcStore store, int n, long seed) {
    Random random = new Random(seed);
    Weapon[] weapons = Weapon.values();
    LocalDate first = LocalDate.of(2024, 1, 1);
    store.inTransaction(
        () -> {
          for (int i = 0; i < n; i++) {
            Town town = TOWNS.get(random.nextInt(TOWNS.size()));
            LocalDate day = first.plusDays(random.nextInt(366));
            Weapon weapon = weapons[random.nextInt(weapons.length)];
            String launcher = random.nextInt(4) == 0 ? "UA" : "RU";
            String text =
                "Synthetic report "
                    + i
                    + ": a strike hit "
                    + town.name()
                    + " on "
                    + day
                    + ". Two people were injured.";
            int at = text.indexOf(town.name());
            Incident incident =
                Incident.builder()
                    .when(TimeSpan.day(day, day.toString()))
                    .where(
                        Place.builder()
                            .name(town.name())
                            .coordinates(
                                town.lat() + random.nextGaussian() * 0.08,
                                town.lon() + random.nextGaussian() * 0.08)
                            .country(town.country())
                            .admin1(town.admin1())
                            .precision(PlacePrecision.SETTLEMENT)
                            .text(town.name())
                            .build())
                    .weapons(List.of(weapon))
                    .weaponsText(List.of(weapon.code()))
                    .launchedBy(launcher)
                    .ownTerritory(
                        launcher.equals(town.country()),
                        launcher.equals(town.country()) ? "synthetic" : null)
                    .killed(random.nextBoolean() ? Estimate.none() : Estimate.atLeast(1))
                    .injured(Estimate.exactly(2))
                    .borderDistanceKm(new BorderDistance(null, 10.0 + random.nextInt(80)))
                    .attribution(List.of("Synthetic"))
                    .evidence(
                        List.of(new Evidence("where", at, at + town.name().length(), town.name())))
                    .confidence(0.7)
                    .build();
            IncomingReport report =
                IncomingReport.builder(text, "synthetic:" + i)
                    .source("Synthetic")
                    .url("https://example.org/synthetic/" + i)
                    .published(day)
                    .fetchedAt(Instant.parse("2025-01-01T00:00:00Z"))
                    .language("en")
                    .build();
            long reportId = store.add(report).reportId();
            long extractionId =
                store.saveExtraction(
                    reportId,
                    "synthetic",
                    new Extraction(
                        "en",
                        day,
                        PublishedSource.GIVEN,
                        "Synthetic",
                        List.of(incident),
                        List.of(),
                        List.of()));
            long mentionId =
                store.addMention(reportId, extractionId, 0, "synthetic:" + i, incident);
            long incidentId = store.createIncident(new CanonicalIncident(incident, 1, "{}"));
            store.assignMentions(incidentId, List.of(mentionId));
          }
          return null;
        });
  }
}
