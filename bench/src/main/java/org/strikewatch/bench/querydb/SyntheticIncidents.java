package org.strikewatch.bench.querydb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.strikewatch.model.BorderDistance;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.Incident;
import org.strikewatch.model.Place;
import org.strikewatch.model.PlacePrecision;
import org.strikewatch.model.TimeSpan;
import org.strikewatch.model.Weapon;
import org.strikewatch.store.CanonicalIncident;
import org.strikewatch.store.Store;

/**
 * Synthetic incidents for load tests: dates from 2022-02-24 over four years, places jittered around
 * anchor towns of the Ukrainian and Russian border regions, weapons, launchers, own-territory flags
 * and casualties drawn with fixed odds from a seeded generator (same seed, same database).
 */
public final class SyntheticIncidents {

  private record Anchor(String name, double lat, double lon, String country, String admin1) {}

  private static final List<Anchor> ANCHORS =
      List.of(
          new Anchor("Belgorod", 50.5977, 36.5858, "RU", "Belgorod Oblast"),
          new Anchor("Shebekino", 50.4072, 36.8874, "RU", "Belgorod Oblast"),
          new Anchor("Grayvoron", 50.4786, 35.6762, "RU", "Belgorod Oblast"),
          new Anchor("Valuyki", 50.2111, 38.1000, "RU", "Belgorod Oblast"),
          new Anchor("Kursk", 51.7373, 36.1874, "RU", "Kursk Oblast"),
          new Anchor("Sudzha", 51.1903, 35.2708, "RU", "Kursk Oblast"),
          new Anchor("Rylsk", 51.5681, 34.6802, "RU", "Kursk Oblast"),
          new Anchor("Bryansk", 53.2521, 34.3717, "RU", "Bryansk Oblast"),
          new Anchor("Klimovo", 52.3778, 32.1906, "RU", "Bryansk Oblast"),
          new Anchor("Voronezh", 51.6720, 39.1843, "RU", "Voronezh Oblast"),
          new Anchor("Rostov-on-Don", 47.2357, 39.7015, "RU", "Rostov Oblast"),
          new Anchor("Kharkiv", 49.9935, 36.2304, "UA", "Kharkiv Oblast"),
          new Anchor("Kupiansk", 49.7107, 37.6159, "UA", "Kharkiv Oblast"),
          new Anchor("Vovchansk", 50.2906, 36.9418, "UA", "Kharkiv Oblast"),
          new Anchor("Izium", 49.2102, 37.2566, "UA", "Kharkiv Oblast"),
          new Anchor("Sumy", 50.9077, 34.7981, "UA", "Sumy Oblast"),
          new Anchor("Okhtyrka", 50.3105, 34.8988, "UA", "Sumy Oblast"),
          new Anchor("Chernihiv", 51.4982, 31.2893, "UA", "Chernihiv Oblast"),
          new Anchor("Kyiv", 50.4501, 30.5234, "UA", "Kyiv City"),
          new Anchor("Odesa", 46.4825, 30.7233, "UA", "Odesa Oblast"),
          new Anchor("Mykolaiv", 46.9750, 31.9946, "UA", "Mykolaiv Oblast"),
          new Anchor("Kherson", 46.6354, 32.6169, "UA", "Kherson Oblast"),
          new Anchor("Zaporizhzhia", 47.8388, 35.1396, "UA", "Zaporizhzhia Oblast"),
          new Anchor("Huliaipole", 47.6636, 36.2563, "UA", "Zaporizhzhia Oblast"),
          new Anchor("Dnipro", 48.4647, 35.0462, "UA", "Dnipropetrovsk Oblast"),
          new Anchor("Nikopol", 47.5667, 34.4000, "UA", "Dnipropetrovsk Oblast"),
          new Anchor("Kramatorsk", 48.7389, 37.5848, "UA", "Donetsk Oblast"),
          new Anchor("Pokrovsk", 48.2827, 37.1756, "UA", "Donetsk Oblast"),
          new Anchor("Kostiantynivka", 48.5277, 37.7069, "UA", "Donetsk Oblast"),
          new Anchor("Lviv", 49.8397, 24.0297, "UA", "Lviv Oblast"));

