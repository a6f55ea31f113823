package org.strikewatch.bench.dedupe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.strikewatch.dedupe.Mention;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.Incident;
import org.strikewatch.model.Place;
import org.strikewatch.model.PlacePrecision;
import org.strikewatch.model.Precision;
import org.strikewatch.model.TimeSpan;
import org.strikewatch.model.Weapon;

/**
 * Incident mentions shaped like a growing monitoring database: a fixed number of strikes per day
 * over 2,000 settlements between 44-53 N and 30-40 E, each strike told by 1-3 sources with small
 * differences (coordinates of name variants, a day range instead of a day, a region instead of a
 * town, counts that rise). A larger database covers more days, not denser days, as it does in use.
 */
public final class SyntheticMentions {

  /** Strikes per day. */
  public static final int STRIKES_PER_DAY = 120;

  private static final int SETTLEMENTS = 2000;
  private static final String[] REGIONS = {
    "Belgorod Oblast",
    "Kursk Oblast",
    "Bryansk Oblast",
    "Kharkiv Oblast",
    "Sumy Oblast",
    "Donetsk Oblast",
    "Zaporizhzhia Oblast",
    "Kherson Oblast"
  };
  private static final Weapon[] WEAPONS = {
    Weapon.DRONE,
    Weapon.GUIDED_BOMB,
    Weapon.AERIAL_BOMB,
    Weapon.MISSILE,
    Weapon.ROCKET,
    Weapon.ARTILLERY,
    Weapon.MORTAR
  };

  private SyntheticMentions() {}

  /** About {@code count} mentions, deterministic for a seed. */
  public static List<Mention> generate(int count, long seed) {
    Random random = new Random(seed);
    double[][] towns = new double[SETTLEMENTS][2];
    for (int i = 0; i < SETTLEMENTS; i++) {
      towns[i][0] = 44 + random.nextDouble() * 9;
      towns[i][1] = 30 + random.nextDouble() * 10;
    }
    List<Mention> out = new ArrayList<>(count + 4);
    LocalDate first = LocalDate.of(2022, 3, 1);
    int strike = 0;
    while (out.size() < count) {
      LocalDate day = first.plusDays(strike / STRIKES_PER_DAY);
      int town = random.nextInt(SETTLEMENTS);
      String region = REGIONS[town % REGIONS.length];
      Weapon weapon = WEAPONS[random.nextInt(WEAPONS.length)];
      int killed = random.nextInt(4);
      int sources = 1 + random.nextInt(3);
      for (int s = 0; s < sources && out.size() < count; s++) {
        Place place;
        if (random.nextInt(10) == 0) {
          place =
              Place.builder()
                  .name(region)
                  .country("UA")
                  .admin1(region)
                  .precision(PlacePrecision.REGION)
                  .build();
        } else {
          place =
              Place.builder()
                  .name("T" + town)
                  .coordinates(
                      towns[town][0] + random.nextGaussian() * 0.005,
                      towns[town][1] + random.nextGaussian() * 0.005)
                  .country("UA")
                  .admin1(region)
                  .precision(PlacePrecision.SETTLEMENT)
                  .gazetteerId("t:" + town)
                  .build();
        }
        TimeSpan when =
            random.nextInt(8) == 0
                ? new TimeSpan(day.minusDays(1), day, Precision.DAYS, null)
                : TimeSpan.day(day, null);
        Incident incident =
            Incident.builder()
                .when(when)
                .where(place)
                .weapons(random.nextInt(4) == 0 ? List.of() : List.of(weapon))
                .launchedBy("RU")
                .killed(Estimate.exactly(killed + random.nextInt(2)))
                .confidence(0.6)
                .build();
        out.add(Mention.of("r" + strike + "-" + s, 0, incident));
      }
      strike++;
    }
    return out;
  }
}
