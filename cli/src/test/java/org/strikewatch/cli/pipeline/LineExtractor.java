package org.strikewatch.cli.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.Incident;
import org.strikewatch.model.Place;
import org.strikewatch.model.PlacePrecision;
import org.strikewatch.model.PublishedSource;
import org.strikewatch.model.Report;
import org.strikewatch.model.TimeSpan;
import org.strikewatch.model.Weapon;

/**
 * A stand-in extractor for pipeline tests: every line {@code @strike NAME LAT LON DATE WEAPON
 * KILLED} of a report becomes an incident; a line {@code @fail} makes it throw. Other text is
 * ignored, so a report can carry free text in any language beside its test markup.
 */
final class LineExtractor implements ReportExtractor {

  private final String version;

  LineExtractor(String version) {
    this.version = version;
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public Extraction extract(Report report) {
    List<Incident> incidents = new ArrayList<>();
    for (String line : report.text().split("\n")) {
      String[] f = line.trim().split(" ");
      if (f[0].equals("@fail")) {
        throw new IllegalStateException("extractor cannot read this report");
      }
      if (!f[0].equals("@strike")) {
        continue;
      }
      String name = f[1];
      Place where =
          Place.builder()
              .name(name)
              .coordinates(Double.parseDouble(f[2]), Double.parseDouble(f[3]))
              .country("RU")
              .admin1("Belgorod Oblast")
              .precision(PlacePrecision.SETTLEMENT)
              .text(name)
              .gazetteerId("test:" + name)
              .build();
      List<Weapon> weapons = f[5].equals("-") ? List.of() : List.of(Weapon.fromCode(f[5]));
      incidents.add(
          Incident.builder()
              .when(TimeSpan.day(LocalDate.parse(f[4]), null))
              .where(where)
              .weapons(weapons)
              .launchedBy("RU")
              .ownTerritory(true, "test")
              .killed(f[6].equals("-") ? null : Estimate.exactly(Integer.parseInt(f[6])))
              .confidence(0.6)
              .build());
    }
    return new Extraction(
        "en",
        report.published(),
        report.published() == null ? PublishedSource.UNKNOWN : PublishedSource.GIVEN,
        report.source(),
        incidents,
        List.of(),
        List.of());
  }
}
