package org.strikewatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.strikewatch.eval.time.TimeEval;
import org.strikewatch.eval.time.TimexScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code strikewatch eval time}: the English temporal tagger on TempEval-3 platinum. */
@Command(
    name = "time",
    mixinStandardHelpOptions = true,
    description =
        "Score the English temporal tagger on TempEval-3 platinum (span, type and value F1).")
public final class TimeEvalCommand implements Callable<Integer> {

  @Mixin BenchmarksOption benchmarks;

  @Override
  public Integer call() {
    Path dir = benchmarks.dir(TimeEval.TEMPEVAL3_PLATINUM);
    TimexScores s = TimeEval.tempEval3(dir);
    System.out.print("TempEval-3 platinum (English, anchor = DCT)\n" + s.format());
    return 0;
  }
}
