package org.strikewatch.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

  private static List<GeneratedReport> generate(long seed, CorpusOptions options, int n) {
    CorpusGenerator g = CorpusGenerator.withBuiltInPlaces(seed, options);
    List<GeneratedReport> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(g.next());
    }
    return out;
  }

  @Test
  void the_same_seed_gives_the_same_reports() {
    assertThat(generate(7, CorpusOptions.mixed(), 50))
        .isEqualTo(generate(7, CorpusOptions.mixed(), 50));
    assertThat(generate(7, CorpusOptions.mixed(), 5))
        .isNotEqualTo(generate(8, CorpusOptions.mixed(), 5));
  }

  @Test
  void every_truth_place_is_named_in_the_text_in_the_report_language() {
    List<GenPlace> places = CorpusGenerator.builtInPlaces();
    for (GeneratedReport r : generate(3, CorpusOptions.mixed(), 300)) {
      assertThat(r.truth()).isNotEmpty();
      for (TruthIncident t : r.truth()) {
        GenPlace p =
            places.stream().filter(x -> x.en().equals(t.place())).findFirst().orElseThrow();
        assertThat(r.text()).contains(p.name(r.language()));
        assertThat(t.start()).isBefore(r.published());
      }
    }
  }

  @Test
  void lengths_stay_within_the_requested_range() {
    for (GeneratedReport r : generate(11, CorpusOptions.english(3000), 200)) {
      assertThat(r.text().length()).isBetween(2000, 3300);
      assertThat(r.language()).isEqualTo("en");
    }
  }

  @Test
  void mixes_the_three_languages() {
    assertThat(generate(5, CorpusOptions.mixed(), 300))
        .extracting(GeneratedReport::language)
        .contains("en", "ru", "uk");
  }

  @Test
  void rejects_impossible_language_shares() {
    assertThatThrownBy(() -> new CorpusOptions(0.7, 0.5, 10, 20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("language shares out of range: ru 0.7, uk 0.5");
  }
}
