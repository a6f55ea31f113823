package org.strikewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strikewatch.eval.events.Case2021;
import org.strikewatch.eval.events.EventClass;
import org.strikewatch.eval.events.EventSnippet;
import org.strikewatch.eval.events.EventTypeEvaluator;
import org.strikewatch.eval.events.EventTypeScores;
import org.strikewatch.extract.IncidentExtractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code strikewatch eval case2021}: strike-type classification on CASE 2021 Task 2 snippets. */
@Command(
    name = "case2021",
    mixinStandardHelpOptions = true,
    description =
        "Score strike types (air strike; shelling/artillery/missile) on CASE 2021 Task 2.")
public final class EvalCase2021Command implements Runnable {

  @Mixin BenchmarksOption benchmarks;

  @Option(
      names = "--misses",
      paramLabel = "FILE",
      description = "Write one line per wrong prediction to FILE (for error analysis).")
  Path missesFile;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    Path dir = benchmarks.dir("CASE2021-Task2");
    Path folder = dir.resolve("CASE2021-Task2");
    if (!Files.isRegularFile(folder.resolve(Case2021.TEST_FILE))) {
      throw new UserError("no CASE 2021 test set at " + folder.resolve(Case2021.TEST_FILE));
    }
    List<EventSnippet> snippets;
    try {
      snippets = Case2021.read(folder);
    } catch (IOException e) {
      throw new UserError("cannot read the CASE 2021 test set: " + e.getMessage());
    }
    IncidentExtractor extractor = Extractors.fromData();
    List<String> misses = missesFile == null ? null : new ArrayList<>();
    EventTypeScores s = EventTypeEvaluator.evaluate(snippets, extractor::extract, misses);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "CASE 2021 Task 2: %d snippets; accuracy %.3f; strike macro-F1 %.3f%n",
        s.total(),
        s.accuracy(),
        s.strikeMacroF1());
    out.println("class             gold  pred     P      R     F1");
    for (EventClass c : EventClass.values()) {
      out.printf(
          Locale.ROOT,
          "%-15s %6d %5d  %.3f  %.3f  %.3f%n",
          c,
          s.gold(c),
          s.predicted(c),
          s.precision(c),
          s.recall(c),
          s.f1(c));
    }
    out.flush();
    if (missesFile != null) {
      try {
        Files.write(missesFile, misses);
      } catch (IOException e) {
        throw new UserError("cannot write " + missesFile + ": " + e.getMessage());
      }
    }
  }
}
