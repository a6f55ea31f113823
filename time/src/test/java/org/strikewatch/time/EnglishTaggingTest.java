package org.strikewatch.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strikewatch.model.Precision;
import org.strikewatch.model.TimeSpan;

class EnglishTaggingTest {

  private static final LocalDate THURSDAY = LocalDate.of(2024, 5, 16);
  private final TemporalTagger tagger = new RuleBasedTemporalTagger();

  private TimeMention only(String text, LocalDate anchor) {
    List<TimeMention> ms = tagger.tag(text, "en", anchor);
    assertThat(ms).as("mentions in %s", text).hasSize(1);
    return ms.get(0);
  }

  private static void span(TimeMention m, String start, String end, Precision p) {
    assertThat(m.span())
        .isEqualTo(new TimeSpan(LocalDate.parse(start), LocalDate.parse(end), p, m.text()));
  }

  @Test
  void resolves_last_month_against_publication_date() {
    TimeMention m = only("Last month a missile hit the city centre.", THURSDAY);
    assertThat(m.text()).isEqualTo("Last month");
    span(m, "2024-04-01", "2024-04-30", Precision.MONTH);
    assertThat(m.value()).isEqualTo("2024-04");
    assertThat(m.relative()).isTrue();
  }

  @Test
  void reads_a_bare_month_as_this_year_when_not_after_the_anchor_month() {
    TimeMention m = only("Bombs fell on the village in January, officials said.", THURSDAY);
    assertThat(m.text()).isEqualTo("January");
    span(m, "2024-01-01", "2024-01-31", Precision.MONTH);
  }

  @Test
  void rolls_december_back_to_last_year_when_read_in_january() {
    TimeMention m = only("The depot burned in December.", LocalDate.of(2025, 1, 10));
    span(m, "2024-12-01", "2024-12-31", Precision.MONTH);
    assertThat(m.value()).isEqualTo("2024-12");
  }

  @Test
  void reads_a_later_month_forward_when_the_sentence_speaks_of_the_future() {
    TimeMention m = only("The bridge will reopen in June.", LocalDate.of(2024, 3, 2));
    assertThat(m.value()).isEqualTo("2024-06");
  }

  @Test
  void keeps_a_month_range_with_a_shared_year_as_one_interval() {
    TimeMention m = only("Between March and April 2024, shells landed 21 times.", THURSDAY);
    assertThat(m.text()).isEqualTo("Between March and April 2024");
    span(m, "2024-03-01", "2024-04-30", Precision.MONTH);
    assertThat(m.relative()).isFalse();
  }

  @Test
  void resolves_last_friday_strictly_before_the_anchor() {
    span(
        only("Last Friday, troops crossed the river.", THURSDAY),
        "2024-05-10",
        "2024-05-10",
        Precision.DAY);
    span(
        only("Last Thursday, troops crossed the river.", THURSDAY),
        "2024-05-09",
        "2024-05-09",
        Precision.DAY);
  }

  @Test
  void resolves_a_bare_weekday_to_the_most_recent_one() {
    TimeMention m = only("The minister arrived in the capital on Tuesday.", THURSDAY);
    assertThat(m.text()).isEqualTo("Tuesday");
    span(m, "2024-05-14", "2024-05-14", Precision.DAY);
    assertThat(m.value()).isEqualTo("2024-05-14");
  }

  @Test
  void reads_a_saturday_update_as_the_last_saturday() {
    span(
        only("The ministry said in a Saturday update that the drone fell.", THURSDAY),
        "2024-05-11",
        "2024-05-11",
        Precision.DAY);
  }

  @Test
  void reads_overnight_as_the_night_before_publication() {
    TimeMention m = only("The town came under fire overnight.", THURSDAY);
    span(m, "2024-05-15", "2024-05-16", Precision.DAYS);
    assertThat(m.type()).isEqualTo(TimexType.TIME);
    assertThat(m.value()).isEqualTo("2024-05-15TNI");
  }

  @Test
  void resolves_yesterday_and_this_morning() {
    List<TimeMention> ms =
        tagger.tag("Two drones were shot down yesterday and another this morning.", "en", THURSDAY);
    assertThat(ms).extracting(TimeMention::text).containsExactly("yesterday", "this morning");
    span(ms.get(0), "2024-05-15", "2024-05-15", Precision.DAY);
    assertThat(ms.get(1).value()).isEqualTo("2024-05-16TMO");
    assertThat(ms.get(1).type()).isEqualTo(TimexType.TIME);
  }

