package org.strikewatch.eval.time;

import java.util.Locale;

/**
 * TempEval-3 style figures. Strict: exact extents; relaxed: overlapping extents (one-to-one). Type
 * and value F1 are attribute accuracy over relaxed matches times relaxed F1, as the official scorer
 * computes them.
 */
public record TimexScores(
    int documents,
    int gold,
    int system,
    int strictMatches,
    int relaxedMatches,
    int typeCorrect,
    int valueCorrect) {

  public double strictPrecision() {
    return ratio(strictMatches, system);
  }

  public double strictRecall() {
    return ratio(strictMatches, gold);
  }

  public double strictF1() {
    return f1(strictPrecision(), strictRecall());
  }

  public double relaxedPrecision() {
    return ratio(relaxedMatches, system);
  }

  public double relaxedRecall() {
    return ratio(relaxedMatches, gold);
  }

  public double relaxedF1() {
    return f1(relaxedPrecision(), relaxedRecall());
  }

  public double typeF1() {
    return ratio(typeCorrect, relaxedMatches) * relaxedF1();
  }

  public double valueF1() {
    return ratio(valueCorrect, relaxedMatches) * relaxedF1();
  }

  /** Adds two score sheets. */
  public TimexScores plus(TimexScores o) {
    return new TimexScores(
        documents + o.documents,
        gold + o.gold,
        system + o.system,
        strictMatches + o.strictMatches,
        relaxedMatches + o.relaxedMatches,
        typeCorrect + o.typeCorrect,
        valueCorrect + o.valueCorrect);
  }

  /** A short multi-line report. */
  public String format() {
    return String.format(
        Locale.ROOT,
        "documents %d, gold %d, system %d%n"
            + "strict   P %.3f  R %.3f  F1 %.3f%n"
            + "relaxed  P %.3f  R %.3f  F1 %.3f%n"
            + "type F1  %.3f%n"
            + "value F1 %.3f%n",
        documents,
        gold,
        system,
        strictPrecision(),
        strictRecall(),
        strictF1(),
        relaxedPrecision(),
        relaxedRecall(),
        relaxedF1(),
        typeF1(),
        valueF1());
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
