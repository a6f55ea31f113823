package org.strikewatch.model;

import org.jspecify.annotations.Nullable;

/** Distance to the nearest international land border: as stated in the text, and as computed. */
public record BorderDistance(@Nullable Double stated, @Nullable Double computed) {

  public BorderDistance {
    if (stated != null && (stated < 0 || stated.isNaN())) {
      throw new IllegalArgumentException("stated border distance is negative: " + stated);
    }
    if (computed != null && (computed < 0 || computed.isNaN())) {
      throw new IllegalArgumentException("computed border distance is negative: " + computed);
    }
  }
}
