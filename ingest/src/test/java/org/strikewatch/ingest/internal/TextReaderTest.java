package org.strikewatch.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strikewatch.ingest.TestInputs.fixture;
import static org.strikewatch.ingest.TestInputs.read;
import static org.strikewatch.ingest.TestInputs.rejected;
import static org.strikewatch.ingest.TestInputs.single;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikewatch.ingest.ReadOptions;
import org.strikewatch.ingest.TestInputs;
import org.strikewatch.model.IncomingReport;

class TextReaderTest {
  @TempDir Path tmp;

  @Test
  void reads_front_matter_and_puts_the_title_before_the_body() {
    IncomingReport r = single("front-matter.md");
    assertThat(r.url()).isEqualTo("https://news.example.org/2024/05/16/depot-fire");
    assertThat(r.published()).isEqualTo(LocalDate.of(2024, 5, 16));
    assertThat(r.source()).isEqualTo("Example Wire");
    assertThat(r.mediaType()).isEqualTo("text/markdown");
    assertThat(r.text()).startsWith("Fire at a fuel depot after a drone attack\n\nA fuel depot");
    assertThat(r.text()).doesNotContain("author:");
    assertThat(r.fetchedAt()).isEqualTo(TestInputs.NOW);
    assertThat(r.origin()).isEqualTo(fixture("front-matter.md").toString());
  }

  @Test
  void reads_plain_text_without_front_matter() {
    IncomingReport r = single("plain.txt");
    assertThat(r.text()).startsWith("Two shells hit a warehouse in Easthaven");
    assertThat(r.published()).isNull();
    assertThat(r.source()).isNull();
    assertThat(r.mediaType()).isEqualTo("text/plain");
  }

  @Test
  void options_override_the_source_and_date_undated_files() {
    ReadOptions options =
        ReadOptions.builder()
            .clock(TestInputs.CLOCK)
            .source("Desk")
            .published(LocalDate.of(2024, 1, 2))
            .build();
    IncomingReport plain = TestInputs.reports(read(fixture("plain.txt"), options)).get(0);
    assertThat(plain.source()).isEqualTo("Desk");
    assertThat(plain.published()).isEqualTo(LocalDate.of(2024, 1, 2));
    IncomingReport dated = TestInputs.reports(read(fixture("front-matter.md"), options)).get(0);
    assertThat(dated.source()).isEqualTo("Desk");
    assertThat(dated.published()).isEqualTo(LocalDate.of(2024, 5, 16));
  }

  @Test
  void rejects_front_matter_that_is_not_closed() {
    assertThat(rejected(fixture("unclosed-front-matter.md")).reason())
        .isEqualTo("front matter opened on line 1 is not closed with \"---\"");
  }

  @Test
  void rejects_a_date_that_is_not_iso_naming_the_line() {
    assertThat(rejected(fixture("bad-date.txt")).reason())
        .isEqualTo(
            "expected an ISO date (YYYY-MM-DD) but found \"yesterday\" (front matter line 2)");
  }

  @Test
  void rejects_empty_and_undecodable_files() throws IOException {
    Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
    Path blank = Files.writeString(tmp.resolve("blank.txt"), "  \n\n ");
    Path latin1 = Files.write(tmp.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xe9});
    assertThat(rejected(empty).reason()).isEqualTo("empty file");
    assertThat(rejected(blank).reason()).isEqualTo("empty file");
    assertThat(rejected(latin1).reason())
        .isEqualTo("not UTF-8 text: invalid byte 0xe9 at offset 3");
  }
}
