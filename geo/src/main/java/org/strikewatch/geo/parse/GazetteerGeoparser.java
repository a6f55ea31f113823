package org.strikewatch.geo.parse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.strikewatch.geo.Geoparser;
import org.strikewatch.geo.PlaceMention;
import org.strikewatch.geo.gazetteer.Gazetteer;
import org.strikewatch.geo.parse.internal.Engine;

/**
 * A {@link Geoparser} over the {@link Gazetteer}: dictionary spans in Latin and Cyrillic script
 * (with Russian and Ukrainian case endings), filtered by capitalisation and context, resolved by
 * population, kind, the other places in the text and a region of interest. Pure and thread-safe.
 */
public final class GazetteerGeoparser implements Geoparser {
  private final Gazetteer gazetteer;
  private final Engine engine;

  private GazetteerGeoparser(Gazetteer gazetteer, GeoparserOptions options) {
    this.gazetteer = gazetteer;
    this.engine = new Engine(gazetteer, options);
  }

  /** A geoparser over a loaded gazetteer. */
  public static GazetteerGeoparser create(Gazetteer gazetteer, GeoparserOptions options) {
    return new GazetteerGeoparser(gazetteer, options);
  }

  /** Loads the gazetteer from {@code dataDir} and builds a geoparser with default options. */
  public static GazetteerGeoparser load(Path dataDir) throws IOException {
    return create(Gazetteer.load(dataDir), GeoparserOptions.defaults());
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  @Override
  public List<PlaceMention> parse(String text, String language) {
    if (text == null) {
      throw new IllegalArgumentException("text is required");
    }
    return engine.parse(text);
  }

  /**
   * Resolves spans someone else found (e.g. gold toponyms): {@code spans} holds {start, end} UTF-16
   * offsets. Demonyms resolve to their country. Spans with no candidate are left out.
   */
  public List<PlaceMention> resolveSpans(String text, List<int[]> spans) {
    for (int[] s : spans) {
      if (s.length != 2 || s[0] < 0 || s[1] < s[0] || s[1] > text.length()) {
        throw new IllegalArgumentException("bad span: " + java.util.Arrays.toString(s));
      }
    }
    return engine.resolveSpans(text, spans);
  }
}
