package org.strikewatch.extract.internal;

/**
 * A number as written: token indexes (end exclusive), its value, and how vague it is.
 *
 * @param first first token index
 * @param last token index after the number
 * @param value the figure ("dozens" reads 12, "hundreds" 100, "several" 2, "some" 1)
 * @param vagueness how the figure was given
 */
public record NumberPhrase(int first, int last, long value, Vagueness vagueness) {

  /** How vague a number word is. */
  public enum Vagueness {
    /** Digits or a number word. */
    EXACT,
    /** "dozens", "десятки": at least a dozen. */
    DOZENS,
    /** "hundreds", "сотни". */
    HUNDREDS,
    /** "several", "несколько", "кілька": at least two, figure not given. */
    SEVERAL,
    /** "some": at least one, figure not given. */
    SOME
  }

  public NumberPhrase {
    if (first < 0 || last <= first) {
      throw new IllegalArgumentException("bad number token range: " + first + ".." + last);
    }
    if (value < 0) {
      throw new IllegalArgumentException("negative number: " + value);
    }
  }
}
