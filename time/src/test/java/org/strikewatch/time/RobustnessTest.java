package org.strikewatch.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RobustnessTest {

  private final TemporalTagger tagger = new RuleBasedTemporalTagger();
  private static final String[] PIECES = {
    "4",
    "May",
    "2024",
    "-",
    ".",
    ":",
    "22",
    "15",
    "вчера",
    "ночь",
    "на",
    "12",
    "мая",
    "last",
    "week",
    "the",
    "past",
    "31",
    "February",
    "травня",
    "року",
    "до",
    "н",
    "е",
    "XX",
    "століття",
    "1990s",
    "ago",
    "three",
    "days",
    "at",
    ",",
    "с",
    "по",
    "March",
    "and",
    "April",
    "'",
    "s",
    "\n",
    "9999",
    "0",
    "00",
    "-1",
    "ночью",
    "в",
    "понедельник",
    "early",
    "mid",
    "of"
  };

  @Test
  void random_bytes_never_crash_and_mentions_stay_ordered() {
    Random rnd = new Random(20240516L);
    for (int round = 0; round < 2000; round++) {
      byte[] bytes = new byte[rnd.nextInt(400)];
      rnd.nextBytes(bytes);
      String text = new String(bytes, StandardCharsets.UTF_8);
      checkInvariants(text, round % 2 == 0 ? LocalDate.of(2024, 5, 16) : null);
    }
  }

  @Test
  void random_temporal_word_salad_never_crashes() {
    Random rnd = new Random(7L);
    for (int round = 0; round < 3000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = rnd.nextInt(30);
      for (int k = 0; k < n; k++) {
        sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        sb.append(rnd.nextInt(3) == 0 ? "" : " ");
      }
      String lang = new String[] {"en", "ru", "uk"}[round % 3];
      LocalDate anchor = round % 5 == 0 ? null : LocalDate.of(2024, 1 + rnd.nextInt(12), 1);
      List<TimeMention> ms = checkInvariants(sb.toString(), anchor);
      assertThat(ms).isNotNull();
      assertThat(lang).isNotEmpty();
    }
  }

  @Test
  void a_huge_text_is_tagged_in_one_pass() {
    String unit = "On 4 May 2024 at 22:15 shells fell; last week, в ночь на 12 мая. ";
    String text = unit.repeat(20_000) + "x".repeat(200_000) + "1".repeat(100_000);
    List<TimeMention> ms = tagger.tag(text, "en", LocalDate.of(2024, 5, 16));
    assertThat(ms).hasSize(60_000);
  }

  @Test
  void extreme_anchors_do_not_crash() {
    checkInvariants("yesterday, next year, last week, in December", LocalDate.MIN);
    checkInvariants("yesterday, next year, last week, in December", LocalDate.MAX);
  }

  @Test
  void rejects_a_null_text_with_a_message() {
    assertThatThrownBy(() -> tagger.tag(null, "en", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text is required");
  }

  private List<TimeMention> checkInvariants(String text, LocalDate anchor) {
    TaggedText r = tagger.analyze(text, "en", anchor);
    int prev = 0;
    for (TimeMention m : r.mentions()) {
      assertThat(m.start()).isGreaterThanOrEqualTo(prev);
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      prev = m.end();
    }
    return r.mentions();
  }
}
