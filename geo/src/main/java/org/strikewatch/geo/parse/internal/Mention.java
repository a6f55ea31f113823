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
  double score;
  double margin;

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
