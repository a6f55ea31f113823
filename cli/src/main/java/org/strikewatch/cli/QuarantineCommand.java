package org.strikewatch.cli;

import java.io.PrintWriter;
import org.strikewatch.store.QuarantineEntry;
import org.strikewatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code strikewatch quarantine}: what could not be read, and why. */
@Command(
    name = "quarantine",
    mixinStandardHelpOptions = true,
    description = "Show input that could not be read as a report, with the reasons.",
    subcommands = {QuarantineCommand.ListCommand.class})
public final class QuarantineCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code strikewatch quarantine list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List quarantined input: id, time, origin, reason and an excerpt.")
  public static final class ListCommand implements Runnable {

    @Mixin DbOption db;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      PrintWriter out = spec.commandLine().getOut();
      try (Store store = db.open()) {
        int n = 0;
        for (QuarantineEntry q : store.quarantined()) {
          n++;
          out.printf(
              "%d\t%s\t%s\t%s%n", q.id(), q.at(), q.rejection().origin(), q.rejection().reason());
          if (q.rejection().excerpt() != null) {
            out.printf("\t%s%n", oneLine(q.rejection().excerpt()));
          }
        }
        out.printf("%d quarantined%n", n);
      }
      out.flush();
    }

    private static String oneLine(String s) {
      String flat = s.replaceAll("\\s+", " ").strip();
      return flat.length() > 120 ? flat.substring(0, 119) + "…" : flat;
    }
  }
}
