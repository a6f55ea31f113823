package org.strikewatch.geo.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strikewatch.geo.PlaceMention;
import org.strikewatch.geo.gazetteer.Gazetteer;
import org.strikewatch.model.Place;
import org.strikewatch.model.PlacePrecision;

/** The geoparser over the full compiled gazetteer (skips when the data is not set up). */
class GazetteerGeoparserDataTest {
  private static GazetteerGeoparser parser;

  @BeforeAll
  static void load() throws IOException {
    String dir = System.getProperty("strikewatch.data");
    Assumptions.assumeTrue(dir != null && Gazetteer.isInstalled(Path.of(dir)), "no data set up");
    parser = GazetteerGeoparser.load(Path.of(dir));
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = GazetteerGeoparserDataTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Optional<Place> find(List<PlaceMention> ms, String text) {
    return ms.stream().map(PlaceMention::place).filter(p -> text.equals(p.text())).findFirst();
  }

  @Test
  void finds_the_border_places_of_an_english_report_and_no_people_or_channels() throws IOException {
    String text = fixture("border-report.txt");
    List<PlaceMention> ms = parser.parse(text, "en");
    for (PlaceMention m : ms) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.place().text());
    }
    Place belgorod = find(ms, "Belgorod").orElseThrow();
    assertThat(belgorod.country()).isEqualTo("RU");
    assertThat(belgorod.admin1()).isEqualTo("Belgorod Oblast");
    assertThat(Gazetteer.distanceKm(belgorod.lat(), belgorod.lon(), 50.61, 36.58)).isLessThan(5);
    Place vovchansk = find(ms, "Vovchansk").orElseThrow();
    assertThat(vovchansk.country()).isEqualTo("UA");
    assertThat(vovchansk.admin1()).isEqualTo("Kharkiv Oblast");
    assertThat(Gazetteer.distanceKm(vovchansk.lat(), vovchansk.lon(), 50.29, 36.94)).isLessThan(5);
    Place kharkivRegion = find(ms, "Kharkiv region").orElseThrow();
    assertThat(kharkivRegion.precision()).isEqualTo(PlacePrecision.REGION);
    assertThat(kharkivRegion.name()).isEqualTo("Kharkiv Oblast");
    assertThat(find(ms, "Belgorod region").orElseThrow().name()).isEqualTo("Belgorod Oblast");
    assertThat(find(ms, "Donetsk").orElseThrow().country()).isEqualTo("UA");
    assertThat(find(ms, "Kyiv").orElseThrow().name()).isEqualTo("Kyiv");
    assertThat(find(ms, "Ukraine").orElseThrow().precision()).isEqualTo(PlacePrecision.COUNTRY);
    assertThat(find(ms, "Russia").orElseThrow().country()).isEqualTo("RU");
    for (String not :
        List.of(
            "Russian",
            "Astra",
            "Telegram",
            "Blinken",
            "Antony",
            "Oleh",
            "Syniehubov",
            "Governor",
            "Thursday")) {
      assertThat(ms).noneMatch(m -> m.place().text().contains(not));
    }
  }

  @Test
  void reads_a_russian_town_spelled_by_sound_in_a_ukrainian_report() {
    for (String text :
        List.of(
            "У суботу в Шебекіному впала керована авіабомба.",
            "Удар по Шебекіно Бєлгородської області.",
            "Вибухи у Шебекиному.")) {
      List<PlaceMention> ms = parser.parse(text, "uk");
      assertThat(ms).as(text).isNotEmpty();
      Place p = ms.get(0).place();
      assertThat(p.name()).as(text).isEqualTo("Shebekino");
      assertThat(p.country()).isEqualTo("RU");
      assertThat(p.admin1()).isEqualTo("Belgorod Oblast");
    }
  }

  @Test
  void does_not_read_ukrainian_i_as_russian_i_when_the_name_is_known_as_written() {
    List<PlaceMention> ms = parser.parse("Вибухи у Харкові та Києві.", "uk");
    assertThat(ms).extracting(m -> m.place().name()).containsExactly("Kharkiv", "Kyiv");
  }
}
