package org.strikewatch.cli;

import picocli.CommandLine;

/**
 * Turns exceptions from commands into one line on stderr: user errors and caller mistakes exit 2;
 * anything else is an internal error, still one line, exit 1.
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    String name = commandLine.getCommandName();
    if (ex instanceof UserError || ex instanceof IllegalArgumentException) {
      commandLine.getErr().println(name + ": " + ex.getMessage());
      return 2;
    }
    commandLine.getErr().println(name + ": internal error: " + ex);
    return 1;
  }
}
