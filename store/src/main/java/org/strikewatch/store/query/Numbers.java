package org.strikewatch.store.query;

/** Parsing helpers whose messages name the option and the bad text. */
final class Numbers {
  private Numbers() {}

  static double parseDouble(String s, String what, String whole) {
    try {
      double d = Double.parseDouble(s);
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException(s);
      }
      return d;
    } catch (NumberFormatException ex) {
      throw new IllegalArgumentException(
          what + ": \"" + s + "\" is not a number (in \"" + whole + "\")", ex);
    }
  }
}
