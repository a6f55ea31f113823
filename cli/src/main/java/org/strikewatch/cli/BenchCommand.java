package org.strikewatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code strikewatch bench}: performance benchmarks of the stages. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure the speed and memory of a stage.",
    subcommands = {BenchGeoparseCommand.class})
public final class BenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
