package org.strikewatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.strikewatch.extract.IncidentExtractor;
import org.strikewatch.extract.StandardExtractor;
import org.strikewatch.geo.gazetteer.Gazetteer;

/** Builds the extractor the CLI commands share, over the data directory, once per process. */
public final class Extractors {

  private static IncidentExtractor instance;

  private Extractors() {}

  /**
   * The extractor over the set-up data (gazetteer, geography), loaded on first use ({@link
   * StandardExtractor#load}).
   *
   * @throws UserError when the data is not set up, saying what to run
   */
  public static synchronized IncidentExtractor fromData() {
    if (instance == null) {
      try {
        instance = StandardExtractor.load(Gazetteer.dataDir());
      } catch (IOException | IllegalStateException | UncheckedIOException e) {
        throw new UserError(e.getMessage());
      }
    }
    return instance;
  }
}
