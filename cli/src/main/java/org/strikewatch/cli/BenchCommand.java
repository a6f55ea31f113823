package org.strikewatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code strikewatch bench}: performance harnesses (figures go to docs/performance.md). */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Performance harnesses: seed a large synthetic database, time queries.",
    subcommands = {BenchSeedDbCommand.class, BenchQueriesCommand.class, BenchGeoparseCommand.class})
public final class BenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
