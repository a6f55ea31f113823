package org.strikewatch.bench.geo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.strikewatch.bench.corpus.CorpusGenerator;
import org.strikewatch.bench.corpus.CorpusOptions;
import org.strikewatch.geo.gazetteer.Gazetteer;
import org.strikewatch.geo.parse.GazetteerGeoparser;
import org.strikewatch.geo.parse.GeoparserOptions;

/**
 * Measures the gazetteer's load time (each load reads and builds everything again), the heap the
 * loaded gazetteer holds, and single-thread geoparse throughput over generated ~3 KB English
 * reports.
 */
public final class GeoparseBench {

  /** The figures of one run. */
  public record Result(
      int places,
      double firstLoadSeconds,
      double medianLoadSeconds,
      double liveHeapMb,
      int reports,
      double averageReportBytes,
      double reportsPerSecond,
      double megabytesPerSecond,
      double reportsPerCpuSecond,
      double reportsPerProcessCpuSecond,
      double firstLoadCpuSeconds,
      double medianLoadCpuSeconds,
      int mentions) {}

  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private GeoparseBench() {}

  /** Runs the bench: {@code loads} loads, then {@code reports} reports parsed 3 times. */
  public static Result run(Path dataDir, int loads, int reports, long seed) throws IOException {
    if (loads < 1 || reports < 1) {
      throw new IllegalArgumentException("loads and reports must be positive");
    }
    double baseline = liveMb();
    double[] times = new double[loads];
    double[] cpu = new double[loads];
    Gazetteer gaz = null;
    for (int i = 0; i < loads; i++) {
      gaz = null;
      long c0 = CPU.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      gaz = Gazetteer.load(dataDir);
      times[i] = (System.nanoTime() - t0) / 1e9;
      cpu[i] = (CPU.getCurrentThreadCpuTime() - c0) / 1e9;
    }
    double first = times[0];
    double firstCpu = cpu[0];
    Arrays.sort(times);
    Arrays.sort(cpu);
    double median = times[times.length / 2];
    double medianCpu = cpu[cpu.length / 2];
    double heap = liveMb() - baseline;
    GazetteerGeoparser parser = GazetteerGeoparser.create(gaz, GeoparserOptions.defaults());
    CorpusGenerator gen = CorpusGenerator.withBuiltInPlaces(seed, CorpusOptions.english(3000));
    List<String> texts = new ArrayList<>(reports);
    long bytes = 0;
    for (int i = 0; i < reports; i++) {
      String t = gen.next().toReport().text();
      texts.add(t);
      bytes += t.getBytes(StandardCharsets.UTF_8).length;
    }
    int mentions = 0;
    for (int round = 0; round < 2; round++) {
      for (String t : texts) {
        mentions += parser.parse(t, "en").size();
      }
    }
    mentions = 0;
    long c0 = CPU.getCurrentThreadCpuTime();
    long p0 = processCpu();
    long t0 = System.nanoTime();
    for (int round = 0; round < 3; round++) {
      for (String t : texts) {
        mentions += parser.parse(t, "en").size();
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpuSeconds = (CPU.getCurrentThreadCpuTime() - c0) / 1e9;
    double processSeconds = (processCpu() - p0) / 1e9;
    return new Result(
        gaz.size(),
        first,
        median,
        heap,
        reports,
        bytes / (double) reports,
        3 * reports / seconds,
        3 * bytes / 1e6 / seconds,
        3 * reports / cpuSeconds,
        3 * reports / processSeconds,
        firstCpu,
        medianCpu,
        mentions / 3);
  }

  /** CPU time of the whole JVM (all threads, GC and JIT included), in ns. */
  private static long processCpu() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime();
    }
    return CPU.getCurrentThreadCpuTime();
  }

  private static double liveMb() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
  }
}
