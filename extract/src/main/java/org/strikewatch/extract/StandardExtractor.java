package org.strikewatch.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.strikewatch.geo.boundary.BoundaryGeography;
import org.strikewatch.geo.parse.GazetteerGeoparser;
import org.strikewatch.time.RuleBasedTemporalTagger;

/** The extractor Strikewatch runs: the rule-based stages over the set-up data. */
public final class StandardExtractor {

  private StandardExtractor() {}

  /**
   * Loads the gazetteer, boundaries and control layers from {@code dataDir} and builds the
   * extractor over them. The boundaries and control layers load on a second thread while this one
   * loads the gazetteer, so loading takes the longer of the two rather than their sum.
   *
   * @throws IOException when the data cannot be read
   * @throws IllegalStateException when the data is not set up or not usable
   */
  public static RuleBasedIncidentExtractor load(Path dataDir) throws IOException {
    FutureTask<BoundaryGeography> geography =
        new FutureTask<>(() -> BoundaryGeography.load(dataDir));
    Thread loader = new Thread(geography, "geography-loader");
    loader.setDaemon(true);
    loader.start();
    GazetteerGeoparser geoparser = GazetteerGeoparser.load(dataDir);
    return RuleBasedIncidentExtractor.builder()
        .temporalTagger(new RuleBasedTemporalTagger())
        .geoparser(geoparser)
        .geography(join(geography))
        .build();
  }

  /** The loaded geography, or the loader's own exception as if it had been thrown here. */
  private static BoundaryGeography join(FutureTask<BoundaryGeography> geography)
      throws IOException {
    try {
      return geography.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the geography", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("cannot load the geography: " + cause, cause);
    }
  }
}
