package org.strikewatch.cli;

import java.io.PrintWriter;
import java.util.List;
import org.strikewatch.cli.pipeline.Extractors;
import org.strikewatch.cli.pipeline.IngestPipeline;
import org.strikewatch.cli.pipeline.IngestSummary;
import org.strikewatch.cli.pipeline.ReportExtractor;
import org.strikewatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strikewatch reextract}: runs extraction again over stored reports. */
@Command(
    name = "reextract",
    mixinStandardHelpOptions = true,
    description =
        "Extract stored reports again (after an upgrade) and re-merge their incidents; user splits"
            + " are kept.")
public final class ReextractCommand implements Runnable {

  @Option(
      names = "--all",
      description = "Every report, not only those extracted by another extractor version.")
  boolean all;

  @Mixin DbOption db;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    ReportExtractor extractor = Extractors.standard();
    try (Store store = db.open()) {
      List<Long> ids = store.reportIdsForReextraction(all ? null : extractor.version());
      IngestSummary s = new IngestPipeline(store, extractor).reextract(ids);
      out.printf(
          "re-extracted %d report(s) with %s: failed %d; incidents created %d, merged %d%n",
          s.extracted(),
          extractor.version(),
          s.failed(),
          s.incidentsCreated(),
          s.incidentsMerged());
    }
    out.flush();
  }
}
