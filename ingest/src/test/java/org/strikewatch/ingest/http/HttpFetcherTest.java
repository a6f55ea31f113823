package org.strikewatch.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.strikewatch.ingest.LocalServer;
import org.strikewatch.ingest.LocalServer.Response;

class HttpFetcherTest {
  private final LocalServer server = new LocalServer();
  private final List<Duration> sleeps = new ArrayList<>();

  /** A clock that moves only when the fetcher sleeps, so waits are observed, not spent. */
  private final class SleepClock extends Clock {
    private Instant now = Instant.parse("2024-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void sleep(Duration d) {
      sleeps.add(d);
      now = now.plus(d);
    }
  }

  private final SleepClock clock = new SleepClock();

  private HttpFetcher fetcher(HttpFetcher.Options options) {
    return new HttpFetcher(options, clock, clock::sleep);
  }

  private static HttpFetcher.Options fast() {
    return HttpFetcher.Options.defaults()
        .withBackoff(Duration.ofMillis(100))
        .withPerHostInterval(Duration.ZERO)
        .withRequestTimeout(Duration.ofSeconds(5));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void retries_server_errors_with_doubling_backoff_and_sends_the_user_agent() throws Exception {
    server.route(
        "/feed",
        hit -> hit < 3 ? Response.status(503) : Response.ok("application/rss+xml", "<rss/>"));
    FetchedPage page = fetcher(fast()).fetch(server.uri("/feed"));
    assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
    assertThat(page.mediaType()).contains("application/rss+xml");
    assertThat(server.hits("/feed")).isEqualTo(3);
    assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    assertThat(server.requests())
        .allSatisfy(
            r ->
                assertThat(r.userAgent())
                    .isEqualTo("Strikewatch/0.1 (+https://github.com/strikewatch)"));
  }

  @Test
  void gives_up_after_the_last_attempt_naming_the_url_and_status() {
    server.route("/down", hit -> Response.status(502));
    URI uri = server.uri("/down");
    assertThatThrownBy(() -> fetcher(fast()).fetch(uri))
        .isInstanceOf(FetchException.class)
        .hasMessage("HTTP 502 from " + uri + " after 3 attempts")
        .satisfies(e -> assertThat(((FetchException) e).permanent()).isFalse());
    assertThat(server.hits("/down")).isEqualTo(3);
  }

  @Test
  void does_not_retry_a_client_error() {
    URI uri = server.uri("/missing");
    assertThatThrownBy(() -> fetcher(fast()).fetch(uri))
        .isInstanceOf(FetchException.class)
        .hasMessage("HTTP 404 from " + uri)
        .satisfies(e -> assertThat(((FetchException) e).permanent()).isTrue());
    assertThat(server.hits("/missing")).isEqualTo(1);
  }

  @Test
  void retries_a_response_that_times_out() throws Exception {
    server.route(
        "/slow",
        hit ->
            hit == 1
                ? new Response(200, "text/plain", "late".getBytes(StandardCharsets.UTF_8), 3000)
                : Response.ok("text/plain", "on time"));
    FetchedPage page =
        fetcher(fast().withRequestTimeout(Duration.ofMillis(300))).fetch(server.uri("/slow"));
    assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("on time");
    assertThat(server.hits("/slow")).isEqualTo(2);
  }

  @Test
  void spaces_requests_to_one_host_by_the_per_host_interval() throws Exception {
    server.route("/a", hit -> Response.ok("text/plain", "a"));
    HttpFetcher fetcher = fetcher(fast().withPerHostInterval(Duration.ofSeconds(2)));
    fetcher.fetch(server.uri("/a"));
    fetcher.fetch(server.uri("/a"));
    fetcher.fetch(server.uri("/a"));
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void refuses_urls_that_are_not_http() {
    assertThatThrownBy(() -> fetcher(fast()).fetch(URI.create("file:///etc/passwd")))
        .isInstanceOf(FetchException.class)
        .hasMessage("not an http(s) URL: file:///etc/passwd");
  }
}
