package org.strikewatch.store.query.internal;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikewatch.store.query.QueryException;

/**
 * Keeps a {@link MemoryIndex} of a SQLite database current. Every question first reads SQLite's
 * {@code data_version}; when the database changed since the index was read (a write by this process
 * or any other), the question is answered by SQL and a new index is read in the background. So
 * answers never come from a stale copy. Rebuilds are spaced out (at least twice the last build's
 * time apart) so a database under constant writes mostly answers by SQL rather than rebuilding
 * without pause.
 */
final class MemorySnapshots implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MemorySnapshots.class);

  private final ReadPool pool;
  private final int renderedCapacity;
  private final ScheduledExecutorService builder;
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private volatile @Nullable MemoryIndex current;
  private volatile long unsupportedVersion = Long.MIN_VALUE;
  private volatile long notBeforeNanos;

  private MemorySnapshots(ReadPool pool, int renderedCapacity) {
    this.pool = pool;
    this.renderedCapacity = renderedCapacity;
    this.builder =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "strikewatch-memory-index");
              t.setDaemon(true);
              return t;
            });
  }

  /** Reads the first index now (so the first questions are answered from memory). */
  static MemorySnapshots open(ReadPool pool, int renderedCapacity) {
    MemorySnapshots s = new MemorySnapshots(pool, renderedCapacity);
    s.build();
    return s;
  }

  /** The index if it reflects the database as it is now; otherwise empty (and a rebuild starts). */
  Optional<MemoryIndex> current() {
    MemoryIndex idx = current;
    long version = pool.dataVersion();
    if (idx != null && idx.version == version) {
      return Optional.of(idx);
    }
    if (version != unsupportedVersion) {
      scheduleBuild();
    }
    return Optional.empty();
  }

  private void scheduleBuild() {
    if (!scheduled.compareAndSet(false, true)) {
      return;
    }
    long delay = Math.max(0, notBeforeNanos - System.nanoTime());
    try {
      builder.schedule(
          () -> {
            scheduled.set(false);
            build();
          },
          delay,
          TimeUnit.NANOSECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      scheduled.set(false); // closed
    }
  }

  private void build() {
    long t0 = System.nanoTime();
    // The version is read before the rows: a commit in between makes the index look older than
    // it is, which only costs a rebuild, never a stale answer.
    long version = pool.dataVersion();
    MemoryIndex old = current;
    if (old != null && old.version == version) {
      return;
    }
    try {
      Optional<MemoryIndex> idx = pool.with(c -> MemoryIndex.build(c, version, renderedCapacity));
      if (idx.isPresent()) {
        current = idx.get();
        LOG.debug(
            "in-memory index of {} incidents read in {} ms",
            idx.get().size(),
            (System.nanoTime() - t0) / 1_000_000);
      } else {
        current = null;
        unsupportedVersion = version;
        LOG.info("database holds values the in-memory index cannot hold exactly; answering by SQL");
      }
    } catch (QueryException e) {
      LOG.warn("cannot read the in-memory index; answering by SQL: {}", e.getMessage(), e);
    }
    long took = System.nanoTime() - t0;
    notBeforeNanos = System.nanoTime() + 2 * took;
  }

  @Override
  public void close() {
    builder.shutdownNow();
    try {
      builder.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
