package org.strikewatch.store.query.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.Incident;
import org.strikewatch.model.Place;
import org.strikewatch.model.PlacePrecision;
import org.strikewatch.model.Precision;
import org.strikewatch.model.TimeSpan;
import org.strikewatch.model.Weapon;
import org.strikewatch.store.query.HeldIncident;
import org.strikewatch.store.query.SourceRef;

class ExportWritersTest {

  private static HeldIncident incident(List<Weapon> weapons, PlacePrecision precision) {
    Incident i =
        Incident.builder()
            .when(
                new TimeSpan(
                    LocalDate.of(2024, 3, 5),
                    LocalDate.of(2024, 3, 11),
                    Precision.WEEK,
                    "last week"))
            .where(
                Place.builder()
                    .name("Shebekino, \"centre\"")
                    .coordinates(50.4072, 36.8874)
                    .country("RU")
                    .admin1("Belgorod Oblast")
                    .precision(precision)
                    .build())
            .weapons(weapons)
            .launchedBy("RU")
            .ownTerritory(true, "launched by RU; impact in RU")
            .killed(Estimate.atLeast(2))
            .build();
    return new HeldIncident(
        7,
        i,
        List.of(new SourceRef(3, "Astra", "https://example.org/a", LocalDate.of(2024, 3, 12))));
  }

  @Test
  void maps_weapons_to_acled_sub_event_types() {
    assertThat(AcledCsvWriter.subEventType(List.of(Weapon.GUIDED_BOMB)))
        .isEqualTo("Air/drone strike");
    assertThat(AcledCsvWriter.subEventType(List.of(Weapon.AERIAL_BOMB)))
        .isEqualTo("Air/drone strike");
    assertThat(AcledCsvWriter.subEventType(List.of(Weapon.DRONE))).isEqualTo("Air/drone strike");
    assertThat(AcledCsvWriter.subEventType(List.of(Weapon.ARTILLERY)))
        .isEqualTo("Shelling/artillery/missile attack");
    assertThat(AcledCsvWriter.subEventType(List.of(Weapon.DRONE, Weapon.MISSILE)))
        .isEqualTo("Shelling/artillery/missile attack");
    assertThat(AcledCsvWriter.subEventType(List.of(Weapon.ROCKET)))
        .isEqualTo("Shelling/artillery/missile attack");
  }

  @Test
  void writes_acled_precision_codes_and_fatalities() throws Exception {
    StringWriter out = new StringWriter();
    AcledCsvWriter w = new AcledCsvWriter(out, Instant.ofEpochSecond(1_700_000_000));
    w.write(incident(List.of(Weapon.GUIDED_BOMB), PlacePrecision.DISTRICT));
    w.finish();
    String row = out.toString().split("\r\n")[1];
    assertThat(row)
        .startsWith(
            "RUSSW7,05 March 2024,2024,2,Political violence,Explosions/Remote violence,"
                + "Air/drone strike,Military Forces of Russia (2000-),,State forces,,,,"
                + "State forces only,,643,Europe,Russia,Belgorod Oblast,,,"
                + "\"Shebekino, \"\"centre\"\"\",50.40720,36.88740,2,Astra,Other,")
        .endsWith(",2,,1700000000");
  }

  @Test
  void csv_quotes_fields_with_commas_and_quotes_and_lists_source_urls() throws Exception {
    StringWriter out = new StringWriter();
    IncidentCsvWriter w = new IncidentCsvWriter(out);
    w.write(incident(List.of(Weapon.MISSILE, Weapon.CLUSTER), PlacePrecision.SETTLEMENT));
    w.finish();
    String[] lines = out.toString().split("\r\n");
    assertThat(lines[0].split(",")).hasSize(IncidentCsvWriter.COLUMNS.size());
    assertThat(lines[1])
        .startsWith("7,2024-03-05,2024-03-11,week,last week,\"Shebekino, \"\"centre\"\"\",")
        .contains(",missile;cluster,")
        .endsWith(",Astra,3,https://example.org/a");
  }
}
