package org.strikewatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the live heap: the heap in use right after each garbage collection (what the program
 * really holds, not garbage waiting to be collected), sampled in the background; its peak is the
 * figure the performance targets mean by "peak heap".
 */
public final class HeapWatcher implements AutoCloseable {

  private final List<MemoryPoolMXBean> pools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
          .toList();
  private final AtomicLong peak = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  /** Starts sampling every 20 ms. */
  public HeapWatcher() {
    sampler =
        new Thread(
            () -> {
              while (running) {
                sample();
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-watcher");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    long used = 0;
    for (MemoryPoolMXBean pool : pools) {
      MemoryUsage after = pool.getCollectionUsage();
      if (after != null) {
        used += after.getUsed();
      }
    }
    peak.accumulateAndGet(used, Math::max);
  }

  /** Collects garbage and samples once, so the current live set counts. */
  public void checkpoint() {
    System.gc();
    sample();
  }

  /** The largest live heap seen, in MB. */
  public double peakLiveMb() {
    sample();
    return peak.get() / (1024.0 * 1024.0);
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
