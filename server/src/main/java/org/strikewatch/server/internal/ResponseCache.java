package org.strikewatch.server.internal;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Finished GET answers kept for a short time, keyed by path and query string. One request computes
 * a missing or expired answer while concurrent requests for the same key wait for it (or, when an
 * older answer exists, are served that one), so a burst of identical requests runs the query once.
 * Writes through this server clear the cache; writes by other processes show once entries expire.
 *
 * <p>The cache holds at most {@link #MAX_BYTES} of bodies: past that, expired entries are dropped,
 * and if that is not enough, all of them. (Many distinct requests, such as map boxes, would
 * otherwise keep hundreds of megabytes of answers nobody asks for again, which the garbage
 * collector has to copy.)
 */
public final class ResponseCache {

  private static final int MAX_ENTRIES = 20_000;

  /** Most body bytes kept. */
  static final long MAX_BYTES = 16L << 20;

  /** A cached answer: status, media type and body. */
  public record Entry(int status, String contentType, byte[] body, long expiresAtNanos) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, FutureTask<Entry>> inflight = new ConcurrentHashMap<>();
  private final long ttlNanos;
  private final AtomicLong bytes = new AtomicLong();

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
              if (entries.size() >= MAX_ENTRIES || bytes.get() + kept.body().length > MAX_BYTES) {
                shrink();
              }
              Entry old = entries.put(key, kept);
              bytes.addAndGet(kept.body().length - (old == null ? 0 : old.body().length));
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

  /** Drops expired entries, or every entry when that does not free enough. */
  private void shrink() {
    long now = System.nanoTime();
    entries.forEach(
        (k, v) -> {
          if (v.expiresAtNanos() - now <= 0 && entries.remove(k, v)) {
            bytes.addAndGet(-v.body().length);
          }
        });
    if (entries.size() >= MAX_ENTRIES || bytes.get() > MAX_BYTES / 2) {
      clear();
    }
  }

  /** Drops every entry. */
  public void clear() {
    entries.forEach(
        (k, v) -> {
          if (entries.remove(k, v)) {
            bytes.addAndGet(-v.body().length);
          }
        });
  }
}
