package org.strikewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.strikewatch.model.json.ExtractionJson;
import org.strikewatch.store.query.ExportFormat;
import org.strikewatch.store.query.IncidentFilter;
import org.strikewatch.store.query.IncidentPage;
import org.strikewatch.store.query.IncidentQueries;
import org.strikewatch.store.query.IncidentSort;
import org.strikewatch.store.query.IncidentWriter;
import org.strikewatch.store.query.QueryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strikewatch incidents}: lists stored incidents matching filters. */
@Command(
    name = "incidents",
    mixinStandardHelpOptions = true,
    description = "List stored incidents that match filters (table, json, csv or geojson).")
public final class IncidentsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DbOption database = new DbOption();
  @Mixin FilterOptions filters = new FilterOptions();

  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "FORMAT",
      description = "table, json, csv or geojson (default ${DEFAULT-VALUE}).")
  String format = "table";

  @Option(
      names = "--sort",
      defaultValue = "-date",
      paramLabel = "KEY",
      description = "date, -date, killed, -killed, id, -id (default ${DEFAULT-VALUE}).")
  String sort = "-date";

  @Option(
      names = "--limit",
      defaultValue = "50",
      paramLabel = "N",
      description = "At most N incidents, 1..1000 (default ${DEFAULT-VALUE}).")
  int limit = 50;

  @Override
  public Integer call() {
    IncidentFilter filter = filters.toFilter();
    IncidentSort order;
    try {
      order = IncidentSort.parse(sort);
    } catch (IllegalArgumentException e) {
      throw new UserError("--sort: " + e.getMessage());
    }
    if (limit < 1 || limit > IncidentQueries.MAX_PAGE) {
      throw new UserError(
          "--limit must be between 1 and " + IncidentQueries.MAX_PAGE + ": " + limit);
    }
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("table")
        && !fmt.equals("json")
        && !fmt.equals("csv")
        && !fmt.equals("geojson")) {
      throw new UserError("--format must be table, json, csv or geojson: " + format);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (IncidentQueries q = database.openQueries(1)) {
      IncidentPage page = q.find(filter, order, limit, null);
      switch (fmt) {
        case "json":
          out.println(ExtractionJson.pretty(QueryJson.page(page)));
          break;
        case "csv":
        case "geojson":
          out.print(render(page, fmt.equals("csv") ? ExportFormat.CSV : ExportFormat.GEOJSON));
          if (fmt.equals("geojson")) {
            out.println();
          }
          break;
        default:
          long total = q.count(filter);
          out.println(Tables.INCIDENT_HEADER);
          page.items().forEach(h -> out.println(Tables.incidentRow(h)));
          out.println(
              page.items().size()
                  + " of "
                  + total
                  + " "
                  + filter.describe()
                  + (page.nextCursor() != null ? " (raise --limit to see more)" : ""));
      }
    }
    out.flush();
    return 0;
  }

  private static String render(IncidentPage page, ExportFormat format) {
    StringWriter s = new StringWriter();
    try {
      IncidentWriter w = format.open(s, Instant.now());
      for (var h : page.items()) {
        w.write(h);
      }
      w.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return s.toString();
  }
}
