package org.strikewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoparseCommandTest {
  @TempDir Path dir;

  @Test
  void a_missing_report_is_one_line_on_stderr_and_exit_2() {
    PrintStream oldErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = Main.run("geoparse", dir.resolve("missing.txt").toString());
    } finally {
      System.setErr(oldErr);
    }
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "geoparse: no such file: " + dir.resolve("missing.txt") + System.lineSeparator());
  }

  @Test
  void guesses_the_language_from_the_script() {
    assertThat(GeoparseCommand.guessLanguage("Удар по Харкову, є загиблі")).isEqualTo("uk");
    assertThat(GeoparseCommand.guessLanguage("Удар по Белгороду, есть погибшие")).isEqualTo("ru");
    assertThat(GeoparseCommand.guessLanguage("A strike on Kharkiv")).isEqualTo("en");
  }
}
