package org.strikewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlaceCommandTest {

  @Test
  void parses_lat_comma_lon() {
    assertThat(PlaceCommand.parsePoint("50.29,36.94")).containsExactly(50.29, 36.94);
    assertThat(PlaceCommand.parsePoint(" -33.9 , 151.2 ")).containsExactly(-33.9, 151.2);
  }

  @Test
  void bad_points_name_the_value() {
    assertThatThrownBy(() -> PlaceCommand.parsePoint("91.5,30"))
        .isInstanceOf(UserError.class)
        .hasMessage("latitude out of range (-90..90): 91.5");
    assertThatThrownBy(() -> PlaceCommand.parsePoint("50,181"))
        .isInstanceOf(UserError.class)
        .hasMessage("longitude out of range (-180..180): 181");
    assertThatThrownBy(() -> PlaceCommand.parsePoint("Kharkiv"))
        .isInstanceOf(UserError.class)
        .hasMessage("expected LAT,LON (e.g. 50.29,36.94) but got \"Kharkiv\"");
    assertThatThrownBy(() -> PlaceCommand.parsePoint("50.1;36.2"))
        .hasMessage("expected LAT,LON (e.g. 50.29,36.94) but got \"50.1;36.2\"");
    assertThatThrownBy(() -> PlaceCommand.parsePoint("NaN,30"))
        .hasMessage("latitude out of range (-90..90): NaN");
  }

  @Test
  void bad_dates_name_the_value() {
    assertThat(PlaceCommand.parseDate("2024-05-01")).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(PlaceCommand.parseDate(null)).isNull();
    assertThatThrownBy(() -> PlaceCommand.parseDate("yesterday"))
        .isInstanceOf(UserError.class)
        .hasMessage("--on expects a date YYYY-MM-DD but got \"yesterday\"");
  }

  @Test
  void bad_input_exits_2() {
    assertThat(Main.run("place", "91,0")).isEqualTo(2);
    assertThat(Main.run("place", "50,30", "--on", "2024-02-30")).isEqualTo(2);
  }
}
