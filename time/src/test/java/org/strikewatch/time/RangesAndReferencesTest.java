package org.strikewatch.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.strikewatch.model.Precision;

class RangesAndReferencesTest {

  private static final LocalDate THURSDAY = LocalDate.of(2024, 5, 16);
  private final TemporalTagger news = new RuleBasedTemporalTagger();
  private final TemporalTagger narrative = new RuleBasedTemporalTagger(ReferenceMode.NARRATIVE);

  @Test
  void keeps_a_day_range_as_one_mention_and_two_timexes() {
    TaggedText r = news.analyze("Удары наносились 11–12 мая.", "ru", THURSDAY);
    assertThat(r.mentions()).hasSize(1);
    TimeMention m = r.mentions().get(0);
    assertThat(m.text()).isEqualTo("11–12 мая");
    assertThat(m.span().start()).isEqualTo(LocalDate.of(2024, 5, 11));
    assertThat(m.span().end()).isEqualTo(LocalDate.of(2024, 5, 12));
    assertThat(m.span().precision()).isEqualTo(Precision.DAYS);
    assertThat(r.timexes())
        .extracting(TimeMention::text, TimeMention::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("11", "2024-05-11"),
            org.assertj.core.groups.Tuple.tuple("12 мая", "2024-05-12"));
  }

  @Test
  void splits_a_month_range_into_its_ends_for_timex() {
    TaggedText r = news.analyze("From March to April 2024 it rained.", "en", THURSDAY);
    assertThat(r.mentions())
        .extracting(TimeMention::text)
        .containsExactly("From March to April 2024");
    assertThat(r.timexes()).extracting(TimeMention::value).containsExactly("2024-03", "2024-04");
  }

  @Test
  void reads_dates_without_a_year_against_the_last_explicit_date_in_narratives() {
    var ms =
        narrative.tag(
            "1 вересня 1939 року почалася війна. 17 вересня втрутився СРСР.",
            "uk",
            LocalDate.of(2018, 5, 19));
    assertThat(ms).extracting(TimeMention::value).containsExactly("1939-09-01", "1939-09-17");
  }

  @Test
  void reads_the_same_day_as_the_reference_day() {
    var ms =
        narrative.tag("22 червня 1941 року почався наступ. Того ж дня впала фортеця.", "uk", null);
    assertThat(ms).extracting(TimeMention::value).containsExactly("1941-06-22", "1941-06-22");
    assertThat(news.tag("В тот же день сбили дрон.", "ru", THURSDAY).get(0).value())
        .isEqualTo("2024-05-16");
  }

  @Test
  void reads_a_date_with_a_following_relative_year() {
    var ms =
        narrative.tag(
            "У 1862 році оголосили, що з 1 січня наступного року все зміниться.", "uk", null);
    assertThat(ms).extracting(TimeMention::value).containsExactly("1862", "1863-01-01");
  }

  @Test
  void reads_an_ordinal_word_as_a_day() {
    assertThat(news.tag("Першого травня було тихо.", "uk", THURSDAY).get(0).value())
        .isEqualTo("2024-05-01");
  }

  @Test
  void reads_the_night_from_one_day_to_the_next() {
    TimeMention m = news.tag("У ніч з 9-го на 10 травня був обстріл.", "uk", THURSDAY).get(0);
    assertThat(m.span().start()).isEqualTo(LocalDate.of(2024, 5, 9));
    assertThat(m.span().end()).isEqualTo(LocalDate.of(2024, 5, 10));
    assertThat(m.value()).isEqualTo("2024-05-09TNI");
  }

  @Test
  void reads_bc_years_and_centuries() {
    var ms = narrative.tag("У 480 до н. е. і в V ст. до н. е.; у XX столітті.", "uk", null);
    assertThat(ms).extracting(TimeMention::value).containsExactly("BC0480", "BC05", "19");
  }

  @Test
  void does_not_read_counts_of_people_as_years() {
    assertThat(narrative.tag("Загинуло 1500 вояків і 2000 цивільних.", "uk", null)).isEmpty();
  }

  @Test
  void reads_hour_words_as_clock_times() {
    TimeMention m = news.tag("Вибух пролунав о 5 годині ранку.", "uk", THURSDAY).get(0);
    assertThat(m.type()).isEqualTo(TimexType.TIME);
    assertThat(m.value()).isEqualTo("2024-05-16T05:00");
  }

  @Test
  void reads_today_in_a_narrative_as_the_present() {
    assertThat(narrative.tag("Сьогодні це музей.", "uk", null).get(0).value())
        .isEqualTo("PRESENT_REF");
  }
}
