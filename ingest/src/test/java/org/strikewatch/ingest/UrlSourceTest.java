package org.strikewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.strikewatch.ingest.LocalServer.Response;
import org.strikewatch.ingest.http.HttpFetcher;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.model.Rejection;

class UrlSourceTest {
  private final LocalServer server = new LocalServer();
  private final HttpFetcher fetcher =
      new HttpFetcher(
          HttpFetcher.Options.defaults()
              .withPerHostInterval(Duration.ZERO)
              .withBackoff(Duration.ofMillis(10)));

  @AfterEach
  void stop() {
    server.close();
  }

  private List<ReadResult> read(String path) {
    try (Stream<ReadResult> s =
        Sources.open(server.uri(path).toString(), TestInputs.options(), fetcher).read()) {
      return s.toList();
    }
  }

  @Test
  void reads_an_article_page_and_a_feed_by_their_content() throws IOException {
    String article = Files.readString(TestInputs.fixture("article.html"));
    String feed = Files.readString(TestInputs.fixture("feed.rss"));
    server.route("/news/bridge", hit -> Response.ok("text/html; charset=utf-8", article));
    server.route("/rss", hit -> Response.ok("application/rss+xml", feed));
    List<IncomingReport> page = TestInputs.reports(read("/news/bridge"));
    assertThat(page)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.origin()).isEqualTo(server.uri("/news/bridge").toString());
              assertThat(r.url()).isEqualTo("https://herald.example.com/news/bridge-damaged");
            });
    assertThat(TestInputs.reports(read("/rss"))).hasSize(2);
  }

  @Test
  void decodes_pages_and_text_in_the_charset_the_server_declares() {
    Charset cp1251 = Charset.forName("windows-1251");
    String html =
        "<html><head><title>Новости</title></head><body><article><h1>Удар по складу</h1>"
            + "<p>Ночью беспилотник попал в склад на окраине города, пострадавших нет.</p>"
            + "</article></body></html>";
    server.route(
        "/ru/article",
        hit -> new Response(200, "text/html; charset=windows-1251", html.getBytes(cp1251), 0));
    server.route(
        "/ru/note.txt",
        hit ->
            new Response(
                200, "text/plain; charset=windows-1251", "Обстрел окраины.".getBytes(cp1251), 0));
    assertThat(TestInputs.reports(read("/ru/article")))
        .singleElement()
        .satisfies(r -> assertThat(r.text()).startsWith("Удар по складу\n\nНочью беспилотник"));
    assertThat(TestInputs.reports(read("/ru/note.txt")))
        .singleElement()
        .satisfies(r -> assertThat(r.text()).isEqualTo("Обстрел окраины."));
  }

  @Test
  void a_url_that_cannot_be_fetched_becomes_a_rejection() {
    List<Rejection> rejected = TestInputs.rejections(read("/gone"));
    assertThat(rejected)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo("HTTP 404 from " + server.uri("/gone")));
  }
}
