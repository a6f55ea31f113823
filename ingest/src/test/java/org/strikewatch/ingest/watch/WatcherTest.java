package org.strikewatch.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikewatch.ingest.ChannelPages;
import org.strikewatch.ingest.LocalServer;
import org.strikewatch.ingest.LocalServer.Response;
import org.strikewatch.ingest.ReadResult;
import org.strikewatch.ingest.TestInputs;
import org.strikewatch.ingest.http.HttpFetcher;
import org.strikewatch.model.IncomingReport;

class WatcherTest {
  @TempDir Path tmp;
  private final LocalServer server = new LocalServer();
  private final HttpFetcher fetcher =
      new HttpFetcher(
          HttpFetcher.Options.defaults()
              .withPerHostInterval(Duration.ZERO)
              .withBackoff(Duration.ofMillis(10)));
  private final List<IncomingReport> delivered = new ArrayList<>();
  private final AtomicReference<String> channelPage = new AtomicReference<>();
  private final AtomicReference<String> feed = new AtomicReference<>();

  @AfterEach
  void stop() {
    server.close();
  }

  private Path sourcesYaml() throws IOException {
    channelPage.set(ChannelPages.page("watchchan", 10, 11, 12));
    feed.set(Files.readString(TestInputs.fixture("feed.rss")));
    server.route("/s/watchchan", hit -> Response.ok("text/html", channelPage.get()));
    server.route("/feed.xml", hit -> Response.ok("application/rss+xml", feed.get()));
    return Files.writeString(
        tmp.resolve("sources.yaml"),
        "sources:\n"
            + "  - name: Watch Channel\n"
            + "    telegram: "
            + server.uri("/s/watchchan")
            + "\n"
            + "    interval: 5m\n"
            + "  - name: Wire\n"
            + "    feed: "
            + server.uri("/feed.xml")
            + "\n"
            + "    interval: 15m\n");
  }

  private Watcher watcher(Path yaml) {
    ReportSink sink =
        results -> {
          int stored = 0;
          for (ReadResult r : results) {
            if (r instanceof ReadResult.Read read) {
              delivered.add(read.report());
              stored++;
            }
          }
          return new ReportSink.Delivery(stored, 0, 0);
        };
    return new Watcher(
        SourcesFile.read(yaml),
        WatchState.load(tmp.resolve("strikewatch.db.watch-state.json")),
        fetcher,
        TestInputs.options(),
        sink);
  }

  @Test
  void reads_what_is_new_and_remembers_it_across_restarts() throws IOException {
    Path yaml = sourcesYaml();
    Watcher.Cycle first = watcher(yaml).runOnce();
    assertThat(first.read()).isEqualTo(5);
    assertThat(first.failures()).isEmpty();
    assertThat(delivered)
        .extracting(IncomingReport::source)
        .containsExactly("Watch Channel", "Watch Channel", "Watch Channel", "Wire", "Wire");

    delivered.clear();
    Watcher.Cycle again = watcher(yaml).runOnce(); // a restart: a new watcher on the same state
    assertThat(again.read()).isZero();
    assertThat(delivered).isEmpty();

    channelPage.set(ChannelPages.page("watchchan", 11, 12, 13, 14));
    feed.set(
        feed.get()
            .replaceFirst(
                "<item>",
                "<item><title>New item</title><link>https://wire.example.net/items/3</link>"
                    + "<guid>wire-3</guid><description>Fresh report.</description></item><item>"));
    Watcher.Cycle third = watcher(yaml).runOnce();
    assertThat(delivered)
        .extracting(IncomingReport::url)
        .containsExactly(
            "https://t.me/watchchan/13",
            "https://t.me/watchchan/14",
            "https://wire.example.net/items/3");
    assertThat(third.read()).isEqualTo(3);
  }

  @Test
  void the_monitor_loop_polls_due_sources_until_told_to_stop() throws IOException {
    Watcher watcher = watcher(sourcesYaml());
    int[] checks = {0};
    watcher.run(() -> ++checks[0] > 2);
    // both sources were due at start and polled once; their intervals (5m, 15m) had not come round
    assertThat(delivered).hasSize(5);
  }

  @Test
  void a_failing_source_is_logged_and_the_others_still_polled() throws IOException {
    Path yaml = sourcesYaml();
    server.route("/feed.xml", hit -> Response.status(500));
    Watcher.Cycle cycle = watcher(yaml).runOnce();
    assertThat(cycle.read()).isEqualTo(3);
    assertThat(cycle.failures())
        .containsExactly("Wire: HTTP 500 from " + server.uri("/feed.xml") + " after 3 attempts");
  }

  @Test
  void keeps_the_state_in_a_json_file_written_whole() throws IOException {
    watcher(sourcesYaml()).runOnce();
    String state = Files.readString(tmp.resolve("strikewatch.db.watch-state.json"));
    assertThat(state).contains("\"lastMessageId\" : 12").contains("wire-1").contains("wire-2");
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("sources.yaml", "strikewatch.db.watch-state.json");
    }
  }
}
