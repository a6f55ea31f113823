package org.strikewatch.store.query.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JdbcMapListingTest {

  @Test
  void change_times_compare_as_instants_whatever_the_length_of_their_fraction() {
    assertThat(JdbcMapListing.later("2024-05-01T10:00:00.123456Z", "2024-05-01T10:00:00.12345Z"))
        .isTrue();
    assertThat(JdbcMapListing.later("2024-05-01T10:00:00.12345Z", "2024-05-01T10:00:00.123456Z"))
        .isFalse();
    assertThat(JdbcMapListing.later("2024-05-01T10:00:00.5Z", "2024-05-01T10:00:00Z")).isTrue();
    assertThat(JdbcMapListing.later("2024-05-01T10:00:01Z", "2024-05-01T10:00:00.999Z")).isTrue();
    assertThat(JdbcMapListing.later("2024-05-01T10:00:00Z", "2024-05-01T10:00:00Z")).isFalse();
  }

  @Test
  void comparison_agrees_with_instants_over_many_random_times() {
    Random random = new Random(7);
    Instant base = Instant.parse("2024-05-01T10:00:00Z");
    for (int i = 0; i < 10_000; i++) {
      Instant a = base.plusNanos(random.nextInt(3_000_000) * 1000L);
      Instant b = base.plusNanos(random.nextInt(3_000_000) * 1000L);
      assertThat(JdbcMapListing.later(a.toString(), b.toString()))
          .as("%s after %s", a, b)
          .isEqualTo(a.isAfter(b));
    }
  }
}
