package org.strikewatch.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strikewatch.model.Precision;
import org.strikewatch.model.TimeSpan;

class SlavicTaggingTest {

  private static final LocalDate THURSDAY = LocalDate.of(2024, 5, 16);
  private final TemporalTagger tagger = new RuleBasedTemporalTagger();

  private TimeMention only(String lang, String text) {
    List<TimeMention> ms = tagger.tag(text, lang, THURSDAY);
    assertThat(ms).as("mentions in %s", text).hasSize(1);
    return ms.get(0);
  }

  private static void span(TimeMention m, String start, String end, Precision p) {
    assertThat(m.span())
        .isEqualTo(new TimeSpan(LocalDate.parse(start), LocalDate.parse(end), p, m.text()));
  }

  @Test
  void resolves_russian_yesterday_and_the_day_before() {
    span(only("ru", "Вчера беспилотник упал на склад."), "2024-05-15", "2024-05-15", Precision.DAY);
    span(only("ru", "Позавчера обстреляли окраину."), "2024-05-14", "2024-05-14", Precision.DAY);
    span(only("uk", "Позавчора обстріляли околицю."), "2024-05-14", "2024-05-14", Precision.DAY);
  }

  @Test
  void reads_tonight_in_russian_as_the_night_before_publication() {
    TimeMention m = only("ru", "Сегодня ночью над городом сбили дрон.");
    assertThat(m.text()).isEqualTo("Сегодня ночью");
    span(m, "2024-05-15", "2024-05-16", Precision.DAYS);
    span(
        only("uk", "Сьогодні вночі ворог атакував село."),
        "2024-05-15",
        "2024-05-16",
        Precision.DAYS);
    span(only("ru", "Ночью была слышна стрельба."), "2024-05-15", "2024-05-16", Precision.DAYS);
  }

  @Test
  void reads_the_night_onto_a_date() {
    TimeMention m = only("ru", "В ночь на 12 мая прилетели ракеты.");
    assertThat(m.text()).isEqualTo("ночь на 12 мая");
    span(m, "2024-05-11", "2024-05-12", Precision.DAYS);
    assertThat(m.value()).isEqualTo("2024-05-12TNI");
    span(
        only("uk", "У ніч з 11 на 12 травня прилетіли ракети."),
        "2024-05-11",
        "2024-05-12",
        Precision.DAYS);
  }

  @Test
  void reads_genitive_months_with_and_without_year() {
    span(only("uk", "4 травня пролунали вибухи."), "2024-05-04", "2024-05-04", Precision.DAY);
    span(only("ru", "6 декабря пролетел дрон."), "2023-12-06", "2023-12-06", Precision.DAY);
    span(only("ru", "4 мая 2023 года пролетел дрон."), "2023-05-04", "2023-05-04", Precision.DAY);
    TimeMention y = only("uk", "Це сталося 1 вересня 2023 року.");
    assertThat(y.text()).isEqualTo("1 вересня 2023");
  }

  @Test
  void reads_locative_months() {
    span(only("uk", "У січні обстріли посилилися."), "2024-01-01", "2024-01-31", Precision.MONTH);
    span(only("ru", "В феврале обстрелы усилились."), "2024-02-01", "2024-02-29", Precision.MONTH);
  }

  @Test
  void reads_last_and_this_week_and_month() {
    span(only("uk", "Минулого тижня було три атаки."), "2024-05-06", "2024-05-12", Precision.WEEK);
    span(
        only("ru", "На прошлой неделе было три атаки."),
        "2024-05-06",
        "2024-05-12",
        Precision.WEEK);
    span(only("uk", "Цього тижня було три атаки."), "2024-05-13", "2024-05-19", Precision.WEEK);
    span(
        only("ru", "В прошлом месяце было три атаки."),
        "2024-04-01",
        "2024-04-30",
        Precision.MONTH);
    span(
        only("uk", "У минулому місяці було три атаки."),
        "2024-04-01",
        "2024-04-30",
        Precision.MONTH);
  }

  @Test
  void reads_a_month_range_with_a_year() {
    TimeMention m = only("ru", "С марта по апрель 2024 года бомбы падали 21 раз.");
    span(m, "2024-03-01", "2024-04-30", Precision.MONTH);
    span(
        only("uk", "З березня по квітень 2024 року бомби падали 21 раз."),
        "2024-03-01",
        "2024-04-30",
        Precision.MONTH);
  }

  @Test
  void reads_weekdays_in_all_forms() {
    span(only("ru", "В понедельник сработала ПВО."), "2024-05-13", "2024-05-13", Precision.DAY);
    span(only("ru", "В среду сработала ПВО."), "2024-05-15", "2024-05-15", Precision.DAY);
    span(only("uk", "У п'ятницю спрацювала ППО."), "2024-05-10", "2024-05-10", Precision.DAY);
    span(only("uk", "У неділю спрацювала ППО."), "2024-05-12", "2024-05-12", Precision.DAY);
  }

  @Test
  void does_not_read_the_environment_as_wednesday() {
    assertThat(tagger.tag("Загрязнение окружающей среды растёт.", "ru", THURSDAY)).isEmpty();
  }

  @Test
  void reads_a_moscow_time_clock() {
    TimeMention m = only("ru", "Взрыв прогремел около 22:15 по московскому времени.");
    assertThat(m.text()).isEqualTo("22:15 по московскому времени");
    assertThat(m.value()).isEqualTo("2024-05-16T22:15");
  }

  @Test
  void reads_numeric_dates_day_first() {
    TimeMention m = only("ru", "Сообщение от 06.12.2025 подтвердилось.");
    span(m, "2025-12-06", "2025-12-06", Precision.DAY);
    assertThat(m.relative()).isFalse();
  }

  @Test
  void reads_ordinal_years_with_their_year_word_outside_the_span() {
    TimeMention m = only("ru", "В 2024 году было больше атак.");
    assertThat(m.text()).isEqualTo("2024");
    span(m, "2024-01-01", "2024-12-31", Precision.YEAR);
    assertThat(only("uk", "У 2024 році було більше атак.").value()).isEqualTo("2024");
  }

  @Test
  void reads_ago_and_past_periods() {
    span(only("ru", "Три дня назад прилетел дрон."), "2024-05-13", "2024-05-13", Precision.DAY);
    span(only("uk", "Два дні тому прилетів дрон."), "2024-05-14", "2024-05-14", Precision.DAY);
    TimeMention p = only("ru", "За последнюю неделю сбито 40 дронов.");
    assertThat(p.value()).isEqualTo("P1W");
    span(p, "2024-05-09", "2024-05-16", Precision.WEEK);
  }

  @Test
  void reads_last_year_in_ukrainian_forms() {
    span(only("uk", "Торік обстрілів було менше."), "2023-01-01", "2023-12-31", Precision.YEAR);
    span(
        only("uk", "Минулого року обстрілів було менше."),
        "2023-01-01",
        "2023-12-31",
        Precision.YEAR);
  }

  @Test
  void warns_about_the_thirty_first_of_february() {
    TaggedText r = tagger.analyze("Атака 31 февраля не подтвердилась.", "ru", THURSDAY);
    assertThat(r.mentions()).hasSize(1);
    assertThat(r.mentions().get(0).span().isResolved()).isFalse();
    assertThat(r.warnings()).containsExactly("invalid date \"31 февраля\" at 6");
  }
}
