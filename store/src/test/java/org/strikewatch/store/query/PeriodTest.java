package org.strikewatch.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void month_bounds_cover_whole_months() {
    Period p = Period.parse("2024-03..2024-04");
    assertThat(p.start()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(p.end()).isEqualTo(LocalDate.of(2024, 4, 30));
    assertThat(p.days()).isEqualTo(61);
    assertThat(p.label()).isEqualTo("Mar–Apr 2024");
    assertThat(Period.parse("2024-03-01..2024-04-30")).isEqualTo(p);
  }

  @Test
  void labels_single_months_days_and_year_crossings() {
    assertThat(Period.parse("2024-02").label()).isEqualTo("Feb 2024");
    assertThat(Period.parse("2023-12..2024-01").label()).isEqualTo("Dec 2023–Jan 2024");
    assertThat(Period.parse("2024-03-01..2024-03-15").label()).isEqualTo("1–15 Mar 2024");
    assertThat(Period.parse("2024-03-20..2024-04-10").label()).isEqualTo("20 Mar–10 Apr 2024");
  }

  @Test
  void rejects_text_that_is_not_a_period() {
    assertThatThrownBy(() -> Period.parse("spring"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period must be YYYY-MM..YYYY-MM or YYYY-MM-DD..YYYY-MM-DD but was \"spring\"");
    assertThatThrownBy(() -> Period.parse("2024-05..2024-03"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period ends before it starts: 2024-05-01..2024-03-31");
  }
}
