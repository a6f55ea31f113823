package org.strikewatch.store.query.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RateRatioTest {

  // Reference values: scipy.stats.beta.ppf for the Clopper-Pearson bounds, mapped to rate ratios.
  @Test
  void matches_reference_clopper_pearson_intervals() {
    RateRatio r = RateRatio.of(20, 61, 10, 60, 0.95);
    assertThat(r.ratio()).isCloseTo(1.9672131147540983, offset(1e-12));
    assertThat(r.low()).isCloseTo(0.878861203657073, offset(1e-6));
    assertThat(r.high()).isCloseTo(4.7061171544309195, offset(1e-6));

    RateRatio equalTime = RateRatio.of(10, 1, 5, 1, 0.95);
    assertThat(equalTime.low()).isCloseTo(0.6228595543493572, offset(1e-6));
    assertThat(equalTime.high()).isCloseTo(7.457295910857487, offset(1e-6));
  }

  @Test
  void zero_in_a_gives_lower_bound_zero_and_zero_in_b_gives_no_upper_bound() {
    RateRatio noneInA = RateRatio.of(0, 30, 4, 30, 0.95);
    assertThat(noneInA.ratio()).isEqualTo(0.0);
    assertThat(noneInA.low()).isEqualTo(0.0);
    assertThat(noneInA.high()).isCloseTo(1.5148668593658703, offset(1e-6));

    RateRatio noneInB = RateRatio.of(7, 31, 0, 29, 0.95);
    assertThat(noneInB.ratio()).isNull();
    assertThat(noneInB.high()).isNull();
    assertThat(noneInB.low()).isCloseTo(1.348320872458772, offset(1e-6));

    RateRatio nothing = RateRatio.of(0, 10, 0, 10, 0.95);
    assertThat(nothing.ratio()).isNull();
    assertThat(nothing.low()).isEqualTo(0.0);
    assertThat(nothing.high()).isNull();
  }

  @Test
  void interval_always_contains_the_point_estimate() {
    Random random = new Random(20240301);
    for (int i = 0; i < 2000; i++) {
      long ka = random.nextInt(200);
      long kb = 1 + random.nextInt(200);
      double ta = 1 + random.nextInt(400);
      double tb = 1 + random.nextInt(400);
      RateRatio r = RateRatio.of(ka, ta, kb, tb, 0.95);
      assertThat(r.low()).isLessThanOrEqualTo(r.ratio() + 1e-12);
      assertThat(r.high()).isGreaterThanOrEqualTo(r.ratio() - 1e-12);
    }
  }

  @Test
  void rejects_negative_counts_and_empty_periods() {
    assertThatThrownBy(() -> RateRatio.of(-1, 1, 1, 1, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counts must be non-negative: -1, 1");
    assertThatThrownBy(() -> RateRatio.of(1, 0, 1, 1, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exposures must be positive: 0.0, 1.0");
  }

  @Test
  void trend_sentence_reads_like_the_issue_example() {
    RateRatio r = RateRatio.of(24, 61, 10, 60, 0.95);
    assertThat(Phrases.trend("own-territory incidents", "Mar–Apr 2024", "Jan–Feb 2024", r))
        .isEqualTo(
            "2.4× more own-territory incidents in Mar–Apr 2024 than in Jan–Feb 2024,"
                + " 95% CI 1.1–5.5 (24 vs 10)");
  }
}
