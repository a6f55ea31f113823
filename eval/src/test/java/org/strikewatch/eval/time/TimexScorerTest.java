package org.strikewatch.eval.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimexScorerTest {

  @Test
  void counts_exact_and_overlapping_matches_and_attribute_agreement() {
    List<Timex> gold =
        List.of(
            new Timex(0, 9, "DATE", "2024-05-15"),
            new Timex(20, 30, "DATE", "2024-W19"),
            new Timex(40, 45, "DURATION", "P5Y"));
    List<Timex> system =
        List.of(
            new Timex(0, 9, "DATE", "2024-05-15"),
            new Timex(15, 30, "DATE", "2024-W18"),
            new Timex(50, 55, "DATE", "2024"));
    TimexScores s = TimexScorer.score(gold, system);
    assertThat(s.strictMatches()).isEqualTo(1);
    assertThat(s.relaxedMatches()).isEqualTo(2);
    assertThat(s.typeCorrect()).isEqualTo(2);
    assertThat(s.valueCorrect()).isEqualTo(1);
    assertThat(s.relaxedF1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.valueF1()).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void reads_inline_timeml_with_its_creation_date() {
    AnnotatedDocument d =
        TimeMlReader.parse(
            "doc",
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2024-05-16\">May 16</TIMEX3></DCT>"
                + "<TEXT>Shells fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-05-15\">"
                + "yesterday</TIMEX3> &amp; <EVENT eid=\"e1\">burned</EVENT>.</TEXT>");
    assertThat(d.text()).isEqualTo("Shells fell yesterday & burned.");
    assertThat(d.creationDate()).hasToString("2024-05-16");
    assertThat(d.gold()).containsExactly(new Timex(12, 21, "DATE", "2024-05-15"));
  }

  @Test
  void rejects_a_document_without_text() {
    assertThatThrownBy(() -> TimeMlReader.parse("x", "<DOC></DOC>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no <TEXT> element in document x");
  }
}
