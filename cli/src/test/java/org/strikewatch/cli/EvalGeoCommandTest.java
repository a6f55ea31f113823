package org.strikewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalGeoCommandTest {

  @Test
  void an_unknown_corpus_is_a_user_error_naming_it() {
    StringWriter err = new StringWriter();

    int code = run(err, "eval", "geo", "--corpus", "tr-news");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo("geo: --corpus must be gwn, lgl, trnews, geovirus or all, not \"tr-news\"");
  }

  @Test
  void a_missing_corpus_folder_is_a_user_error_naming_the_path(@TempDir Path dir) {
    StringWriter err = new StringWriter();

    int code = run(err, "eval", "geo", "--corpus", "geovirus", "--benchmarks", dir.toString());

    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo("geo: benchmark not found: " + dir.resolve("GeoVirus"));
  }

  private static int run(StringWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(new OneLineErrors());
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }
}
