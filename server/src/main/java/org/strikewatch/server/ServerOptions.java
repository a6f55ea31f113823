package org.strikewatch.server;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How to run the server: host and port (port 0 picks a free one), the bearer token that unlocks
 * write endpoints (absent: read-only), the largest request body accepted, how long GET answers may
 * be served from the response cache (zero turns the cache off; writes through this server clear it
 * at once), and the most HTTP threads (acceptor and selector included): few threads near the core
 * count serve more requests per second than many that take turns on the same cores.
 */
public record ServerOptions(
    String host,
    int port,
    @Nullable String token,
    int maxBodyBytes,
    Duration cacheTtl,
    int maxThreads) {

  /** Fewest threads Jetty runs with (acceptor, selector, reserved and workers). */
  public static final int MIN_THREADS = 6;

  /** 127.0.0.1:8080, read-only, 1 MiB bodies, 2 s cache, {@link #defaultThreads} threads. */
  public static final ServerOptions DEFAULTS =
      new ServerOptions("127.0.0.1", 8080, null, 1 << 20, Duration.ofSeconds(2), defaultThreads());

  /** Four threads more than the cores, at least {@link #MIN_THREADS}. */
  public static int defaultThreads() {
    return Math.max(MIN_THREADS, Runtime.getRuntime().availableProcessors() + 4);
  }

  public ServerOptions {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host is required");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (token != null && token.isBlank()) {
      token = null;
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("body limit below 1024 bytes: " + maxBodyBytes);
    }
    if (cacheTtl == null || cacheTtl.isNegative()) {
      throw new IllegalArgumentException("cache TTL must be zero or positive: " + cacheTtl);
    }
    if (maxThreads < MIN_THREADS) {
      throw new IllegalArgumentException(
          "maxThreads must be at least " + MIN_THREADS + ": " + maxThreads);
    }
  }

  public ServerOptions withHost(String value) {
    return new ServerOptions(value, port, token, maxBodyBytes, cacheTtl, maxThreads);
  }

  public ServerOptions withPort(int value) {
    return new ServerOptions(host, value, token, maxBodyBytes, cacheTtl, maxThreads);
  }

  public ServerOptions withToken(@Nullable String value) {
    return new ServerOptions(host, port, value, maxBodyBytes, cacheTtl, maxThreads);
  }

  public ServerOptions withMaxBodyBytes(int value) {
    return new ServerOptions(host, port, token, value, cacheTtl, maxThreads);
  }

  public ServerOptions withCacheTtl(Duration value) {
    return new ServerOptions(host, port, token, maxBodyBytes, value, maxThreads);
  }

  public ServerOptions withMaxThreads(int value) {
    return new ServerOptions(host, port, token, maxBodyBytes, cacheTtl, value);
  }
}
