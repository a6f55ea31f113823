package org.strikewatch.model;

/** Checks of code shapes, without compiling a regular expression per record built. */
public final class IsoCodes {

  private IsoCodes() {}

  /** True when {@code s} is two ASCII capital letters ({@code [A-Z]{2}}). */
  public static boolean isUpperAlpha2(String s) {
    return s.length() == 2 && isUpper(s.charAt(0)) && isUpper(s.charAt(1));
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
