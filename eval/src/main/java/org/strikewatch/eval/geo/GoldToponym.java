package org.strikewatch.eval.geo;

import org.jspecify.annotations.Nullable;

/**
 * A gold toponym: UTF-16 offsets into its document, the text, the gold point (null when the corpus
 * gives none) and whether it counts for recognition scores.
 */
public record GoldToponym(
    int start,
    int end,
    String text,
    @Nullable Double lat,
    @Nullable Double lon,
    boolean recognise) {

  public GoldToponym {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad gold span: " + start + ".." + end);
    }
  }
}
