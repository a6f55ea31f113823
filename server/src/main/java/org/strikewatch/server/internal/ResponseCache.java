package org.strikewatch.server.internal;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Finished GET answers kept for a short time, keyed by path and query string. One request computes
 * a missing or expired answer while concurrent requests for the same key wait for it (or, when an
 * older answer exists, are served that one), so a burst of identical requests runs the query once.
 * Writes through this server clear the cache; writes by other processes show once entries expire.
 */
public final class ResponseCache {

  private static final int MAX_ENTRIES = 20_000;

  /** A cached answer: status, media type and body. */
  public record Entry(int status, String contentType, byte[] body, long expiresAtNanos) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, FutureTask<Entry>> inflight = new ConcurrentHashMap<>();
  private final long ttlNanos;

  public ResponseCache(Duration ttl) {
    this.ttlNanos = ttl.toNanos();
  }

  /** The cached answer for {@code key}, computing and keeping it when missing or expired. */
  public Entry get(String key, Supplier<Entry> compute) {
    if (ttlNanos == 0) {
      return compute.get();
    }
    Entry e = entries.get(key);
    if (e != null && e.expiresAtNanos() - System.nanoTime() > 0) {
      return e;
    }
    FutureTask<Entry> task =
        new FutureTask<>(
            () -> {
              Entry fresh = compute.get();
              Entry kept =
                  new Entry(
                      fresh.status(),
                      fresh.contentType(),
                      fresh.body(),
                      System.nanoTime() + ttlNanos);
              if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
              }
              entries.put(key, kept);
              return kept;
            });
    FutureTask<Entry> running = inflight.putIfAbsent(key, task);
    if (running == null) {
      try {
        task.run();
      } finally {
        inflight.remove(key, task);
      }
      return result(task);
    }
    if (e != null) {
      return e;
    }
    return result(running);
  }

  private static Entry result(FutureTask<Entry> task) {
    try {
      return task.get();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a cached answer", ex);
    } catch (ExecutionException ex) {
      Throwable cause = ex.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Drops every entry. */
  public void clear() {
    entries.clear();
  }
}
