package org.strikewatch.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FilterPartsTest {

  @Test
  void parses_bbox_and_near() {
    BoundingBox b = BoundingBox.parse("35, 49.5, 39, 51.5");
    assertThat(b.contains(50.6, 36.6)).isTrue();
    assertThat(b.contains(52, 36.6)).isFalse();
    Circle c = Circle.parse("50.6,36.58,25");
    assertThat(c.contains(50.5977, 36.5858)).isTrue();
    assertThat(c.distanceKm(50.6 + 1, 36.58)).isBetween(110.0, 112.5);
    assertThat(c.bounds().contains(50.8, 36.9)).isTrue();
  }

  @Test
  void bad_geometry_messages_name_the_value() {
    assertThatThrownBy(() -> BoundingBox.parse("1,2,3"))
        .hasMessage("bbox must be west,south,east,north (4 numbers) but was \"1,2,3\"");
    assertThatThrownBy(() -> BoundingBox.parse("a,2,3,4"))
        .hasMessage("bbox: \"a\" is not a number (in \"a,2,3,4\")");
    assertThatThrownBy(() -> BoundingBox.parse("1,60,3,50"))
        .hasMessage("bbox south 60.0 is above north 50.0");
    assertThatThrownBy(() -> Circle.parse("91,30,5"))
        .hasMessage("near latitude out of range: 91.0");
    assertThatThrownBy(() -> IncidentSort.parse("colour"))
        .hasMessage("sort must be date, -date, killed, -killed, id or -id but was \"colour\"");
  }

  @Test
  void describes_a_filter_in_words() {
    IncidentFilter f =
        IncidentFilter.builder()
            .ownTerritory(true)
            .launchedBy("ru")
            .admin1("Belgorod Oblast")
            .build();
    assertThat(f.describe()).isEqualTo("own-territory incidents launched by RU in Belgorod Oblast");
    assertThatThrownBy(() -> IncidentFilter.builder().country("Russia").build())
        .hasMessage("country is not an ISO 3166-1 alpha-2 code: RUSSIA");
  }
}
