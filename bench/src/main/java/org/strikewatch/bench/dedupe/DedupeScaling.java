package org.strikewatch.bench.dedupe;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Set;
import org.strikewatch.dedupe.BlockedLinkageDeduplicator;
import org.strikewatch.dedupe.Mention;
import org.strikewatch.dedupe.MergedIncident;

/** Times de-duplication of synthetic databases of growing size. */
public final class DedupeScaling {

  private DedupeScaling() {}

  /**
   * One measurement: mentions in, incidents out, best wall time and best CPU time (of the one
   * thread de-duplication runs on; on a shared machine the CPU time is the steadier figure).
   */
  public record Point(int mentions, int incidents, double seconds, double cpuSeconds) {
    /** CPU microseconds per mention. */
    public double cpuMicrosPerMention() {
      return cpuSeconds * 1e6 / mentions;
    }
  }

  /** De-duplicates {@code size} synthetic mentions {@code repeats} times; keeps the best time. */
  public static Point measure(int size, int repeats, long seed) {
    List<Mention> mentions = SyntheticMentions.generate(size, seed);
    BlockedLinkageDeduplicator dedupe = new BlockedLinkageDeduplicator();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double best = Double.MAX_VALUE;
    double bestCpu = Double.MAX_VALUE;
    int incidents = 0;
    for (int r = 0; r < repeats; r++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      List<MergedIncident> out = dedupe.deduplicate(mentions, Set.of());
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
      bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - c0) / 1e9);
      incidents = out.size();
    }
    return new Point(mentions.size(), incidents, best, bestCpu);
  }
}
