package org.strikewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.strikewatch.ingest.TestInputs.read;
import static org.strikewatch.ingest.TestInputs.rejections;
import static org.strikewatch.ingest.TestInputs.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.model.Rejection;

class FolderSourceTest {
  @TempDir Path tmp;

  private Path mixedFolder() throws IOException {
    Path dir = TestInputs.copy(tmp.resolve("in"), "front-matter.md", "plain.txt", "article.html");
    Path sub = TestInputs.copy(dir.resolve("exports/monitor"), "result.json", "reports.jsonl");
    TestInputs.copy(dir.resolve("feeds"), "feed.rss", "channel-page.html");
    Files.copy(TestInputs.fixture("broken-export.json"), sub.resolve("broken.json"));
    byte[] png = new byte[64];
    new Random(7).nextBytes(png);
    png[0] = (byte) 0x89;
    png[1] = 'P';
    png[2] = 'N';
    png[3] = 'G';
    png[8] = 0;
    Files.write(dir.resolve("photo.png"), png);
    Files.copy(TestInputs.fixture("no-text.html"), dir.resolve("empty-page.html"));
    return dir;
  }

  @Test
  void quarantines_a_broken_export_a_binary_file_and_a_page_without_text_and_reads_the_rest()
      throws IOException {
    Path dir = mixedFolder();
    List<ReadResult> results = read(dir);
    List<Rejection> rejected = rejections(results);
    assertThat(rejected)
        .extracting(
            r -> dir.relativize(Path.of(r.origin().replaceFirst("#.*", ""))).toString(),
            Rejection::reason)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "exports/monitor/broken.json",
                "broken JSON in broken.json at line 16, column 41: Illegal unquoted character"
                    + " ((CTRL-CHAR, code 10)): has to be escaped using backslash to be included in"
                    + " string value"),
            org.assertj.core.groups.Tuple.tuple("photo.png", "binary file"),
            org.assertj.core.groups.Tuple.tuple("empty-page.html", "no article text"));
    // the three bad files, plus the three bad lines of reports.jsonl
    assertThat(rejected).hasSize(6);
    List<IncomingReport> read = reports(results);
    // article 1 + export 2 + broken export's first message 1 + jsonl 2 + rss 2 + channel 2 + md 1 +
    // txt 1
    assertThat(read).hasSize(12);
    assertThat(
            rejected.stream()
                .filter(r -> r.reason().equals("binary file"))
                .findFirst()
                .orElseThrow()
                .excerpt())
        .startsWith("64 bytes: 89 50 4e 47");
  }

  @Test
  void reading_twice_gives_the_same_reports_in_the_same_order() throws IOException {
    Path dir = mixedFolder();
    assertThat(read(dir)).isEqualTo(read(dir));
  }

  @Test
  void reads_gzipped_files_by_their_inner_name() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(Files.readAllBytes(TestInputs.fixture("article.html")));
    }
    Path file = Files.write(tmp.resolve("page.html.gz"), bytes.toByteArray());
    assertThat(reports(read(file)))
        .singleElement()
        .satisfies(r -> assertThat(r.text()).startsWith("Bridge damaged in overnight strike"));
  }

  @Test
  void names_a_missing_path() {
    assertThatThrownBy(() -> read(tmp.resolve("nowhere")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no such file or folder: " + tmp.resolve("nowhere"));
  }
}
