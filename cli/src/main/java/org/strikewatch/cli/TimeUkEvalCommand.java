package org.strikewatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.strikewatch.eval.time.TimeEval;
import org.strikewatch.eval.time.TimexScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code strikewatch eval time-uk}: the Ukrainian temporal tagger on WikiWarsUA. */
@Command(
    name = "time-uk",
    mixinStandardHelpOptions = true,
    description = "Score the Ukrainian temporal tagger on WikiWarsUA (span, type and value F1).")
public final class TimeUkEvalCommand implements Callable<Integer> {

  @Mixin BenchmarksOption benchmarks;

  @Override
  public Integer call() {
    Path dir = benchmarks.dir(TimeEval.WIKIWARS_UA);
    TimexScores s = TimeEval.wikiWarsUa(dir);
    System.out.print("WikiWarsUA (Ukrainian, narrative reference)\n" + s.format());
    return 0;
  }
}
