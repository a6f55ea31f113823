package org.strikewatch.eval.geo;

import java.util.List;

/**
 * A geoparsing benchmark as read from disk: its documents, how many gold spans the reader had to
 * move to where their text really is ({@code realigned}), and one line per gold entry or document
 * it left out, saying which and why ({@code skipped}).
 */
public record GeoCorpus(
    String name, List<GeoDocument> documents, int realigned, List<String> skipped) {

  public GeoCorpus {
    if (name.isBlank()) {
      throw new IllegalArgumentException("corpus name is blank");
    }
    if (realigned < 0) {
      throw new IllegalArgumentException("negative realigned count: " + realigned);
    }
    documents = List.copyOf(documents);
    skipped = List.copyOf(skipped);
  }
}
