package org.strikewatch.store.query.internal;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.Estimate;

/** Plain-English sentences for trends and claims. */
public final class Phrases {
  private Phrases() {}

  /** "2.4× more own-territory incidents in Mar–Apr 2024 than in Jan–Feb 2024, 95% CI 1.3–4.5". */
  public static String trend(String what, String labelA, String labelB, RateRatio r) {
    if (r.countA() + r.countB() == 0) {
      return "No " + what + " in " + labelA + " or in " + labelB + ": no ratio can be given";
    }
    if (r.ratio() == null) {
      return r.countA()
          + " "
          + what
          + " in "
          + labelA
          + " and none in "
          + labelB
          + ": no finite ratio, 95% CI lower bound "
          + number(r.low());
    }
    double ratio = r.ratio();
    String ci = ", 95% CI " + number(r.low()) + "–" + (r.high() == null ? "∞" : number(r.high()));
    String counts = " (" + r.countA() + " vs " + r.countB() + ")";
    if (ratio >= 1) {
      return number(ratio)
          + "× more "
          + what
          + " in "
          + labelA
          + " than in "
          + labelB
          + ci
          + counts;
    }
    return number(1 / ratio)
        + "× fewer "
        + what
        + " in "
        + labelA
        + " than in "
        + labelB
        + " (ratio "
        + number(ratio)
        + ")"
        + ci
        + counts;
  }

  /** Two significant decimals below 10, one above: 2.4, 0.62, 13.5. */
  public static String number(double d) {
    if (d == 0) {
      return "0";
    }
    if (Math.abs(d) < 1) {
      return String.format(Locale.ROOT, "%.2f", d);
    }
    return String.format(Locale.ROOT, "%.1f", d);
  }

  /** "at least 21", "21", "up to 30", "about 3000", "some", "21–30". */
  public static String count(@Nullable Estimate e) {
    if (e == null) {
      return "an unstated number of";
    }
    Integer low = e.low();
    Integer best = e.best();
    Integer high = e.high();
    if (low != null && high != null && low.equals(high)) {
      return low.toString();
    }
    if (low != null && high != null) {
      return low + "–" + high;
    }
    if (low != null && best == null) {
      return low == 1 ? "some" : "at least " + low;
    }
    if (low != null) {
      return "at least " + low;
    }
    if (high != null) {
      return "up to " + high;
    }
    if (best != null) {
      return "about " + best;
    }
    return "an unstated number of";
  }

  /**
   * Compares a claimed count with a held count: "matches", "fewer held than claimed", "more held
   * than claimed".
   */
  public static String verdict(@Nullable Estimate claimed, long held) {
    if (claimed == null) {
      return "no count to compare";
    }
    Integer low = claimed.low() != null ? claimed.low() : claimed.best();
    Integer high = claimed.high();
    if (high == null && claimed.low() == null && claimed.best() != null) {
      high = claimed.best();
    }
    if (low != null && held < low) {
      return "fewer held than claimed (" + (low - held) + " missing)";
    }
    if (high != null && held > high) {
      return "more held than claimed (" + (held - high) + " extra)";
    }
    return "held count consistent with the claim";
  }
}
