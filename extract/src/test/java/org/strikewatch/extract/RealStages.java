package org.strikewatch.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.strikewatch.geo.boundary.BoundaryGeography;
import org.strikewatch.geo.gazetteer.Gazetteer;
import org.strikewatch.geo.parse.GazetteerGeoparser;
import org.strikewatch.time.RuleBasedTemporalTagger;

/** The real stages over the data set up in {@code .data}, loaded once for all tests. */
final class RealStages {

  private static IncidentExtractor extractor;

  private RealStages() {}

  static Path dataDir() {
    String dir = System.getProperty("strikewatch.data");
    return dir == null ? Path.of(".data") : Path.of(dir);
  }

  static boolean available() {
    return Gazetteer.isInstalled(dataDir())
        && Files.isRegularFile(dataDir().resolve("geo/boundary/admin1.bin"));
  }

  static synchronized IncidentExtractor extractor() {
    if (extractor == null) {
      try {
        GazetteerGeoparser geoparser = GazetteerGeoparser.load(dataDir());
        extractor =
            RuleBasedIncidentExtractor.builder()
                .temporalTagger(new RuleBasedTemporalTagger())
                .geoparser(geoparser)
                .geography(BoundaryGeography.load(dataDir()))
                .build();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return extractor;
  }
}
