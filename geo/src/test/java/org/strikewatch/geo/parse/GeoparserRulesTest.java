package org.strikewatch.geo.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikewatch.geo.PlaceMention;
import org.strikewatch.geo.gazetteer.Gazetteer;
import org.strikewatch.geo.gazetteer.internal.GazetteerCompiler;
import org.strikewatch.model.Place;
import org.strikewatch.model.PlacePrecision;

/**
 * The geoparser's rules on a small gazetteer compiled from a fixture written for the project
 * (GeoNames format), plus the built-in countries, divisions and supplement.
 */
class GeoparserRulesTest {
  @TempDir static Path data;
  private static GazetteerGeoparser parser;

  @BeforeAll
  static void compile() throws IOException {
    Path cities = data.resolve("mini-geonames.txt");
    try (InputStream in =
        GeoparserRulesTest.class.getResourceAsStream("/org/strikewatch/geo/mini-geonames.txt")) {
      Files.copy(in, cities, StandardCopyOption.REPLACE_EXISTING);
    }
    GazetteerCompiler.compileBase(cities, null, data.resolve(Gazetteer.BASE_FILE));
    parser = GazetteerGeoparser.create(Gazetteer.load(data), GeoparserOptions.defaults());
  }

  private static List<PlaceMention> parse(String text, String lang) {
    List<PlaceMention> ms = parser.parse(text, lang);
    int last = 0;
    for (PlaceMention m : ms) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.place().text());
      assertThat(m.start()).isGreaterThanOrEqualTo(last);
      last = m.end();
    }
    return ms;
  }

  private static Place only(String text, String lang) {
    List<PlaceMention> ms = parse(text, lang);
    assertThat(ms).as("mentions in: %s", text).hasSize(1);
    return ms.get(0).place();
  }

  @Test
  void transliteration_and_apostrophe_variants_find_the_same_town() {
    for (String v : List.of("Vovchansk", "Volchansk", "Vovchans'k", "Vovchans’k")) {
      assertThat(only("Shelling hit " + v + " overnight.", "en").name()).isEqualTo("Vovchansk");
    }
    for (String v : List.of("Kup'iansk", "Kupiansk", "Kupyansk", "Kupjansk")) {
      assertThat(only("Drones struck " + v + " again.", "en").name()).isEqualTo("Kupiansk");
    }
    assertThat(only("Fighting near Kharkov continued.", "en").name()).isEqualTo("Kharkiv");
    assertThat(only("Officials in Kiev said so.", "en").name()).isEqualTo("Kyiv");
  }

  @Test
  void russian_and_ukrainian_case_forms_find_their_place() {
    assertThat(only("Вибухи пролунали у Вовчанську вночі.", "uk").name()).isEqualTo("Vovchansk");
    assertThat(only("Обстріл Куп’янська триває.", "uk").name()).isEqualTo("Kupiansk");
    assertThat(only("Ночью в Белгороде сработала ПВО.", "ru").name()).isEqualTo("Belgorod");
    assertThat(only("Атака на Харків була вночі.", "uk").name()).isEqualTo("Kharkiv");
    assertThat(only("У Харкові пролунали вибухи.", "uk").name()).isEqualTo("Kharkiv");
    assertThat(only("Делегація прибула до Києва.", "uk").name()).isEqualTo("Kyiv");
    assertThat(only("Жителей Авдеевке не осталось.", "ru").name()).isEqualTo("Avdiivka");
  }

  @Test
  void regions_in_russian_and_ukrainian_resolve_to_the_division() {
    Place p = only("Обломки упали в Белгородской области.", "ru");
    assertThat(p.name()).isEqualTo("Belgorod Oblast");
    assertThat(p.precision()).isEqualTo(PlacePrecision.REGION);
    assertThat(only("Харківщина знову під обстрілом.", "uk").name()).isEqualTo("Kharkiv Oblast");
    assertThat(only("Вибухи на Сумщині.", "uk").name()).isEqualTo("Sumy Oblast");
    assertThat(only("Белгородчина снова под ударом.", "ru").name()).isEqualTo("Belgorod Oblast");
    assertThat(only("Ракета впала у Харківській області.", "uk").name())
        .isEqualTo("Kharkiv Oblast");
  }

  @Test
  void region_oblast_and_district_phrases_name_the_division_not_the_city() {
    Place region = only("Shelling in the Kharkiv region went on.", "en");
    assertThat(region.name()).isEqualTo("Kharkiv Oblast");
    assertThat(region.precision()).isEqualTo(PlacePrecision.REGION);
    assertThat(only("Shelling in Belgorod Oblast went on.", "en").name())
        .isEqualTo("Belgorod Oblast");
    Place district = only("Villages of the Kupiansk district were hit.", "en");
    assertThat(district.precision()).isEqualTo(PlacePrecision.DISTRICT);
    assertThat(district.name()).isEqualTo("Kupiansk District");
    assertThat(district.text()).isEqualTo("Kupiansk district");
    Place community = only("The Vovchansk community was shelled.", "en");
    assertThat(community.precision()).isEqualTo(PlacePrecision.DISTRICT);
    assertThat(community.name()).isEqualTo("Vovchansk Community");
  }

  @Test
  void common_words_and_demonyms_are_not_places() {
    String text =
        "Mine clearance is slow. Of the shells, many failed. Said the officer: Bombs fell. "
            + "Russian and Ukrainian crews saw it.";
    assertThat(parse(text, "en")).isEmpty();
  }

  @Test
  void russian_and_ukrainian_common_words_are_not_places() {
    assertThat(parse("Мир не может молчать. Победа будет за нами. Сили оборони тримаються.", "ru"))
        .isEmpty();
  }

  @Test
  void countries_resolve_to_countries_in_every_script() {
    for (String t : List.of("Ukraine", "Україна", "Украина")) {
      Place p = only(t + ".", "en");
      assertThat(p.country()).isEqualTo("UA");
      assertThat(p.precision()).isEqualTo(PlacePrecision.COUNTRY);
    }
    assertThat(only("Россия.", "ru").country()).isEqualTo("RU");
  }

  @Test
  void ambiguous_names_follow_the_other_places_of_the_text() {
    List<PlaceMention> ua = parse("Shelling of Donetsk and Avdiivka in Ukraine.", "en");
    assertThat(ua).extracting(m -> m.place().country()).containsOnly("UA");
    Place avdiivka = ua.get(1).place();
    assertThat(avdiivka.admin1()).isEqualTo("Donetsk Oblast");
    Place ru = parse("A depot in Donetsk, Rostov Oblast burned.", "en").get(0).place();
    assertThat(ru.country()).isEqualTo("RU");
    Place pk = only("Drones hit Petropavlovka near the border.", "en");
    assertThat(pk.country()).isEqualTo("RU"); // the biggest of the Petropavlovkas
    Place withContext =
        parse("Strikes on Kupiansk and Petropavlivka were reported.", "en").get(1).place();
    assertThat(withContext.admin1()).isEqualTo("Kharkiv Oblast");
  }

  @Test
  void people_with_place_like_names_are_not_places() {
    assertThat(parse("Governor Mine said nothing. President Sumy did too.", "en")).isEmpty();
  }

  @Test
  void supplement_villages_are_found_in_all_scripts() {
    assertThat(only("Shells hit Kozacha Lopan at dawn.", "en").name()).isEqualTo("Kozacha Lopan");
    assertThat(only("Обстрел Казачьей Лопани.", "ru").name()).isEqualTo("Kozacha Lopan");
  }

  @Test
  void random_text_never_breaks_the_parser() {
    Random random = new Random(7);
    String alphabet = "abcXYZ Харків'’-.,\n\t\u0000\uD83D\uDE00Kyiv Oblast район у в";
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(80);
      for (int k = 0; k < n; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      parse(b.toString(), "en");
    }
  }

  @Test
  void a_demonym_is_not_the_town_of_the_same_name() {
    assertThat(parse("Canadian troops arrived in Kharkiv on Monday.", "en"))
        .extracting(m -> m.place().name())
        .containsExactly("Kharkiv");
    assertThat(only("They flew to Canadian, Texas, on Monday.", "en").name()).isEqualTo("Canadian");
  }

  @Test
  void a_compass_word_before_another_name_describes_it() {
    assertThat(parse("Southern Baptist leaders prayed for Kharkiv.", "en"))
        .extracting(m -> m.place().name())
        .containsExactly("Kharkiv");
    assertThat(parse("The Northern Alliance fighters entered Kupiansk.", "en"))
        .extracting(m -> m.place().name())
        .containsExactly("Kupiansk");
    assertThat(only("Rockets fell in the Southern District on Monday.", "en").country())
        .isEqualTo("IL");
  }
}
