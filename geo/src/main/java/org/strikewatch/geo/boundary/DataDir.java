package org.strikewatch.geo.boundary;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the compiled data lives: the system property {@code strikewatch.data}, else the environment
 * variable {@code STRIKEWATCH_DATA}.
 */
public final class DataDir {

  private DataDir() {}

  /** The configured data dir, if any. */
  public static Optional<Path> configured() {
    String p = System.getProperty("strikewatch.data");
    if (p == null || p.isBlank()) {
      p = System.getenv("STRIKEWATCH_DATA");
    }
    return p == null || p.isBlank() ? Optional.empty() : Optional.of(Path.of(p));
  }

  /** The configured data dir, or an error saying how to set it. */
  public static Path require() {
    return configured()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no data dir: set -Dstrikewatch.data or STRIKEWATCH_DATA (./strikewatch does)"));
  }
}
