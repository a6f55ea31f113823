package org.strikewatch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.strikewatch.model.json.ExtractionJson;
import org.strikewatch.store.query.IncidentQueries;
import org.strikewatch.store.query.Period;
import org.strikewatch.store.query.QueryJson;
import org.strikewatch.store.query.Trend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strikewatch trend}: compares incident rates in two periods. */
@Command(
    name = "trend",
    mixinStandardHelpOptions = true,
    description = "Compare incident rates in two periods: ratio with a 95%% confidence interval.")
public final class TrendCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DbOption database = new DbOption();
  @Mixin FilterOptions filters = new FilterOptions();

  @Option(
      names = "--period",
      required = true,
      paramLabel = "A",
      description = "Period A, e.g. 2024-03..2024-04 or 2024-03-01..2024-04-30.")
  String period = "";

  @Option(names = "--vs", required = true, paramLabel = "B", description = "Period B, same forms.")
  String vs = "";

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text or json (default ${DEFAULT-VALUE}).")
  String format = "text";

  @Override
  public Integer call() {
    Period a = period("--period", period);
    Period b = period("--vs", vs);
    PrintWriter out = spec.commandLine().getOut();
    try (IncidentQueries q = database.openQueries(1)) {
      Trend t = q.trend(filters.toFilter(), a, b);
      if (format.equalsIgnoreCase("json")) {
        out.println(ExtractionJson.pretty(QueryJson.trend(t)));
      } else if (format.equalsIgnoreCase("text")) {
        out.println(t.sentence());
        out.println(
            String.format(
                Locale.ROOT,
                "  A %-24s %6d incidents in %4d days = %.3f/day",
                a.label() + " (" + a + ")",
                t.countA(),
                a.days(),
                t.ratePerDayA()));
        out.println(
            String.format(
                Locale.ROOT,
                "  B %-24s %6d incidents in %4d days = %.3f/day",
                b.label() + " (" + b + ")",
                t.countB(),
                b.days(),
                t.ratePerDayB()));
        out.println(
            "  ratio A/B "
                + (t.ratio() == null ? "undefined" : String.format(Locale.ROOT, "%.3f", t.ratio()))
                + ", 95% CI "
                + String.format(Locale.ROOT, "%.3f", t.ciLow())
                + "–"
                + (t.ciHigh() == null ? "∞" : String.format(Locale.ROOT, "%.3f", t.ciHigh())));
        out.println("  method: " + t.method());
      } else {
        throw new UserError("--format must be text or json: " + format);
      }
    }
    out.flush();
    return 0;
  }

  private static Period period(String option, String value) {
    try {
      return Period.parse(value);
    } catch (IllegalArgumentException e) {
      throw new UserError(option + ": " + e.getMessage());
    }
  }
}
