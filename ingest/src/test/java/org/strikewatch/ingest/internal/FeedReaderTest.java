package org.strikewatch.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strikewatch.ingest.TestInputs.fixture;
import static org.strikewatch.ingest.TestInputs.read;
import static org.strikewatch.ingest.TestInputs.rejected;
import static org.strikewatch.ingest.TestInputs.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikewatch.model.IncomingReport;

class FeedReaderTest {
  @TempDir Path tmp;

  @Test
  void reads_each_rss_item_as_a_report_with_html_reduced_to_text() {
    List<IncomingReport> items = reports(read(fixture("feed.rss")));
    assertThat(items).hasSize(2);
    IncomingReport first = items.get(0);
    assertThat(first.text())
        .isEqualTo(
            "Air defence active over Riverton\n\n"
                + "Air defence units were active over Riverton late on Saturday.\n\n"
                + "Residents reported explosions.");
    assertThat(first.url()).isEqualTo("https://wire.example.net/items/2");
    assertThat(first.published()).isEqualTo(LocalDate.of(2024, 5, 11));
    assertThat(first.source()).isEqualTo("Example Wire");
    assertThat(first.origin()).isEqualTo(fixture("feed.rss") + "#https://wire.example.net/items/2");
    assertThat(items.get(1).published()).isEqualTo(LocalDate.of(2024, 5, 10));
  }

  @Test
  void reads_atom_entries_with_their_published_date() {
    List<IncomingReport> items = reports(read(fixture("feed.atom")));
    assertThat(items)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.text())
                  .isEqualTo(
                      "Missile strike on an industrial site\n\nAn industrial site in Lakeview was hit by a missile at dawn.");
              assertThat(r.published()).isEqualTo(LocalDate.of(2024, 2, 3));
              assertThat(r.url()).isEqualTo("https://bulletin.example.org/7");
              assertThat(r.source()).isEqualTo("Regional Bulletin");
            });
  }

  @Test
  void rejects_xml_that_is_not_a_feed() throws IOException {
    Path file =
        Files.writeString(
            tmp.resolve("notes.xml"), "<?xml version=\"1.0\"?><notes><n>x</n></notes>");
    assertThat(rejected(file).reason()).startsWith("not a readable RSS or Atom feed (notes.xml): ");
  }
}
