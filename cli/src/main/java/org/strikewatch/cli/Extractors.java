package org.strikewatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.strikewatch.extract.IncidentExtractor;
import org.strikewatch.extract.RuleBasedIncidentExtractor;
import org.strikewatch.geo.boundary.BoundaryGeography;
import org.strikewatch.geo.gazetteer.Gazetteer;
import org.strikewatch.geo.parse.GazetteerGeoparser;
import org.strikewatch.time.RuleBasedTemporalTagger;

/** Builds the extractor the CLI commands share, over the data directory, once per process. */
public final class Extractors {

  private static IncidentExtractor instance;

  private Extractors() {}

  /**
   * The extractor over the set-up data (gazetteer, geography), loaded on first use.
   *
   * @throws UserError when the data is not set up, saying what to run
   */
  public static synchronized IncidentExtractor fromData() {
    if (instance == null) {
      try {
        GazetteerGeoparser geoparser = GazetteerGeoparser.load(Gazetteer.dataDir());
        instance =
            RuleBasedIncidentExtractor.builder()
                .temporalTagger(new RuleBasedTemporalTagger())
                .geoparser(geoparser)
                .geography(BoundaryGeography.load(Gazetteer.dataDir()))
                .build();
      } catch (IOException | IllegalStateException | UncheckedIOException e) {
        throw new UserError(e.getMessage());
      }
    }
    return instance;
  }
}
