package org.strikewatch.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.strikewatch.ingest.ChannelPages;
import org.strikewatch.ingest.LocalServer;
import org.strikewatch.ingest.LocalServer.Response;
import org.strikewatch.ingest.ReadResult;
import org.strikewatch.ingest.Sources;
import org.strikewatch.ingest.TestInputs;
import org.strikewatch.ingest.http.HttpFetcher;
import org.strikewatch.model.IncomingReport;

class TelegramChannelTest {
  private final LocalServer server = new LocalServer();
  private final HttpFetcher fetcher =
      new HttpFetcher(HttpFetcher.Options.defaults().withPerHostInterval(Duration.ZERO));

  @AfterEach
  void stop() {
    server.close();
  }

  private void serveThreePages() {
    server.route(
        "/s/testchan", hit -> Response.ok("text/html", ChannelPages.page("testchan", 7, 8, 9)));
    server.route(
        "/s/testchan?before=7",
        hit -> Response.ok("text/html", ChannelPages.page("testchan", 4, 5, 6)));
    server.route(
        "/s/testchan?before=4",
        hit -> Response.ok("text/html", ChannelPages.page("testchan", 2, 3)));
    server.route(
        "/s/testchan?before=2", hit -> Response.ok("text/html", ChannelPages.page("testchan")));
  }

  @Test
  void pages_back_by_message_id_until_the_channel_begins() throws Exception {
    serveThreePages();
    TelegramChannel.Batch batch =
        TelegramChannel.at("testchan", server.uri("/s/"))
            .read(fetcher, TestInputs.options(), null, 50);
    assertThat(batch.messages())
        .extracting(TelegramWebPage.Message::id)
        .containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(batch.pages()).isEqualTo(4);
    assertThat(server.requests())
        .extracting(LocalServer.Request::pathAndQuery)
        .containsExactly(
            "/s/testchan", "/s/testchan?before=7", "/s/testchan?before=4", "/s/testchan?before=2");
  }

  @Test
  void stops_at_the_last_message_already_read() throws Exception {
    serveThreePages();
    TelegramChannel.Batch batch =
        TelegramChannel.at("testchan", server.uri("/s/"))
            .read(fetcher, TestInputs.options(), 5L, 50);
    assertThat(batch.messages())
        .extracting(TelegramWebPage.Message::id)
        .containsExactly(6L, 7L, 8L, 9L);
    assertThat(batch.pages()).isEqualTo(2);
  }

  @Test
  void stops_after_the_page_limit() throws Exception {
    serveThreePages();
    TelegramChannel.Batch batch =
        TelegramChannel.at("testchan", server.uri("/s/"))
            .read(fetcher, TestInputs.options(), null, 2);
    assertThat(batch.messages())
        .extracting(TelegramWebPage.Message::id)
        .containsExactly(4L, 5L, 6L, 7L, 8L, 9L);
  }

  @Test
  void a_preview_url_given_as_a_source_is_read_as_a_channel() {
    serveThreePages();
    List<IncomingReport> reports;
    try (Stream<ReadResult> s =
        Sources.open(server.uri("/s/testchan").toString(), TestInputs.options(), fetcher).read()) {
      reports = TestInputs.reports(s.toList());
    }
    assertThat(reports).hasSize(8);
    assertThat(reports.get(0).url()).isEqualTo("https://t.me/testchan/2");
    assertThat(reports.get(0).text()).isEqualTo("Report number 2 from the test channel.");
    assertThat(reports.get(0).source()).isEqualTo("Test Channel");
  }

  @Test
  void recognises_channel_urls() {
    assertThat(TelegramChannel.channelOf("https://t.me/s/some_channel")).contains("some_channel");
    assertThat(TelegramChannel.channelOf("https://t.me/s/some_channel?before=12"))
        .contains("some_channel");
    assertThat(TelegramChannel.channelOf("https://t.me/some_channel/12")).isEmpty();
    assertThat(TelegramChannel.channelOf("https://example.org/s/some_channel")).isEmpty();
  }
}
