package org.strikewatch.geo.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strikewatch.geo.PointInfo;

/** Runs against the compiled data in the repository's .data (set up by ./run-tests). */
class BoundaryGeographyTest {

  static BoundaryGeography geo;

  @BeforeAll
  static void load() {
    Path data = DataDir.configured().orElse(Path.of(".data"));
    assumeTrue(
        Files.isRegularFile(data.resolve("geo/boundary/admin1.bin")),
        "compiled boundary data missing under " + data);
    geo = BoundaryGeography.load(data);
  }

  @Test
  void vovchansk_is_in_kharkiv_oblast_a_few_km_from_the_russian_border() {
    PointInfo p = geo.describe(50.29, 36.94, null);
    assertThat(p.country()).isEqualTo("UA");
    assertThat(p.admin1()).isEqualTo("Kharkiv Oblast");
    assertThat(p.nearestBorder()).isEqualTo("RU-UA");
    assertThat(p.borderDistanceKm()).isBetween(2.0, 8.0);
  }

  @Test
  void belgorod_is_in_russia_25_to_45_km_from_the_border() {
    PointInfo p = geo.describe(50.61, 36.58, null);
    assertThat(p.country()).isEqualTo("RU");
    assertThat(p.admin1()).isEqualTo("Belgorod Oblast");
    assertThat(p.controlledBy()).isEqualTo("RU");
    assertThat(p.nearestBorder()).isEqualTo("RU-UA");
    assertThat(p.borderDistanceKm()).isBetween(25.0, 45.0);
  }

  @Test
  void kyiv_is_more_than_150_km_from_the_russian_border() {
    PointInfo p = geo.describe(50.45, 30.52, null);
    assertThat(p.country()).isEqualTo("UA");
    assertThat(p.admin1()).isEqualTo("Kyiv");
    assertThat(p.borderDistanceKm()).isGreaterThan(150.0);
  }

  @Test
  void donetsk_city_is_ukraine_held_by_russia_in_2024() {
    PointInfo p = geo.describe(48.0, 37.8, LocalDate.of(2024, 5, 1));
    assertThat(p.country()).isEqualTo("UA");
    assertThat(p.admin1()).isEqualTo("Donetsk Oblast");
    assertThat(p.controlledBy()).isEqualTo("RU");
  }

  @Test
  void simferopol_and_sevastopol_are_ukraine_held_by_russia() {
    PointInfo s = geo.describe(44.95, 34.10, null);
    assertThat(s.country()).isEqualTo("UA");
    assertThat(s.admin1()).isEqualTo("Autonomous Republic of Crimea");
    assertThat(s.controlledBy()).isEqualTo("RU");
    PointInfo v = geo.describe(44.60, 33.52, null);
    assertThat(v.country()).isEqualTo("UA");
    assertThat(v.admin1()).isEqualTo("Sevastopol");
    assertThat(v.controlledBy()).isEqualTo("RU");
    assertThat(geo.describe(44.95, 34.10, LocalDate.of(2013, 6, 1)).controlledBy()).isEqualTo("UA");
  }

  @Test
  void crimea_has_no_land_border_with_russia_at_perekop() {
    PointInfo p = geo.describe(46.15, 33.69, null);
    assertThat(p.country()).isEqualTo("UA");
    assertThat(p.borderDistanceKm()).isGreaterThan(200.0);
  }

  @Test
  void kherson_city_was_held_by_russia_only_until_11_november_2022() {
    assertThat(geo.describe(46.64, 32.61, LocalDate.of(2022, 6, 1)).controlledBy()).isEqualTo("RU");
    assertThat(geo.describe(46.64, 32.61, LocalDate.of(2022, 11, 11)).controlledBy())
        .isEqualTo("UA");
  }

  @Test
  void points_elsewhere_get_the_nearest_border_of_any_pair() {
    PointInfo brest = geo.describe(52.09, 23.69, null);
    assertThat(brest.country()).isEqualTo("BY");
    assertThat(brest.nearestBorder()).isEqualTo("BY-PL");
    assertThat(brest.borderDistanceKm()).isLessThan(10.0);
  }

  @Test
  void the_open_sea_has_no_country() {
    PointInfo p = geo.describe(43.5, 34.0, null);
    assertThat(p.country()).isNull();
    assertThat(p.admin1()).isNull();
  }

  @Test
  void regions_carry_russian_and_ukrainian_names_and_codes() {
    AdminRegion kharkiv = geo.region(49.99, 36.23).orElseThrow();
    assertThat(kharkiv.isoCode()).isEqualTo("UA-63");
    assertThat(kharkiv.nameRu()).isEqualTo("Харьковская область");
    assertThat(kharkiv.nameUk()).isEqualTo("Харківська область");
    assertThat(kharkiv.geonamesCode()).isEqualTo("UA.07");
    AdminRegions names = AdminRegions.load(DataDir.configured().orElse(Path.of(".data")));
    assertThat(names.byIso("RU-BEL").orElseThrow().nameEn()).isEqualTo("Belgorod Oblast");
    assertThat(names.byIso("UA-43").orElseThrow().country()).isEqualTo("UA");
    assertThat(names.byIso("RU-MOW").orElseThrow().nameEn()).isEqualTo("Moscow");
  }

  @Test
  void coordinates_out_of_range_are_refused_with_the_value() {
    assertThatThrownBy(() -> geo.describe(91.2, 30, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("latitude out of range: 91.2");
    assertThatThrownBy(() -> geo.describe(50, -180.5, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("longitude out of range: -180.5");
    assertThatThrownBy(() -> geo.describe(Double.NaN, 30, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("latitude out of range: NaN");
  }
}
