package org.strikewatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.strikewatch.eval.SharedBenchmarks;
import picocli.CommandLine.Option;

/** The {@code --benchmarks DIR} option of the eval commands, defaulting to ../shared/benchmarks. */
public final class BenchmarksOption {

  @Option(
      names = "--benchmarks",
      paramLabel = "DIR",
      description = "The shared benchmark directory (default: ../shared/benchmarks).")
  @Nullable Path benchmarks;

  /** The benchmark directory, checked to contain {@code sub}; a user error otherwise. */
  Path dir(String sub) {
    Path dir =
        benchmarks != null
            ? benchmarks
            : SharedBenchmarks.locate()
                .orElseThrow(
                    () ->
                        new UserError(
                            "benchmark directory not found: no shared/benchmarks beside the"
                                + " repository (give --benchmarks DIR)"));
    if (!Files.exists(dir.resolve(sub))) {
      throw new UserError("benchmark not found: " + dir.resolve(sub));
    }
    return dir;
  }
}
