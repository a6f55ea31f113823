package org.strikewatch.dedupe;

/** Decides whether two incident mentions describe the same strike. Symmetric and pure. */
public interface IncidentMatcher {

  /** Compares two mentions; {@code match(a, b)} and {@code match(b, a)} agree. */
  Match match(Mention a, Mention b);

  /**
   * The score of {@link #match} when the mentions describe the same strike, else a negative number;
   * a fast path that need not build the reason.
   */
  default double score(Mention a, Mention b) {
    Match m = match(a, b);
    return m.same() ? m.score() : -1;
  }
}
