package org.strikewatch.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code strikewatch data}: manages the local geographic data. */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    description = "Manage local data: import control layers, add GeoNames dumps.",
    subcommands = {ImportControlCommand.class, AddGeoNamesCommand.class})
public final class DataCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
