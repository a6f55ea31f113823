package org.strikewatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.strikewatch.eval.SharedBenchmarks;
import org.strikewatch.eval.time.TimeEval;
import org.strikewatch.eval.time.TimexScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code strikewatch eval time}: the English temporal tagger on TempEval-3 platinum. */
@Command(
    name = "time",
    mixinStandardHelpOptions = true,
    description =
        "Score the English temporal tagger on TempEval-3 platinum (span, type and value F1).")
public final class TimeEvalCommand implements Callable<Integer> {

  @Option(
      names = "--benchmarks",
      paramLabel = "DIR",
      description = "The shared benchmark directory (default: ../shared/benchmarks).")
  @Nullable Path benchmarks;

  @Override
  public Integer call() {
    Path dir = benchmarksDir(benchmarks, TimeEval.TEMPEVAL3_PLATINUM);
    TimexScores s = TimeEval.tempEval3(dir);
    System.out.print("TempEval-3 platinum (English, anchor = DCT)\n" + s.format());
    return 0;
  }

  /** The benchmark directory, checked to contain {@code sub}; a user error otherwise. */
  static Path benchmarksDir(@Nullable Path given, String sub) {
    Path dir =
        given != null
            ? given
            : SharedBenchmarks.locate()
                .orElseThrow(
                    () ->
                        new UserError(
                            "benchmark directory not found: no shared/benchmarks beside the"
                                + " repository (give --benchmarks DIR)"));
    if (!Files.isDirectory(dir.resolve(sub))) {
      throw new UserError("benchmark not found: " + dir.resolve(sub));
    }
    return dir;
  }
}
