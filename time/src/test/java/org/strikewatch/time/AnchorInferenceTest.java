package org.strikewatch.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnchorInferenceTest {

  private final TemporalTagger tagger = new RuleBasedTemporalTagger();

  @Test
  void infers_the_latest_explicit_full_date_as_a_lower_bound() {
    var ms =
        tagger.tag(
            "On 2 May 2024 and again on 6 May 2024, and yesterday, and in 2025.", "en", null);
    assertThat(AnchorInference.infer(ms)).contains(LocalDate.of(2024, 5, 6));
  }

  @Test
  void infers_nothing_from_relative_expressions_alone() {
    var ms = tagger.tag("Yesterday and last week the town was shelled.", "en", null);
    assertThat(AnchorInference.infer(ms)).isEmpty();
  }

  @Test
  void reads_numeric_slavic_dates_for_the_lower_bound() {
    var ms = tagger.tag("Сообщение от 06.12.2025: вчера сбиты два дрона.", "ru", null);
    assertThat(AnchorInference.infer(ms)).contains(LocalDate.of(2025, 12, 6));
  }
}
