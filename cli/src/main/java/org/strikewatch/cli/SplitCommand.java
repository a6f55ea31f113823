package org.strikewatch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.strikewatch.cli.pipeline.StoreDeduplication;
import org.strikewatch.dedupe.BlockedLinkageDeduplicator;
import org.strikewatch.store.Store;
import org.strikewatch.store.StoredMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code strikewatch split INCIDENT --report R}: a report was merged into the wrong incident. The
 * decision is stored per report pair, so it survives re-extraction and re-clustering.
 */
@Command(
    name = "split",
    mixinStandardHelpOptions = true,
    description = "Split a report's mentions off an incident they were wrongly merged into.")
public final class SplitCommand implements Runnable {

  @Parameters(paramLabel = "INCIDENT", description = "Incident id.")
  long incidentId;

  @Option(names = "--report", required = true, paramLabel = "R", description = "Report id.")
  long reportId;

  @Mixin DbOption db;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = db.open()) {
      if (store.incident(incidentId).isEmpty()) {
        throw new UserError("no incident " + incidentId + " in " + store.describe());
      }
      List<StoredMention> mentions = store.mentionsOfIncident(incidentId);
      Set<Long> others = new TreeSet<>();
      boolean found = false;
      for (StoredMention m : mentions) {
        if (m.reportId() == reportId) {
          found = true;
        } else {
          others.add(m.reportId());
        }
      }
      if (!found) {
        throw new UserError("report " + reportId + " is not a source of incident " + incidentId);
      }
      if (others.isEmpty()) {
        throw new UserError("report " + reportId + " is the only source of incident " + incidentId);
      }
      store.inTransaction(
          () -> {
            for (long other : others) {
              store.addCannotLink(reportId, other, "split from incident " + incidentId);
            }
            store.recordMerge(
                incidentId, null, reportId, "split", "user split report " + reportId + " off");
            new StoreDeduplication(store, new BlockedLinkageDeduplicator())
                .integrate(mentions, Set.of());
          });
      StoredMention moved =
          store.mentionsOfReport(reportId).stream()
              .filter(m -> m.incidentId() != null && m.incidentId() != incidentId)
              .findFirst()
              .orElse(null);
      out.printf(
          "split report %d off incident %d%s%n",
          reportId,
          incidentId,
          moved == null ? "" : "; it is now in incident " + moved.incidentId());
    }
    out.flush();
  }
}
