package org.strikewatch.dedupe;

/** Decides whether two incident mentions describe the same strike. Symmetric and pure. */
public interface IncidentMatcher {

  /** Compares two mentions; {@code match(a, b)} and {@code match(b, a)} agree. */
  Match match(Mention a, Mention b);
}
