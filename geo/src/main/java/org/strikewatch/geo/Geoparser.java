package org.strikewatch.geo;

import java.util.List;

/** Finds place mentions in a text and resolves each to a gazetteer place. Pure, thread-safe. */
public interface Geoparser {

  /**
   * Geoparses {@code text}.
   *
   * @param language ISO 639-1 code: "en", "ru" or "uk"
   * @return resolved mentions in text order, non-overlapping
   */
  List<PlaceMention> parse(String text, String language);
}
