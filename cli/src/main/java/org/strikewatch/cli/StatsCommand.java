package org.strikewatch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.json.ExtractionJson;
import org.strikewatch.store.query.IncidentQueries;
import org.strikewatch.store.query.QueryJson;
import org.strikewatch.store.query.Stats;
import org.strikewatch.store.query.StatsRequest;
import org.strikewatch.store.query.StatsRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strikewatch stats}: counts and casualty sums per day, week or month. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Count incidents and sum casualties per day, week or month, with a bar chart.")
public final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DbOption database = new DbOption();
  @Mixin FilterOptions filters = new FilterOptions();

  @Option(
      names = "--by",
      defaultValue = "month",
      paramLabel = "BUCKET",
      description = "day, week or month (default ${DEFAULT-VALUE}).")
  String by = "month";

  @Option(
      names = "--group",
      paramLabel = "FIELD",
      description = "admin1, weapon, launchedBy or ownTerritory.")
  @Nullable String group;

  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "FORMAT",
      description = "table or json (default ${DEFAULT-VALUE}).")
  String format = "table";

  @Override
  public Integer call() {
    StatsRequest request;
    try {
      request =
          new StatsRequest(
              StatsRequest.Bucket.parse(by),
              group == null ? null : StatsRequest.Group.parse(group));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    boolean json = format.equalsIgnoreCase("json");
    if (!json && !format.equalsIgnoreCase("table")) {
      throw new UserError("--format must be table or json: " + format);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (IncidentQueries q = database.openQueries(1)) {
      Stats stats = q.stats(filters.toFilter(), request);
      if (json) {
        out.println(ExtractionJson.pretty(QueryJson.stats(stats)));
      } else {
        print(out, stats);
      }
    }
    out.flush();
    return 0;
  }

  static void print(PrintWriter out, Stats stats) {
    boolean grouped = stats.request().group() != null;
    long max = stats.rows().stream().mapToLong(StatsRow::incidents).max().orElse(0);
    out.println(
        String.format(
            Locale.ROOT,
            "%-10s %-16s %6s %11s %11s %11s  %s",
            stats.request().bucket().code().toUpperCase(Locale.ROOT),
            grouped ? stats.request().group().code().toUpperCase(Locale.ROOT) : "",
            "N",
            "KILLED b/lo",
            "INJURED b/lo",
            "EVAC b/lo",
            ""));
    long n = 0;
    long kb = 0;
    long kl = 0;
    long ib = 0;
    long il = 0;
    long eb = 0;
    long el = 0;
    for (StatsRow r : stats.rows()) {
      out.println(
          String.format(
              Locale.ROOT,
              "%-10s %-16s %6d %11s %11s %11s  %s",
              r.bucket(),
              grouped ? Tables.cut(r.group() == null ? "(unknown)" : r.group(), 16) : "",
              r.incidents(),
              r.killedBest() + "/" + r.killedLow(),
              r.injuredBest() + "/" + r.injuredLow(),
              r.evacuatedBest() + "/" + r.evacuatedLow(),
              Tables.bar(r.incidents(), max, 24)));
      n += r.incidents();
      kb += r.killedBest();
      kl += r.killedLow();
      ib += r.injuredBest();
      il += r.injuredLow();
      eb += r.evacuatedBest();
      el += r.evacuatedLow();
    }
    out.println(
        String.format(
            Locale.ROOT,
            "%-10s %-16s %6d %11s %11s %11s",
            "total",
            "",
            n,
            kb + "/" + kl,
            ib + "/" + il,
            eb + "/" + el));
    out.println("(" + stats.filter().describe() + "; incidents without a date are not counted)");
  }
}
