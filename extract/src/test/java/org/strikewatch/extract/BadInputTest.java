package org.strikewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.strikewatch.model.Evidence;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.Incident;
import org.strikewatch.model.Report;
import org.strikewatch.time.RuleBasedTemporalTagger;

/** Odd input gives a result and warnings, never an exception or a hang (data-free stages). */
class BadInputTest {

  private static final DictionaryGeoparser GEO = new DictionaryGeoparser();
  private static final IncidentExtractor X =
      RuleBasedIncidentExtractor.builder()
          .temporalTagger(new RuleBasedTemporalTagger())
          .geoparser(GEO)
          .geography(GEO)
          .build();

  private static Extraction run(String text) {
    Extraction e = X.extract(Report.builder(text).published(LocalDate.of(2024, 5, 16)).build());
    for (Incident i : e.incidents()) {
      for (Evidence ev : i.evidence()) {
        assertThat(text.substring(ev.start(), ev.end())).isEqualTo(ev.text());
      }
    }
    return e;
  }

  @Test
  void an_absurdly_long_line_is_read_up_to_the_limit_with_a_warning() {
    StringBuilder b = new StringBuilder("A Russian drone hit Belgorod on Monday. ");
    while (b.length() < 1_000_000) {
      b.append("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    }
    Extraction e = run(b.toString());
    assertThat(e.incidents()).hasSize(1);
    assertThat(e.warnings())
        .contains("report is 1000040 characters long; only the first 400000 were read");
  }

  @Test
  void a_line_of_many_sentences_without_spaces_does_not_hang() {
    String text = "Belgorod.".repeat(40_000) + " A drone hit Belgorod.";
    Extraction e = run(text);
    assertThat(e.incidents()).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void ten_thousand_place_names_are_capped_with_a_warning() {
    StringBuilder b = new StringBuilder("Russian drones hit ");
    for (int i = 0; i < 10_000; i++) {
      b.append(i % 2 == 0 ? "Belgorod, " : "Kharkiv, ");
    }
    b.append("and Shebekino on Monday.");
    Extraction e = run(b.toString());
    assertThat(e.incidents()).hasSizeLessThanOrEqualTo(RuleBasedIncidentExtractor.MAX_CHARS);
    assertThat(e.incidents())
        .extracting(i -> i.where().name())
        .containsExactly("Belgorod", "Kharkiv", "Shebekino");
  }

  @Test
  void ten_thousand_separate_strikes_are_capped_with_a_warning() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      b.append(i % 2 == 0 ? "A drone hit Belgorod on " : "A missile hit Kharkiv on ")
          .append(1 + i % 28)
          .append(" March 2024.\n\n");
    }
    Extraction e = run(b.toString());
    assertThat(e.incidents()).hasSizeLessThanOrEqualTo(200);
    assertThat(e.warnings()).contains("more than 200 incident candidates; kept the first 200");
  }

  @Test
  void an_impossible_date_is_warned_about_and_not_used() {
    Extraction e = run("A Russian drone hit Kharkiv on 31 February, the mayor said.");
    assertThat(e.incidents()).hasSize(1);
    assertThat(e.warnings()).anyMatch(w -> w.contains("31 February"));
    assertThat(e.incidents().get(0).when().text()).isNotEqualTo("31 February");
  }

  @Test
  void random_text_never_crashes() {
    Random r = new Random(7);
    String alphabet = "abcxyz АБВгдеёжіїєґ'’-.,;:!?«»\"()0123456789 \n\t\u00A0\u0301\uD83D\uDCA5";
    for (int k = 0; k < 300; k++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(400);
      for (int i = 0; i < len; i++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      // lone surrogates and control characters included on purpose
      run(b.toString());
    }
  }

  @Test
  void random_words_from_the_lexicon_never_crash() {
    String[] words = {
      "drone",
      "hit",
      "Belgorod",
      "killed",
      "5",
      "at",
      "least",
      "times",
      "km",
      "from",
      "the",
      "border",
      "погибли",
      "трое",
      "Харків",
      "ранены",
      "ФАБ-500",
      "according",
      "to",
      "Astra",
      "said",
      ",",
      ".",
      "\n\n",
      "31",
      "February",
      "no",
      "casualties",
      "Russian",
      "Ukrainian",
      "shot",
      "down",
      "debris",
      "evacuated",
      "3,000",
      "1,6",
      "тыс.",
      "не",
      "менее",
      "over"
    };
    Random r = new Random(11);
    for (int k = 0; k < 500; k++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(60);
      for (int i = 0; i < len; i++) {
        b.append(words[r.nextInt(words.length)]).append(' ');
      }
      run(b.toString());
    }
  }

  @Test
  void empty_and_blank_reports_give_an_empty_result() {
    assertThat(run("").incidents()).isEmpty();
    assertThat(run("   \n\n  ").incidents()).isEmpty();
  }
}
