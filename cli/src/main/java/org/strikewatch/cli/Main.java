package org.strikewatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code strikewatch} command. */
@Command(
    name = "strikewatch",
    mixinStandardHelpOptions = true,
    version = "strikewatch 0.1.0",
    usageHelpWidth = 160,
    description = "Turns war reports into a database and map of strike incidents.",
    subcommands = {
      CommandLine.HelpCommand.class,
      EvalCommand.class,
      ExtractCommand.class,
      GenerateCommand.class,
      IncidentsCommand.class,
      StatsCommand.class,
      TrendCommand.class,
      ClaimsCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      BenchCommand.class,
      DemoCommand.class,
      GeoparseCommand.class,
      PlaceCommand.class,
      DataCommand.class,
      IngestCommand.class,
      WatchCommand.class,
      ExplainCommand.class,
      SplitCommand.class,
      ReextractCommand.class,
      QuarantineCommand.class,
      DedupeBenchCommand.class,
      IngestBenchCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (2 for bad usage or unreadable input). */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExitCodeExceptionMapper(ex -> 2);
    cli.setExecutionExceptionHandler(new OneLineErrors());
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
