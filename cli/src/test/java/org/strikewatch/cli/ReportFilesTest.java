package org.strikewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @TempDir Path dir;

  @Test
  void reads_a_utf8_report_without_its_byte_order_mark() throws IOException {
    Path f = dir.resolve("r.txt");
    Files.write(f, "\uFEFFУдар по Харкову".getBytes(StandardCharsets.UTF_8));
    ReportFiles.ReportText r = ReportFiles.read(f);
    assertThat(r.text()).isEqualTo("Удар по Харкову");
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void a_missing_file_is_named() {
    Path f = dir.resolve("nope.txt");
    assertThatThrownBy(() -> ReportFiles.read(f))
        .isInstanceOf(UserError.class)
        .hasMessage("no such file: " + f);
  }

  @Test
  void a_directory_is_not_a_report() {
    assertThatThrownBy(() -> ReportFiles.read(dir))
        .isInstanceOf(UserError.class)
        .hasMessage(dir + " is a directory, not a report file");
  }

  @Test
  void a_binary_file_is_refused_with_the_offset_of_its_first_nul() throws IOException {
    Path f = dir.resolve("img.bin");
    Files.write(f, new byte[] {'P', 'N', 'G', 0, 1, 2});
    assertThatThrownBy(() -> ReportFiles.read(f))
        .isInstanceOf(UserError.class)
        .hasMessage(f + " looks like a binary file (NUL byte at offset 3), not a text report");
  }

  @Test
  void invalid_utf8_is_refused_with_the_offset_of_the_bad_byte() throws IOException {
    Path f = dir.resolve("latin1.txt");
    Files.write(f, new byte[] {'K', 'y', 'i', 'v', ' ', (byte) 0xE9, 't', 'e'});
    assertThatThrownBy(() -> ReportFiles.read(f))
        .isInstanceOf(UserError.class)
        .hasMessage(f + " is not valid UTF-8 (first bad byte at offset 5)");
  }

  @Test
  void an_empty_file_gives_a_warning_not_an_error() throws IOException {
    Path f = dir.resolve("empty.txt");
    Files.write(f, new byte[0]);
    ReportFiles.ReportText r = ReportFiles.read(f);
    assertThat(r.text()).isEmpty();
    assertThat(r.warnings()).containsExactly(f + " is empty: no text to read");
  }

  @Test
  void a_50_megabyte_file_is_refused_before_reading_it() throws IOException {
    Path f = dir.resolve("huge.txt");
    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(50L * 1024 * 1024);
    }
    assertThatThrownBy(() -> ReportFiles.read(f))
        .isInstanceOf(UserError.class)
        .hasMessage(f + " is too large (52428800 bytes); reports larger than 10 MB are not read");
  }

  @Test
  void random_bytes_never_escape_as_anything_but_a_user_error_or_text() {
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 500; i++) {
      byte[] b = new byte[random.nextInt(64)];
      random.nextBytes(b);
      try {
        ReportFiles.ReportText r = ReportFiles.decode("x", b);
        assertThat(r.text()).isNotNull();
      } catch (UserError expected) {
        assertThat(expected.getMessage()).startsWith("x ");
      }
    }
  }
}
