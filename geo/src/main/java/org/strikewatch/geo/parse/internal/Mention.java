package org.strikewatch.geo.parse.internal;

/** A candidate mention while the geoparser works on it. Mutable; confined to one parse call. */
final class Mention {
  /** How the mention names its place. */
  enum Mode {
    NAME,
    REGION,
    DISTRICT
  }

  final int start;
  final int end;
  final String text;
  final int[] candidates;
  final Mode mode;
  final String divisionLabel;
  final boolean strong;
  final boolean singleLatinWord;
  int chosen = -1;

  /** Some candidate is a country or large area named by its own name. */
  boolean primaryBigArea;

  double score;
  double margin;

  /** The next mention when this one is qualified by it ("Paris, Texas"); else null. */
  Mention qualifier;

  /** The mention this one qualifies; else null. */
  Mention qualified;

  /** A point given to an unresolved district from the text's region; else null. */
  double[] fallbackPoint;

  String fallbackCountry;
  String fallbackAdmin1;

  Mention(
      int start,
      int end,
      String text,
      int[] candidates,
      Mode mode,
      String divisionLabel,
      boolean strong,
      boolean singleLatinWord) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.candidates = candidates;
    this.mode = mode;
    this.divisionLabel = divisionLabel;
    this.strong = strong;
    this.singleLatinWord = singleLatinWord;
  }
}
