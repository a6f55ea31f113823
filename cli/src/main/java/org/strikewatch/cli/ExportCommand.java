package org.strikewatch.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.strikewatch.store.query.ExportFormat;
import org.strikewatch.store.query.IncidentQueries;
import org.strikewatch.store.query.IncidentSort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code strikewatch export}: writes matching incidents as CSV, GeoJSON or ACLED CSV. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export matching incidents as CSV (all fields), GeoJSON or ACLED-compatible CSV.")
public final class ExportCommand implements Callable<Integer> {

  @Mixin DbOption database = new DbOption();
  @Mixin FilterOptions filters = new FilterOptions();

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "csv, geojson or acled-csv.")
  String format = "csv";

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write here instead of standard output.")
  @Nullable Path output;

  @Override
  public Integer call() {
    ExportFormat f;
    try {
      f = ExportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new UserError("--format: " + e.getMessage());
    }
    var filter = filters.toFilter();
    try (IncidentQueries q = database.openQueries(1)) {
      long n;
      if (output == null) {
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        n = q.export(filter, new IncidentSort(IncidentSort.Key.DATE, false), f, w, Instant.now());
        w.flush();
      } else {
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
          n = q.export(filter, new IncidentSort(IncidentSort.Key.DATE, false), f, w, Instant.now());
        } catch (IOException e) {
          throw new UserError("cannot write " + output + ": " + e.getMessage());
        }
        System.err.println("export: wrote " + n + " incidents to " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }
}
