package org.strikewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  private static String stderrOf(Runnable r) {
    return captured(r, System.err, System::setErr);
  }

  private static String stdoutOf(Runnable r) {
    return captured(r, System.out, System::setOut);
  }

  private static String captured(
      Runnable r, PrintStream old, java.util.function.Consumer<PrintStream> set) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    set.accept(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      set.accept(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void a_missing_file_exits_2_with_one_line_naming_it() {
    int[] code = new int[1];
    String err = stderrOf(() -> code[0] = Main.run("extract", "/no/such/report.txt"));
    assertThat(code[0]).isEqualTo(2);
    assertThat(err.strip()).isEqualTo("extract: no such file: /no/such/report.txt");
  }

  @Test
  void a_bad_publication_date_exits_2(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("r.txt");
    Files.writeString(f, "A drone hit Belgorod.");
    int[] code = new int[1];
    String err =
        stderrOf(() -> code[0] = Main.run("extract", "--published", "2024-02-31", f.toString()));
    assertThat(code[0]).isEqualTo(2);
    assertThat(err.strip())
        .isEqualTo("extract: --published must be a date as YYYY-MM-DD, not \"2024-02-31\"");
  }

  @Test
  void a_binary_file_exits_2_naming_it(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("r.bin");
    Files.write(f, new byte[] {1, 2, 0, 3});
    int[] code = new int[1];
    String err = stderrOf(() -> code[0] = Main.run("extract", f.toString()));
    assertThat(code[0]).isEqualTo(2);
    assertThat(err).contains(f.toString());
  }

  @Test
  void front_matter_gives_the_publication_date_and_source_and_is_not_read_as_text(@TempDir Path dir)
      throws Exception {
    assumeTrue(
        Files.isDirectory(Path.of(System.getProperty("strikewatch.data", "")).resolve("geo")),
        "no data set up");
    Path f = dir.resolve("r.md");
    Files.writeString(
        f,
        "---\npublished: 2024-05-19\nsource: Suspilne\nurl: https://example.org/kharkiv-oblast\n"
            + "---\nA Russian drone hit a house in Vovchansk on Saturday.\n");
    int[] code = new int[1];
    String out = stdoutOf(() -> code[0] = Main.run("extract", f.toString()));
    assertThat(code[0]).isZero();
    JsonNode json = new ObjectMapper().readTree(out);
    assertThat(json.at("/report/published").asText()).isEqualTo("2024-05-19");
    assertThat(json.at("/report/source").asText()).isEqualTo("Suspilne");
    assertThat(json.at("/incidents/0/when/start").asText()).isEqualTo("2024-05-18");
    assertThat(json.at("/incidents/0/where/name").asText()).isEqualTo("Vovchansk");
    assertThat(json.at("/incidents/0/evidence/0/start").asInt()).isLessThan(60);
  }

  @Test
  void unclosed_front_matter_exits_2_naming_the_file(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("r.md");
    Files.writeString(f, "---\npublished: 2024-05-19\nA drone hit Belgorod.\n");
    int[] code = new int[1];
    String err = stderrOf(() -> code[0] = Main.run("extract", f.toString()));
    assertThat(code[0]).isEqualTo(2);
    assertThat(err.strip())
        .isEqualTo("extract: " + f + ": front matter opened on line 1 is not closed with \"---\"");
  }
}
