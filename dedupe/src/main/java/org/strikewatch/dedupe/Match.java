package org.strikewatch.dedupe;

/**
 * The verdict of comparing two mentions: whether they describe the same strike, why (in words a
 * user can read in {@code strikewatch explain}), and a score that orders merges, higher first.
 */
public record Match(boolean same, String reason, double score) {

  public Match {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("match reason is required");
    }
    if (Double.isNaN(score)) {
      throw new IllegalArgumentException("match score is NaN");
    }
  }

  /** Two mentions of different strikes, for the given reason. */
  public static Match different(String reason) {
    return new Match(false, reason, 0);
  }
}