  private static final LocalDate FIRST = LocalDate.of(2022, 2, 24);
  private static final int DAYS = 4 * 365;

  private final Random random;

  public SyntheticIncidents(long seed) {
    this.random = new Random(seed);
  }

  /** The next incident. */
  public Incident next() {
    Anchor a = ANCHORS.get(random.nextInt(ANCHORS.size()));
    double lat = a.lat() + (random.nextDouble() - 0.5) * 0.6;
    double lon = a.lon() + (random.nextDouble() - 0.5) * 0.8;
    boolean settlement = random.nextInt(10) < 8;
    Place where =
        Place.builder()
            .name(a.name())
            .coordinates(round(lat), round(lon))
            .country(a.country())
            .admin1(a.admin1())
            .precision(settlement ? PlacePrecision.SETTLEMENT : PlacePrecision.DISTRICT)
            .text(a.name())
            .build();
    LocalDate day = FIRST.plusDays(random.nextInt(DAYS));
    boolean inRussia = a.country().equals("RU");
    String launcher;
    if (inRussia) {
      launcher = random.nextInt(100) < 12 ? "RU" : random.nextInt(100) < 90 ? "UA" : null;
    } else {
      launcher = random.nextInt(100) < 97 ? "RU" : null;
    }
    Boolean own = launcher == null ? null : launcher.equals(a.country());
    List<Weapon> weapons = new ArrayList<>();
    Weapon[] pool = {
      Weapon.GUIDED_BOMB,
      Weapon.AERIAL_BOMB,
      Weapon.MISSILE,
      Weapon.ROCKET,
      Weapon.ARTILLERY,
      Weapon.MORTAR,
      Weapon.DRONE,
      Weapon.DRONE
    };
    weapons.add(pool[random.nextInt(pool.length)]);
    if (random.nextInt(10) == 0) {
      Weapon w = pool[random.nextInt(pool.length)];
      if (!weapons.contains(w)) {
        weapons.add(w);
      }
    }
    Estimate killed = casualties(0.15, 3);
    Estimate injured = casualties(0.35, 8);
    Estimate evacuated = random.nextInt(50) == 0 ? Estimate.about(50 + random.nextInt(500)) : null;
    return Incident.builder()
        .when(TimeSpan.day(day, null))
        .where(where)
        .weapons(weapons)
        .launchedBy(launcher)
        .ownTerritory(
            own, own == null ? null : own ? "launcher's own territory" : "other territory")
        .killed(killed)
        .injured(injured)
        .evacuated(evacuated)
        .borderDistanceKm(new BorderDistance(null, round(random.nextDouble() * 300)))
        .attribution(List.of("synthetic"))
        .confidence(0.5 + random.nextInt(50) / 100.0)
        .build();
  }

  private Estimate casualties(double odds, int mean) {
    double r = random.nextDouble();
    if (r < 0.4) {
      return null;
    }
    if (r < 1 - odds) {
      return Estimate.none();
    }
    int n = 1 + random.nextInt(2 * mean);
    return random.nextBoolean() ? Estimate.exactly(n) : Estimate.atLeast(n);
  }

  private static double round(double d) {
    return Math.round(d * 1e5) / 1e5;
  }

  /**
   * Writes {@code count} incidents into {@code store} in transactions of {@code batch}; reports
   * progress to {@code progress} every batch.
   */
  public void writeInto(
      Store store, long count, int batch, java.util.function.LongConsumer progress) {
    long written = 0;
    while (written < count) {
      long n = Math.min(batch, count - written);
      store.inTransaction(
          () -> {
            for (long k = 0; k < n; k++) {
              store.createIncident(new CanonicalIncident(next(), 1, "{\"synthetic\":true}"));
            }
          });
      written += n;
      progress.accept(written);
    }
  }
}
