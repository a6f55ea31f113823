package org.strikewatch.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.strikewatch.dedupe.Disagreement;
import org.strikewatch.dedupe.Link;
import org.strikewatch.dedupe.MentionId;
import org.strikewatch.dedupe.Provenance;
import org.strikewatch.model.Incident;
import org.strikewatch.model.Place;
import org.strikewatch.model.Weapon;
import org.strikewatch.store.MergeEvent;
import org.strikewatch.store.Store;
import org.strikewatch.store.StoredIncident;
import org.strikewatch.store.StoredMention;
import org.strikewatch.store.StoredReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code strikewatch explain INCIDENT}: why the reports of an incident were merged. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Show an incident's sources, why they were merged, and where they disagree.")
public final class ExplainCommand implements Runnable {

  @Parameters(paramLabel = "INCIDENT", description = "Incident id.")
  long incidentId;

  @Mixin DbOption db;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    try (Store store = db.open()) {
      StoredIncident stored =
          store
              .incident(incidentId)
              .orElseThrow(
                  () -> new UserError("no incident " + incidentId + " in " + store.describe()));
      Incident i = stored.incident();
      out.printf("incident %d: %s%n", incidentId, summary(i));
      List<StoredMention> mentions = store.mentionsOfIncident(incidentId);
      Map<MentionId, String> labels = new HashMap<>();
      out.printf("%d source(s):%n", mentions.size());
      for (StoredMention m : mentions) {
        String label = "report " + m.reportId() + (m.index() == 0 ? "" : " #" + m.index());
        labels.put(new MentionId(m.reportKey(), m.index()), label);
        StoredReport r = store.report(m.reportId()).orElse(null);
        String where =
            r == null
                ? ""
                : r.received().url() != null ? r.received().url() : r.received().origin();
        out.printf("  %s (%s): %s%n", label, where, summary(m.incident()));
      }
      Provenance p = Provenance.parse(stored.provenanceJson());
      if (!p.links().isEmpty()) {
        out.println("merged because:");
        for (Link link : p.links()) {
          out.printf(
              "  %s + %s: %s%n",
              labels.getOrDefault(link.a(), link.a().toString()),
              labels.getOrDefault(link.b(), link.b().toString()),
              link.reason());
        }
      }
      if (!p.disagreements().isEmpty()) {
        out.println("sources disagree on:");
        for (Disagreement d : p.disagreements()) {
          out.printf("  %s:%n", d.field());
          d.values()
              .forEach(
                  (id, v) -> out.printf("    %s: %s%n", labels.getOrDefault(id, id.toString()), v));
        }
      }
      List<MergeEvent> history = store.history(incidentId);
      if (!history.isEmpty()) {
        out.println("history:");
        for (MergeEvent e : history) {
          out.printf(
              "  %s %s%s: %s%n",
              e.at(),
              e.action(),
              e.reportId() == null ? "" : " report " + e.reportId(),
              e.reason());
        }
      }
    }
    out.flush();
  }

  static String summary(Incident i) {
    Place p = i.where();
    String when =
        i.when().isResolved()
            ? (i.when().start().equals(i.when().end())
                ? i.when().start().toString()
                : i.when().start() + ".." + i.when().end())
            : "time unknown";
    String place = p.name() != null ? p.name() : p.admin1() != null ? p.admin1() : "place unknown";
    StringBuilder b = new StringBuilder();
    b.append(when).append(", ").append(place).append(" (").append(p.precision().code()).append(')');
    if (!i.weapons().isEmpty()) {
      b.append(", ").append(String.join(",", i.weapons().stream().map(Weapon::code).toList()));
    }
    if (i.launchedBy() != null) {
      b.append(", by ").append(i.launchedBy());
    }
    if (i.killed() != null) {
      b.append(", killed ").append(estimate(i.killed()));
    }
    if (i.injured() != null) {
      b.append(", injured ").append(estimate(i.injured()));
    }
    return b.toString();
  }

  private static String estimate(org.strikewatch.model.Estimate e) {
    if (e.low() != null && e.low().equals(e.best()) && e.low().equals(e.high())) {
      return String.valueOf(e.low());
    }
    return (e.low() == null ? "?" : e.low())
        + "/"
        + (e.best() == null ? "?" : e.best())
        + "/"
        + (e.high() == null ? "?" : e.high());
  }
}
