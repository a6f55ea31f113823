package org.strikewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static String run(Progress.Mode mode) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Progress progress = new Progress(err, mode, 4);
    for (int i = 0; i < 4; i++) {
      progress.report();
      progress.sourceDone();
    }
    progress.quarantined();
    progress.finish();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void draws_a_bar_in_place_on_a_terminal_and_ends_its_line() {
    String out = run(Progress.Mode.BAR);
    assertThat(out)
        .startsWith("\r[")
        .contains("] 100% 4/4 sources, 4 reports, 1 quarantined")
        .endsWith(System.lineSeparator());
  }

  @Test
  void prints_nothing_when_disabled() {
    assertThat(run(Progress.Mode.NONE)).isEmpty();
  }
}
