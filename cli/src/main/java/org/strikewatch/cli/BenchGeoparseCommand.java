package org.strikewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.strikewatch.bench.geo.GeoparseBench;
import org.strikewatch.geo.gazetteer.Gazetteer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code strikewatch bench geoparse}: gazetteer load time, heap and geoparse throughput. */
@Command(
    name = "geoparse",
    mixinStandardHelpOptions = true,
    description = "Measure gazetteer load time and heap, and geoparse throughput on one thread.")
public final class BenchGeoparseCommand implements Runnable {

  @Option(names = "--reports", defaultValue = "2000", description = "Reports (~3 KB English).")
  int reports;

  @Option(names = "--loads", defaultValue = "5", description = "Gazetteer loads to time.")
  int loads;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    if (reports < 1 || loads < 1) {
      throw new UserError("--reports and --loads must be at least 1");
    }
    GeoparseBench.Result r;
    try {
      r = GeoparseBench.run(Gazetteer.dataDir(), loads, reports, 42);
    } catch (IOException | IllegalStateException e) {
      throw new UserError(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(String.format(Locale.ROOT, "gazetteer places        %,d", r.places()));
    out.println(
        String.format(
            Locale.ROOT,
            "gazetteer load          %.3f s first, %.3f s median of %d (CPU: %.3f s, %.3f s)",
            r.firstLoadSeconds(),
            r.medianLoadSeconds(),
            loads,
            r.firstLoadCpuSeconds(),
            r.medianLoadCpuSeconds()));
    out.println(String.format(Locale.ROOT, "gazetteer live heap     %.0f MB", r.liveHeapMb()));
    out.println(
        String.format(
            Locale.ROOT,
            "geoparse (1 thread)     %.0f reports/s wall; %.0f per thread-CPU-second, %.0f per"
                + " process-CPU-second; %.2f MB/s wall (%d reports of %.0f bytes, %d mentions"
                + " each pass)",
            r.reportsPerSecond(),
            r.reportsPerCpuSecond(),
            r.reportsPerProcessCpuSecond(),
            r.megabytesPerSecond(),
            r.reports(),
            r.averageReportBytes(),
            r.mentions()));
    out.println(
        String.format(
            Locale.ROOT, "max heap (-Xmx)         %d MB", Runtime.getRuntime().maxMemory() >> 20));
    out.flush();
  }
}
