package org.strikewatch.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared benchmark directory: {@code shared/benchmarks} beside the repository or one of
 * its ancestors ({@code ../shared} relative to the repository root, also from a worktree).
 */
public final class SharedBenchmarks {

  private SharedBenchmarks() {}

  /** Looks for {@code shared/benchmarks} in {@code start} and each of its ancestors. */
  public static Optional<Path> locate(Path start) {
    for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("benchmarks");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Locates from the Maven multi-module directory when set (in tests), else the working directory.
   */
  public static Optional<Path> locate() {
    String root = System.getProperty("maven.multiModuleProjectDirectory");
    return locate(Path.of(root != null ? root : System.getProperty("user.dir")));
  }
}
