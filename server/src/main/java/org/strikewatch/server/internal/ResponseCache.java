package org.strikewatch.server.internal;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Finished GET answers kept for a short time, keyed by path and query string. Writes through this
 * server clear it; writes by other processes become visible when entries expire.
 */
public final class ResponseCache {

  private static final int MAX_ENTRIES = 20_000;

  /** A cached answer: status, media type and body. */
  public record Entry(int status, String contentType, byte[] body, long expiresAtNanos) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final long ttlNanos;

  public ResponseCache(Duration ttl) {
    this.ttlNanos = ttl.toNanos();
  }

  /** The cached answer for {@code key}, computing and keeping it when missing or expired. */
  public Entry get(String key, Supplier<Entry> compute) {
    if (ttlNanos == 0) {
      return compute.get();
    }
    long now = System.nanoTime();
    Entry e = entries.get(key);
    if (e != null && e.expiresAtNanos() - now > 0) {
      return e;
    }
    Entry fresh = compute.get();
    Entry kept =
        new Entry(fresh.status(), fresh.contentType(), fresh.body(), System.nanoTime() + ttlNanos);
    if (entries.size() >= MAX_ENTRIES) {
      entries.clear();
    }
    entries.put(key, kept);
    return kept;
  }

  /** Drops every entry. */
  public void clear() {
    entries.clear();
  }
}
