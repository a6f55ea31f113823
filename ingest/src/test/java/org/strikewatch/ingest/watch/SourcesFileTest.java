package org.strikewatch.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesFileTest {
  @TempDir Path tmp;

  private Path yaml(String text) throws IOException {
    return Files.writeString(tmp.resolve("sources.yaml"), text);
  }

  @Test
  void reads_feeds_and_channels_with_intervals() throws IOException {
    List<WatchedSource> sources =
        SourcesFile.read(
            yaml(
                "sources:\n"
                    + "  - name: Monitor\n"
                    + "    telegram: '@some_monitor'\n"
                    + "    interval: 5m\n"
                    + "  - name: Wire\n"
                    + "    feed: https://wire.example.net/rss\n"
                    + "  - name: Other\n"
                    + "    url: https://t.me/s/other_chan\n"
                    + "    interval: PT1H\n"
                    + "    maxPages: 3\n"));
    assertThat(sources)
        .containsExactly(
            new WatchedSource(
                "Monitor",
                WatchedSource.Kind.TELEGRAM,
                URI.create("https://t.me/s/some_monitor"),
                Duration.ofMinutes(5),
                5),
            new WatchedSource(
                "Wire",
                WatchedSource.Kind.FEED,
                URI.create("https://wire.example.net/rss"),
                Duration.ofMinutes(10),
                5),
            new WatchedSource(
                "Other",
                WatchedSource.Kind.TELEGRAM,
                URI.create("https://t.me/s/other_chan"),
                Duration.ofHours(1),
                3));
  }

  @Test
  void names_the_file_entry_and_field_of_a_mistake() throws IOException {
    Path file =
        yaml(
            "sources:\n  - name: Wire\n    feed: https://wire.example.net/rss\n    interval: soon\n");
    assertThatThrownBy(() -> SourcesFile.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            file + ": source 1 (Wire): interval is not a duration: \"soon\" (use 30s, 5m, 1h)");
    Path both =
        yaml("sources:\n  - name: X\n    feed: https://a.example/rss\n    telegram: chan_x\n");
    assertThatThrownBy(() -> SourcesFile.read(both))
        .hasMessage(both + ": source 1 (X): give exactly one of feed, telegram or url");
    Path empty = yaml("feeds: []\n");
    assertThatThrownBy(() -> SourcesFile.read(empty))
        .hasMessage(empty + ": expected a non-empty \"sources:\" list");
  }
}