  @Test
  void resolves_explicit_day_month_forms() {
    span(
        only("The strike happened on 4 May 2024.", THURSDAY),
        "2024-05-04",
        "2024-05-04",
        Precision.DAY);
    span(
        only("The strike happened on May 4.", THURSDAY), "2024-05-04", "2024-05-04", Precision.DAY);
    span(
        only("The strike happened on 4 May.", THURSDAY), "2024-05-04", "2024-05-04", Precision.DAY);
    span(
        only("The strike happened on 18 February.", THURSDAY),
        "2024-02-18",
        "2024-02-18",
        Precision.DAY);
    span(
        only("The strike happened on May 4th, 2023.", THURSDAY),
        "2023-05-04",
        "2023-05-04",
        Precision.DAY);
  }

  @Test
  void reads_earlier_this_week_as_monday_to_the_anchor() {
    TimeMention m = only("Earlier this week the governor ordered an evacuation.", THURSDAY);
    assertThat(m.text()).isEqualTo("Earlier this week");
    span(m, "2024-05-13", "2024-05-16", Precision.WEEK);
    assertThat(m.value()).isEqualTo("2024-W20");
  }

  @Test
  void reads_the_past_year_as_the_year_before_the_anchor() {
    TimeMention m = only("Bombs fell on the region in the past year.", THURSDAY);
    assertThat(m.text()).isEqualTo("the past year");
    span(m, "2023-05-16", "2024-05-16", Precision.YEAR);
    assertThat(m.type()).isEqualTo(TimexType.DURATION);
    assertThat(m.value()).isEqualTo("P1Y");
  }

  @Test
  void reads_a_clock_time_with_its_zone() {
    TimeMention m = only("The sirens sounded at 22:15 Moscow time.", THURSDAY);
    assertThat(m.text()).isEqualTo("22:15 Moscow time");
    assertThat(m.value()).isEqualTo("2024-05-16T22:15");
    assertThat(m.type()).isEqualTo(TimexType.TIME);
    span(m, "2024-05-16", "2024-05-16", Precision.DAY);
  }

  @Test
  void gives_timex_values_for_weeks_years_durations_and_sets() {
    assertThat(only("Shelling intensified last week.", THURSDAY).value()).isEqualTo("2024-W19");
    assertThat(only("Shelling intensified last year.", THURSDAY).value()).isEqualTo("2023");
    TimeMention d = only("The siege lasted five years.", THURSDAY);
    assertThat(d.type()).isEqualTo(TimexType.DURATION);
    assertThat(d.value()).isEqualTo("P5Y");
    assertThat(d.span().isResolved()).isFalse();
    TimeMention s = only("Patrols fly every week.", THURSDAY);
    assertThat(s.type()).isEqualTo(TimexType.SET);
    assertThat(s.value()).isEqualTo("P1W");
    assertThat(only("Power is now restored.", THURSDAY).value()).isEqualTo("PRESENT_REF");
  }

  @Test
  void does_not_read_may_the_verb_as_a_month() {
    assertThat(tagger.tag("Residents may return to their homes.", "en", THURSDAY)).isEmpty();
    assertThat(tagger.tag("Crowds march through the square.", "en", THURSDAY)).isEmpty();
  }

  @Test
  void does_not_read_quantities_as_years() {
    assertThat(tagger.tag("About 2000 people and $1500 in damage.", "en", THURSDAY)).isEmpty();
  }

  @Test
  void leaves_relative_expressions_unresolved_without_an_anchor() {
    List<TimeMention> ms =
        tagger.tag("Last month the shelling began; on 4 May 2024 it stopped.", "en", null);
    assertThat(ms).hasSize(2);
    assertThat(ms.get(0).span().isResolved()).isFalse();
    assertThat(ms.get(0).relative()).isTrue();
    assertThat(ms.get(1).span().start()).isEqualTo(LocalDate.of(2024, 5, 4));
    assertThat(ms.get(1).relative()).isFalse();
  }

  @Test
  void warns_about_an_impossible_date_and_keeps_it_unresolved() {
    TaggedText r = tagger.analyze("The attack on 31 February 2024 was reported.", "en", THURSDAY);
    assertThat(r.mentions()).hasSize(1);
    assertThat(r.mentions().get(0).span().isResolved()).isFalse();
    assertThat(r.warnings()).containsExactly("invalid date \"31 February 2024\" at 14");
  }
}
