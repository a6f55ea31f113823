package org.strikewatch.dedupe;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.Evidence;
import org.strikewatch.model.Incident;
import org.strikewatch.model.Place;
import org.strikewatch.model.PlacePrecision;
import org.strikewatch.model.TimeSpan;
import org.strikewatch.model.Weapon;

/** Small incidents written for the de-duplication tests. */
final class Fixtures {

  private Fixtures() {}

  static Place settlement(String name, double lat, double lon, String gazetteerId) {
    return Place.builder()
        .name(name)
        .coordinates(lat, lon)
        .country("RU")
        .admin1("Belgorod Oblast")
        .precision(PlacePrecision.SETTLEMENT)
        .text(name)
        .gazetteerId(gazetteerId)
        .build();
  }

  static Place region(String admin1) {
    return Place.builder()
        .name(admin1)
        .country("RU")
        .admin1(admin1)
        .precision(PlacePrecision.REGION)
        .text(admin1)
        .build();
  }

  static Incident strike(
      Place where, LocalDate day, List<Weapon> weapons, @Nullable Estimate killed) {
    return Incident.builder()
        .when(TimeSpan.day(day, null))
        .where(where)
        .weapons(weapons)
        .launchedBy("RU")
        .ownTerritory(true, "launched by RU; impact in RU")
        .killed(killed)
        .evidence(List.of(new Evidence("where", 0, 1, "x")))
        .confidence(0.7)
        .build();
  }
}
