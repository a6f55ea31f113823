package org.strikewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

  private static String stderrOf(Runnable r) {
    PrintStream old = System.err;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setErr(old);
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
}
