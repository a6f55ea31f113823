package org.strikewatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.strikewatch.bench.dedupe.DedupeScaling;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strikewatch bench-dedupe}: how de-duplication time grows with the database. */
@Command(
    name = "bench-dedupe",
    mixinStandardHelpOptions = true,
    description = "Time de-duplication of synthetic databases of growing size (scaling curve).")
public final class DedupeBenchCommand implements Runnable {

  @Option(
      names = "--sizes",
      split = ",",
      defaultValue = "10000,30000,100000,300000,1000000",
      description = "Numbers of incident mentions, comma-separated.")
  List<Integer> sizes;

  @Option(names = "--repeats", defaultValue = "3", description = "Runs per size; best is kept.")
  int repeats;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed.")
  long seed;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    if (repeats < 1) {
      throw new UserError("--repeats must be at least 1: " + repeats);
    }
    PrintWriter out = spec.commandLine().getOut();
    // warm the JIT on a small run
    DedupeScaling.measure(20_000, 2, seed + 1);
    out.println("mentions\tincidents\twall s\tcpu s\tcpu us/mention");
    for (int size : sizes) {
      if (size < 1) {
        throw new UserError("sizes must be positive: " + size);
      }
      DedupeScaling.Point p = DedupeScaling.measure(size, repeats, seed);
      out.printf(
          Locale.ROOT,
          "%d\t%d\t%.3f\t%.3f\t%.2f%n",
          p.mentions(),
          p.incidents(),
          p.seconds(),
          p.cpuSeconds(),
          p.cpuMicrosPerMention());
      out.flush();
    }
  }
}
