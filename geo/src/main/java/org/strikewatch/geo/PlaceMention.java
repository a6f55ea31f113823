package org.strikewatch.geo;

import org.strikewatch.model.Place;

/**
 * One place mention: UTF-16 offsets into the text (end exclusive), the resolved place (its {@code
 * text} is the mention as written) and a 0..1 score.
 */
public record PlaceMention(int start, int end, Place place, double score) {

  public PlaceMention {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad place mention offsets: " + start + ".." + end);
    }
    if (place == null) {
      throw new IllegalArgumentException("place is required");
    }
  }
}
