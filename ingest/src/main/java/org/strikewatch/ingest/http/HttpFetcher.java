package org.strikewatch.ingest.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches URLs politely: connect and request timeouts, up to {@code maxAttempts} tries with
 * exponential backoff on 5xx, 429 and timeouts (honouring a short Retry-After), the Strikewatch
 * User-Agent, and at least {@code perHostInterval} between two requests to the same host. Thread
 * safe.
 */
public final class HttpFetcher {
  /** The User-Agent every request carries. */
  public static final String USER_AGENT = "Strikewatch/0.1 (+https://github.com/strikewatch)";

  private static final Logger LOG = LoggerFactory.getLogger(HttpFetcher.class);
  private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);

  /** Waits; tests replace it to observe waits without spending them. */
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  /**
   * Fetch settings.
   *
   * @param connectTimeout how long to wait for a connection
   * @param requestTimeout how long to wait for a whole response
   * @param maxAttempts tries per URL, at least 1
   * @param backoff the wait before the second try; doubled before each further try
   * @param perHostInterval the least time between the starts of two requests to one host
   * @param maxBytes the largest body accepted
   */
  public record Options(
      Duration connectTimeout,
      Duration requestTimeout,
      int maxAttempts,
      Duration backoff,
      Duration perHostInterval,
      long maxBytes) {
    public Options {
      requirePositive("connectTimeout", connectTimeout);
      requirePositive("requestTimeout", requestTimeout);
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
      }
      if (backoff == null || backoff.isNegative()) {
        throw new IllegalArgumentException("backoff must not be negative: " + backoff);
      }
      if (perHostInterval == null || perHostInterval.isNegative()) {
        throw new IllegalArgumentException(
            "perHostInterval must not be negative: " + perHostInterval);
      }
      if (maxBytes < 1) {
        throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
      }
    }

    /** 10 s to connect, 30 s per response, 3 tries from 1 s backoff, 1 s per host, 32 MiB. */
    public static Options defaults() {
      return new Options(
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          3,
          Duration.ofSeconds(1),
          Duration.ofSeconds(1),
          32L << 20);
    }

    public Options withRequestTimeout(Duration value) {
      return new Options(connectTimeout, value, maxAttempts, backoff, perHostInterval, maxBytes);
    }

    public Options withBackoff(Duration value) {
      return new Options(
          connectTimeout, requestTimeout, maxAttempts, value, perHostInterval, maxBytes);
    }

    public Options withPerHostInterval(Duration value) {
      return new Options(connectTimeout, requestTimeout, maxAttempts, backoff, value, maxBytes);
    }

    public Options withMaxAttempts(int value) {
      return new Options(connectTimeout, requestTimeout, value, backoff, perHostInterval, maxBytes);
    }

    private static void requirePositive(String name, Duration d) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
    }
  }

  private final Options options;
  private final HttpClient client;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Map<String, Instant> nextSlot = new HashMap<>();

  public HttpFetcher(Options options) {
    this(options, Clock.systemUTC(), d -> Thread.sleep(d.toMillis()));
  }

  HttpFetcher(Options options, Clock clock, Sleeper sleeper) {
    this.options = options;
    this.clock = clock;
    this.sleeper = sleeper;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(options.connectTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** The settings in use. */
  public Options options() {
    return options;
  }

  /**
   * Fetches {@code uri} with GET.
   *
   * @throws FetchException when the server answers with a client error (permanent), or still fails
   *     after all tries (5xx, 429, timeouts, connection failures)
   */
  public FetchedPage fetch(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new FetchException("not an http(s) URL: " + uri, true);
    }
    String failure = "";
    for (int attempt = 1; attempt <= options.maxAttempts(); attempt++) {
      Duration wait = Duration.ZERO;
      try {
        awaitSlot(uri.getHost());
        HttpRequest request =
            HttpRequest.newBuilder(uri)
                .timeout(options.requestTimeout())
                .header("User-Agent", USER_AGENT)
                .header("Accept", "*/*")
                .GET()
                .build();
        HttpResponse<InputStream> response =
            client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
          byte[] body = readLimited(uri, response.body());
          String contentType = response.headers().firstValue("Content-Type").orElse(null);
          return new FetchedPage(response.uri(), contentType, body);
        }
        response.body().close();
        failure = "HTTP " + status;
        if (status != 429 && status < 500) {
          throw new FetchException("HTTP " + status + " from " + uri, true);
        }
        wait = retryAfter(response).orElse(Duration.ZERO);
      } catch (HttpTimeoutException e) {
        failure = "timed out";
      } catch (IOException e) {
        failure = "connection failed (" + e.getClass().getSimpleName() + oneLine(e) + ")";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException("interrupted while fetching " + uri, false);
      }
      if (attempt < options.maxAttempts()) {
        Duration backoff = options.backoff().multipliedBy(1L << (attempt - 1));
        Duration pause = wait.compareTo(backoff) > 0 ? wait : backoff;
        LOG.debug("{} from {}, try {} of {}", failure, uri, attempt + 1, options.maxAttempts());
        try {
          sleeper.sleep(pause);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new FetchException("interrupted while fetching " + uri, false);
        }
      }
    }
    throw new FetchException(
        failure + " from " + uri + " after " + options.maxAttempts() + " attempts", false);
  }

  private static String oneLine(IOException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? "" : ": " + m.lines().findFirst().orElse("");
  }

  private Optional<Duration> retryAfter(HttpResponse<?> response) {
    Optional<String> value = response.headers().firstValue("Retry-After");
    if (value.isEmpty() || !value.get().trim().matches("\\d{1,6}")) {
      return Optional.empty();
    }
    Duration d = Duration.ofSeconds(Long.parseLong(value.get().trim()));
    return Optional.of(d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d);
  }

  private byte[] readLimited(URI uri, InputStream in) throws IOException, FetchException {
    try (in) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
      if (body.length > options.maxBytes()) {
        throw new FetchException(
            "response from " + uri + " is larger than " + options.maxBytes() + " bytes", true);
      }
      return body;
    }
  }

  /** Waits until a request to {@code host} may start, and books the next slot. */
  private void awaitSlot(String host) throws InterruptedException {
    Instant start;
    synchronized (nextSlot) {
      Instant now = clock.instant();
      Instant slot = nextSlot.getOrDefault(host.toLowerCase(Locale.ROOT), now);
      start = slot.isAfter(now) ? slot : now;
      nextSlot.put(host.toLowerCase(Locale.ROOT), start.plus(options.perHostInterval()));
    }
    Duration wait = Duration.between(clock.instant(), start);
    if (!wait.isNegative() && !wait.isZero()) {
      sleeper.sleep(wait);
    }
  }
}
