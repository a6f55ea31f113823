package org.strikewatch.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.strikewatch.model.IncomingReport;

/**
 * The example reports bundled with the CLI (resources {@code org/strikewatch/cli/demo/}): short
 * invented reports in English, Russian and Ukrainian, listed in {@code reports.tsv} with their
 * language, publication date, source name and URL.
 */
public final class DemoReports {

  private static final String FOLDER = "/org/strikewatch/cli/demo/";

  private DemoReports() {}

  /** All bundled reports, in file order, with {@code fetchedAt} set to {@code now}. */
  public static List<IncomingReport> load(Instant now) {
    List<IncomingReport> reports = new ArrayList<>();
    String index = read("reports.tsv");
    int lineNo = 0;
    for (String line : index.split("\n", -1)) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 5) {
        throw new IllegalStateException(
            "reports.tsv line "
                + lineNo
                + ": expected 5 tab-separated columns, found "
                + cols.length);
      }
      reports.add(
          IncomingReport.builder(read(cols[0]), "demo:" + cols[0])
              .language(cols[1])
              .published(LocalDate.parse(cols[2]))
              .source(cols[3])
              .url(cols[4])
              .fetchedAt(now)
              .mediaType("text/plain")
              .build());
    }
    return List.copyOf(reports);
  }

  private static String read(String name) {
    try (InputStream in = DemoReports.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled demo resource missing: " + FOLDER + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read bundled demo resource " + name, e);
    }
  }
}
