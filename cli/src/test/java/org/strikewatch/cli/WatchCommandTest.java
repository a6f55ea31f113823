package org.strikewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikewatch.cli.pipeline.IngestPipeline;
import org.strikewatch.cli.pipeline.IngestSummary;
import org.strikewatch.cli.pipeline.ReportExtractor;
import org.strikewatch.ingest.http.HttpFetcher;
import org.strikewatch.ingest.watch.SourcesFile;
import org.strikewatch.ingest.watch.WatchState;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.PublishedSource;
import org.strikewatch.store.Store;
import org.strikewatch.store.Stores;

/** {@code watch --once} into a real SQLite store, polling a feed served on 127.0.0.1. */
class WatchCommandTest {
  private static final ReportExtractor FINDS_NOTHING =
      ReportExtractor.of(
          "test-nothing-1",
          r ->
              new Extraction(
                  "en",
                  r.published(),
                  PublishedSource.GIVEN,
                  r.source(),
                  List.of(),
                  List.of(),
                  List.of()));

  @TempDir Path tmp;
  private HttpServer server;
  private volatile String feed = feed(2);

  private static String feed(int items) {
    StringBuilder sb =
        new StringBuilder(
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>");
    for (int i = items; i >= 1; i--) {
      sb.append("<item><title>Item ")
          .append(i)
          .append("</title><guid>item-")
          .append(i)
          .append("</guid><link>https://wire.example.net/")
          .append(i)
          .append("</link><pubDate>Fri, 10 May 2024 09:00:00 GMT</pubDate><description>Report ")
          .append(i)
          .append(" of shelling in a test town.</description></item>");
    }
    return sb.append("</channel></rss>").toString();
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/rss",
        exchange -> {
          byte[] body = feed.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private IngestSummary watchOnce(Path db, Path yaml) {
    try (Store store = Stores.open(db.toString())) {
      return WatchCommand.watch(
          SourcesFile.read(yaml),
          WatchState.load(WatchCommand.stateBeside(db.toString())),
          new HttpFetcher(HttpFetcher.Options.defaults().withPerHostInterval(Duration.ZERO)),
          new IngestPipeline(store, FINDS_NOTHING),
          true);
    }
  }

  @Test
  void stores_new_entries_once_across_restarts() throws IOException {
    Path db = tmp.resolve("sw.db");
    Path yaml =
        Files.writeString(
            tmp.resolve("sources.yaml"),
            "sources:\n  - name: Wire\n    feed: http://127.0.0.1:"
                + server.getAddress().getPort()
                + "/rss\n    interval: 1m\n");
    assertThat(watchOnce(db, yaml).newReports()).isEqualTo(2);
    assertThat(Files.exists(tmp.resolve("sw.db.watch-state.json"))).isTrue();
    IngestSummary again = watchOnce(db, yaml);
    assertThat(again.read()).isZero();
    feed = feed(3);
    IngestSummary third = watchOnce(db, yaml);
    assertThat(third.read()).isEqualTo(1);
    assertThat(third.newReports()).isEqualTo(1);
  }

  @Test
  void keeps_the_state_beside_a_sqlite_database_and_asks_for_one_with_postgresql() {
    assertThat(WatchCommand.stateBeside("/data/sw.db"))
        .isEqualTo(Path.of("/data/sw.db.watch-state.json"));
    assertThat(WatchCommand.stateBeside("sqlite:/data/sw.db"))
        .isEqualTo(Path.of("/data/sw.db.watch-state.json"));
    assertThatThrownBy(() -> WatchCommand.stateBeside("postgresql://u@h/db"))
        .isInstanceOf(UserError.class)
        .hasMessage("--state FILE is required with a server database (postgresql://u@h/db)");
  }
}
