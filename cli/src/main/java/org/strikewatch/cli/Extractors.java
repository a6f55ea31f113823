package org.strikewatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
   * The extractor over the set-up data (gazetteer, geography), loaded on first use. The boundaries
   * and control layers load on a second thread while this one loads the gazetteer, so start-up
   * takes the longer of the two rather than their sum.
   *
   * @throws UserError when the data is not set up, saying what to run
   */
  public static synchronized IncidentExtractor fromData() {
    if (instance == null) {
      try {
        Path dataDir = Gazetteer.dataDir();
        FutureTask<BoundaryGeography> geography =
            new FutureTask<>(() -> BoundaryGeography.load(dataDir));
        Thread loader = new Thread(geography, "geography-loader");
        loader.setDaemon(true);
        loader.start();
        GazetteerGeoparser geoparser = GazetteerGeoparser.load(dataDir);
        RuleBasedIncidentExtractor.Builder builder =
            RuleBasedIncidentExtractor.builder()
                .temporalTagger(new RuleBasedTemporalTagger())
                .geoparser(geoparser);
        instance = builder.geography(join(geography)).build();
      } catch (IOException | IllegalStateException | UncheckedIOException e) {
        throw new UserError(e.getMessage());
      }
    }
    return instance;
  }

  /** The loaded geography, or the loader's own exception as if it had been thrown here. */
  private static BoundaryGeography join(FutureTask<BoundaryGeography> geography) {
    try {
      return geography.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the geography", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
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
