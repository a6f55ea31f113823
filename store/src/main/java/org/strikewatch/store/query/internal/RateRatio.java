package org.strikewatch.store.query.internal;

import org.jspecify.annotations.Nullable;

/**
 * The ratio of two Poisson rates, (kA/tA)/(kB/tB), with an exact conditional confidence interval.
 *
 * <p>Given {@code n = kA + kB}, {@code kA} is Binomial(n, p) with {@code p = tA·R/(tA·R + tB)}. The
 * Clopper–Pearson interval [pL, pU] for {@code p} maps to {@code R = p/(1−p) · tB/tA}. The interval
 * is conservative (coverage at least the nominal level). {@code kB = 0} gives no finite upper bound
 * and no point estimate; {@code kA = 0} gives a lower bound of 0.
 */
public record RateRatio(
    long countA,
    double exposureA,
    long countB,
    double exposureB,
    @Nullable Double ratio,
    double low,
    @Nullable Double high) {

  /** The method named in outputs. */
  public static final String METHOD =
      "exact conditional (Clopper-Pearson on kA/(kA+kB)), 95%, Poisson counts";

  /** Computes the ratio and its {@code level} (e.g. 0.95) interval. */
  public static RateRatio of(long kA, double tA, long kB, double tB, double level) {
    if (kA < 0 || kB < 0) {
      throw new IllegalArgumentException("counts must be non-negative: " + kA + ", " + kB);
    }
    if (!(tA > 0) || !(tB > 0)) {
      throw new IllegalArgumentException("exposures must be positive: " + tA + ", " + tB);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
    }
    Double ratio = kB == 0 ? null : (kA / tA) / (kB / tB);
    long n = kA + kB;
    if (n == 0) {
      return new RateRatio(kA, tA, kB, tB, null, 0, null);
    }
    double alpha = 1 - level;
    double pLow = kA == 0 ? 0 : betaQuantile(alpha / 2, kA, n - kA + 1);
    double pHigh = kA == n ? 1 : betaQuantile(1 - alpha / 2, kA + 1, n - kA);
    double low = pLow / (1 - pLow) * tB / tA;
    Double high = pHigh >= 1 ? null : pHigh / (1 - pHigh) * tB / tA;
    return new RateRatio(kA, tA, kB, tB, ratio, low, high);
  }

  /** The {@code q}-quantile of Beta(a, b), by bisection on the regularised incomplete beta. */
  static double betaQuantile(double q, double a, double b) {
    double lo = 0;
    double hi = 1;
    for (int i = 0; i < 200 && hi - lo > 1e-15; i++) {
      double mid = (lo + hi) / 2;
      if (regularizedBeta(mid, a, b) < q) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  /** I_x(a, b), the regularised incomplete beta function. */
  static double regularizedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double lnFront =
        logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
    double front = Math.exp(lnFront);
    if (x < (a + 1) / (a + b + 2)) {
      return front * continuedFraction(x, a, b) / a;
    }
    return 1 - front * continuedFraction(1 - x, b, a) / b;
  }

  private static double continuedFraction(double x, double a, double b) {
    final double tiny = 1e-300;
    double qab = a + b;
    double qap = a + 1;
    double qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    if (Math.abs(d) < tiny) {
      d = tiny;
    }
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= 10_000; m++) {
      int m2 = 2 * m;
      double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1 / d;
      h *= d * c;
      aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
      d = 1 + aa * d;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1 / d;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) < 1e-15) {
        break;
      }
    }
    return h;
  }

  private static final double[] LANCZOS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };

  /** ln Γ(x) for x &gt; 0 (Lanczos, g = 7). */
  static double logGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    double z = x - 1;
    double sum = LANCZOS[0];
    double t = z + 7.5;
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (z + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
  }
}
