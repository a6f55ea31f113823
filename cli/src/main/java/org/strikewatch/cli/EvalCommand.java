package org.strikewatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code strikewatch eval}: scores a stage against a public benchmark and prints the figures. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score a stage against a public benchmark (../shared/benchmarks).",
    subcommands = {
      EvalGeoCommand.class,
      TimeEvalCommand.class,
      TimeUkEvalCommand.class,
      EvalCase2021Command.class
    })
public final class EvalCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
