package org.strikewatch.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.strikewatch.model.json.ExtractionJson;
import org.strikewatch.store.query.ClaimCheck;
import org.strikewatch.store.query.HeldIncident;
import org.strikewatch.store.query.IncidentQueries;
import org.strikewatch.store.query.QueryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strikewatch claims}: each stored claim beside the incidents held for it. */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description =
        "Show every stored claim beside the incidents held for the same subject, period and place.")
public final class ClaimsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin DbOption database = new DbOption();

  @Option(
      names = "--list",
      defaultValue = "20",
      paramLabel = "N",
      description = "List up to N held incidents per claim (default ${DEFAULT-VALUE}).")
  int list = 20;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "text or json (default ${DEFAULT-VALUE}).")
  String format = "text";

  @Override
  public Integer call() {
    if (list < 0 || list > IncidentQueries.MAX_PAGE) {
      throw new UserError("--list must be between 0 and " + IncidentQueries.MAX_PAGE + ": " + list);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (IncidentQueries q = database.openQueries(1)) {
      List<ClaimCheck> checks = q.claims(list);
      if (format.equalsIgnoreCase("json")) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        checks.forEach(c -> a.add(QueryJson.claimCheck(c)));
        out.println(ExtractionJson.pretty(a));
      } else if (format.equalsIgnoreCase("text")) {
        if (checks.isEmpty()) {
          out.println("No claims stored.");
        }
        for (ClaimCheck c : checks) {
          out.println(c.sentence());
          out.println(
              "  claim "
                  + c.claim().id()
                  + " from report "
                  + c.claim().reportId()
                  + (c.claim().url() != null ? " " + c.claim().url() : "")
                  + "; "
                  + c.verdict());
          for (HeldIncident h : c.incidents()) {
            out.println("  " + Tables.incidentRow(h).trim());
          }
          if (c.held() > c.incidents().size()) {
            out.println("  … and " + (c.held() - c.incidents().size()) + " more (raise --list)");
          }
          out.println();
        }
      } else {
        throw new UserError("--format must be text or json: " + format);
      }
    }
    out.flush();
    return 0;
  }
}
