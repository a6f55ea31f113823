package org.strikewatch.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strikewatch.model.BorderDistance;
import org.strikewatch.model.Claim;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.Evidence;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.Incident;
import org.strikewatch.model.Place;
import org.strikewatch.model.PlacePrecision;
import org.strikewatch.model.Precision;
import org.strikewatch.model.PublishedSource;
import org.strikewatch.model.TimeSpan;
import org.strikewatch.model.Weapon;

class ExtractionJsonTest {

  private static Extraction sample() {
    String text = "A missile hit Belgorod last month.";
    Incident incident =
        Incident.builder()
            .when(
                new TimeSpan(
                    LocalDate.of(2024, 4, 1),
                    LocalDate.of(2024, 4, 30),
                    Precision.MONTH,
                    "last month"))
            .where(
                Place.builder()
                    .name("Belgorod")
                    .coordinates(50.6107, 36.5802)
                    .country("RU")
                    .admin1("Belgorod Oblast")
                    .precision(PlacePrecision.SETTLEMENT)
                    .text("Belgorod")
                    .gazetteerId("geonames:578072")
                    .build())
            .weapons(List.of(Weapon.MISSILE))
            .weaponsText(List.of("missile"))
            .launchedBy("RU")
            .ownTerritory(true, "launched by RU; impact point in RU")
            .killed(Estimate.none())
            .evacuated(Estimate.unspecified())
            .borderDistanceKm(new BorderDistance(91.7, 38.4))
            .attribution(List.of("Astra"))
            .addEvidence(Evidence.of("where", text, 14, 22))
            .confidence(0.8)
            .build();
    Claim claim =
        Claim.builder()
            .count(Estimate.atLeast(21))
            .subject("munitions that fell on own or own-held territory")
            .launchedBy("RU")
            .ownTerritory(true)
            .when(TimeSpan.unresolved("recently"))
            .attribution(List.of("Astra"))
            .build();
    return new Extraction(
        "en",
        LocalDate.of(2024, 5, 16),
        PublishedSource.GIVEN,
        "Astra",
        List.of(incident),
        List.of(claim),
        List.of("a warning"));
  }

  @Test
  void survives_a_round_trip_through_contract_json() {
    Extraction e = sample();
    assertThat(ExtractionJson.parse(ExtractionJson.toCompactString(e))).isEqualTo(e);
  }

  @Test
  void writes_contract_field_names_and_codes() {
    String json = ExtractionJson.toCompactString(sample());
    assertThat(json)
        .startsWith("{\"schema\":\"strikewatch.extract/1\"")
        .contains("\"precision\":\"month\"")
        .contains("\"weapons\":[\"missile\"]")
        .contains("\"evacuated\":{\"low\":1,\"best\":null,\"high\":null}")
        .contains("\"injured\":null")
        .contains("\"publishedSource\":\"given\"");
  }

  @Test
  void names_the_bad_field_in_a_malformed_date() {
    String json =
        ExtractionJson.toCompactString(sample()).replace("\"2024-04-01\"", "\"yesterday\"");
    assertThatThrownBy(() -> ExtractionJson.parse(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Expected ISO date but found \"yesterday\" at $.incidents[0].when.start");
  }
}
