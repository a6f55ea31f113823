package org.strikewatch.eval.geo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds {@code ../shared/benchmarks} beside the repository (walking up from a directory). */
public final class Benchmarks {
  private Benchmarks() {}

  /** The benchmarks folder near {@code from}: {@code X/../shared/benchmarks} for X up the tree. */
  public static Optional<Path> locate(Path from) {
    for (Path d = from.toAbsolutePath(); d != null; d = d.getParent()) {
      Path sibling = d.resolveSibling("shared").resolve("benchmarks");
      if (d.getParent() != null && Files.isDirectory(sibling)) {
        return Optional.of(sibling);
      }
      Path inside = d.resolve("shared").resolve("benchmarks");
      if (Files.isDirectory(inside)) {
        return Optional.of(inside);
      }
    }
    return Optional.empty();
  }
}
