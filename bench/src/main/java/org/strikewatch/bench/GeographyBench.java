package org.strikewatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.strikewatch.geo.PointInfo;
import org.strikewatch.geo.boundary.BoundaryGeography;

/**
 * Measures the geography: time to load the compiled boundaries and control layers (cold, in this
 * JVM), heap held after loading, and the cost of {@code describe} for random points over Ukraine
 * and the Russian regions bordering it, on one thread.
 *
 * <p>Usage: {@code java -cp cli/target/strikewatch.jar org.strikewatch.bench.GeographyBench
 * DATA_DIR [LOOKUPS]}
 */
public final class GeographyBench {

  private GeographyBench() {}

  public static void main(String[] args) {
    Path data = Path.of(args.length > 0 ? args[0] : ".data");
    int lookups = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heap0 = rt.totalMemory() - rt.freeMemory();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long t0 = System.nanoTime();
    long c0 = mx.getCurrentThreadCpuTime();
    BoundaryGeography geo = BoundaryGeography.load(data);
    long loadNs = System.nanoTime() - t0;
    long loadCpu = mx.getCurrentThreadCpuTime() - c0;
    System.gc();
    long heap1 = rt.totalMemory() - rt.freeMemory();
    Random rnd = new Random(7);
    double[] lat = new double[4096];
    double[] lon = new double[4096];
    LocalDate[] day = new LocalDate[4096];
    for (int i = 0; i < lat.length; i++) {
      lat[i] = 44.3 + rnd.nextDouble() * (53.0 - 44.3);
      lon[i] = 22.0 + rnd.nextDouble() * (41.0 - 22.0);
      day[i] = LocalDate.of(2014, 1, 1).plusDays(rnd.nextInt(4500));
    }
    long sink = 0;
    for (int i = 0; i < 200_000; i++) {
      int k = i & 4095;
      sink += hash(geo.describe(lat[k], lon[k], day[k]));
    }
    long t1 = System.nanoTime();
    long c1 = mx.getCurrentThreadCpuTime();
    for (int i = 0; i < lookups; i++) {
      int k = i & 4095;
      sink += hash(geo.describe(lat[k], lon[k], day[k]));
    }
    long lookNs = System.nanoTime() - t1;
    long lookCpu = mx.getCurrentThreadCpuTime() - c1;
    System.out.printf(
        Locale.ROOT,
        "geography load: %.0f ms wall, %.0f ms CPU of the loading thread; heap after load: %.0f MB;"
            + " describe: %.2f us/lookup wall, %.2f us CPU (%,d lookups, one thread, %d regions,"
            + " %d control layers) [%d]%n",
        loadNs / 1e6,
        loadCpu / 1e6,
        (heap1 - heap0) / 1e6,
        lookNs / 1e3 / lookups,
        lookCpu / 1e3 / lookups,
        lookups,
        geo.regions().size(),
        geo.control().layers().size(),
        sink & 1);
  }

  private static long hash(PointInfo p) {
    return p.country() == null ? 0 : p.country().hashCode() + (p.controlledBy() == null ? 0 : 1);
  }
}
