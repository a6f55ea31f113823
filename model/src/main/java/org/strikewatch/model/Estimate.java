package org.strikewatch.model;

import org.jspecify.annotations.Nullable;

/**
 * A count as a report states it: {@code low} is a floor ("at least 1"), {@code best} the stated or
 * most likely figure, {@code high} a ceiling ("up to 10"). Any of them may be unknown.
 */
public record Estimate(@Nullable Integer low, @Nullable Integer best, @Nullable Integer high) {

  public Estimate {
    check("low", low);
    check("best", best);
    check("high", high);
    if (low != null && high != null && high < low) {
      throw new IllegalArgumentException("estimate high " + high + " below low " + low);
    }
  }

  private static void check(String name, @Nullable Integer v) {
    if (v != null && v < 0) {
      throw new IllegalArgumentException("estimate " + name + " is negative: " + v);
    }
  }

  /** An exact figure: low, best and high all equal. */
  public static Estimate exactly(int n) {
    return new Estimate(n, n, n);
  }

  /** "No casualties": all zero. */
  public static Estimate none() {
    return exactly(0);
  }

  /** "At least n": low and best n, no ceiling. */
  public static Estimate atLeast(int n) {
    return new Estimate(n, n, null);
  }

  /** "Roughly n": only a best figure. */
  public static Estimate about(int n) {
    return new Estimate(null, n, null);
  }

  /** A count hinted at but not given ("some residents"): at least one. */
  public static Estimate unspecified() {
    return new Estimate(1, null, null);
  }
}
