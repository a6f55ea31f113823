package org.strikewatch.eval.geo;

import java.util.List;

/**
 * One evaluation document: its text, the toponyms to recognise, and the toponyms to resolve given
 * their spans (for GeoWebNews a separate gold set; for LGL the same toponyms).
 */
public record GeoDocument(
    String id, String text, List<GoldToponym> recognition, List<GoldToponym> resolution) {

  public GeoDocument {
    recognition = List.copyOf(recognition);
    resolution = List.copyOf(resolution);
  }
}
