package org.strikewatch.eval.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.strikewatch.eval.SharedBenchmarks;

/** Pins the temporal-tagging floors; skips where ../shared/benchmarks is absent. */
class TimeEvalFloorsTest {

  private static Path benchmarks(String sub) {
    Path dir = SharedBenchmarks.locate().orElse(null);
    Assumptions.assumeTrue(
        dir != null && Files.isDirectory(dir.resolve(sub)),
        "shared benchmark " + sub + " not present");
    return dir;
  }

  @Test
  void english_value_f1_on_tempeval3_platinum_stays_above_its_floor() {
    TimexScores s = TimeEval.tempEval3(benchmarks(TimeEval.TEMPEVAL3_PLATINUM));
    assertThat(s.documents()).isEqualTo(20);
    assertThat(s.valueF1()).isGreaterThanOrEqualTo(0.80);
    assertThat(s.relaxedF1()).isGreaterThanOrEqualTo(0.88);
    assertThat(s.strictF1()).isGreaterThanOrEqualTo(0.83);
  }

  @Test
  void ukrainian_value_f1_on_wikiwars_ua_stays_above_its_floor() {
    TimexScores s = TimeEval.wikiWarsUa(benchmarks(TimeEval.WIKIWARS_UA));
    assertThat(s.documents()).isEqualTo(25);
    assertThat(s.valueF1()).isGreaterThanOrEqualTo(0.78);
    assertThat(s.relaxedF1()).isGreaterThanOrEqualTo(0.85);
  }
}
