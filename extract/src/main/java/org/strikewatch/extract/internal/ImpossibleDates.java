package org.strikewatch.extract.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds calendar dates that cannot exist — the 29th, 30th or 31st of February ("30 february", "feb
 * 31", "30 февраля", "31 лютого") and the 31st of a 30-day month ("31 april", "june 31", "31 июня",
 * "31 червня") — in folded (lower-case) text, in one pass without regular expressions.
 *
 * <p>A day is "29", "30" or "31" not glued to a letter or digit before it (the one UTF-16 char
 * before it, as the regular expression this replaced looked behind); a month word is not followed
 * by a letter (a whole code point); a day after a month is not followed by a digit; the two are
 * separated by whitespace ({@code [ \t\n\u000B\f\r]}). Matches are leftmost and do not overlap.
 * Pure and thread-safe; linear in the length of the text.
 */
public final class ImpossibleDates {

  private static final String[] FEBRUARY_AFTER_DAY = {"february", "feb", "февраля", "лютого"};

  private static final String[] THIRTY_DAY_AFTER_DAY = {
    "april",
    "june",
    "september",
    "november",
    "апреля",
    "июня",
    "сентября",
    "ноября",
    "квітня",
    "червня",
    "вересня",
    "листопада"
  };

  private static final String[] THIRTY_DAY_BEFORE_DAY = {"april", "june", "september", "november"};

  private ImpossibleDates() {}

  /** The spans {@code [start, end)} of impossible dates in {@code folded}, in text order. */
  public static List<int[]> find(String folded) {
    List<int[]> out = new ArrayList<>(0);
    int n = folded.length();
    int i = 0;
    while (i < n) {
      char c = folded.charAt(i);
      int end = -1;
      if (c == '2' || c == '3') {
        end = dayThenMonth(folded, i);
      } else if ((c == 'f' || c == 'a' || c == 'j' || c == 's' || c == 'n')
          && (i == 0 || !Character.isLetter(folded.charAt(i - 1)))) {
        end = monthThenDay(folded, i);
      }
      if (end > i) {
        out.add(new int[] {i, end});
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  /** "30 february", "31 april": the end of the date starting at {@code p}, or -1. */
  private static int dayThenMonth(String s, int p) {
    if (p + 2 > s.length() || letterOrDigitBefore(s, p)) {
      return -1;
    }
    char a = s.charAt(p);
    char b = s.charAt(p + 1);
    boolean feb = (a == '3' && (b == '0' || b == '1')) || (a == '2' && b == '9');
    if (!feb) {
      return -1;
    }
    int q = skipSpaces(s, p + 2);
    if (q == p + 2) {
      return -1;
    }
    int end = monthAt(s, q, FEBRUARY_AFTER_DAY, true);
    if (end < 0 && a == '3' && b == '1') {
      end = monthAt(s, q, THIRTY_DAY_AFTER_DAY, true);
    }
    return end;
  }

  /** "feb 30", "june 31": the end of the date starting at {@code p} (not after a letter), or -1. */
  private static int monthThenDay(String s, int p) {
    int n = s.length();
    // "february" first, then "feb": only one of them can be followed by whitespace
    int m = s.startsWith("february", p) ? p + 8 : s.startsWith("feb", p) ? p + 3 : -1;
    if (m > 0) {
      int q = skipSpaces(s, m);
      if (q > m && q + 2 <= n) {
        char a = s.charAt(q);
        char b = s.charAt(q + 1);
        boolean day = (a == '3' && (b == '0' || b == '1')) || (a == '2' && b == '9');
        if (day && !digitAt(s, q + 2)) {
          return q + 2;
        }
      }
      return -1;
    }
    for (String month : THIRTY_DAY_BEFORE_DAY) {
      if (s.startsWith(month, p)) {
        int e = p + month.length();
        int q = skipSpaces(s, e);
        if (q > e
            && q + 2 <= n
            && s.charAt(q) == '3'
            && s.charAt(q + 1) == '1'
            && !digitAt(s, q + 2)) {
          return q + 2;
        }
        return -1;
      }
    }
    return -1;
  }

  /** The end of the first of {@code months} at {@code q} not followed by a letter, or -1. */
  private static int monthAt(String s, int q, String[] months, boolean notBeforeLetter) {
    for (String month : months) {
      if (s.startsWith(month, q)) {
        int e = q + month.length();
        if (!notBeforeLetter || e >= s.length() || !Character.isLetter(s.codePointAt(e))) {
          return e;
        }
      }
    }
    return -1;
  }

  private static boolean letterOrDigitBefore(String s, int p) {
    if (p == 0) {
      return false;
    }
    char prev = s.charAt(p - 1);
    return (prev >= '0' && prev <= '9') || Character.isLetter(prev);
  }

  private static boolean digitAt(String s, int p) {
    return p < s.length() && s.charAt(p) >= '0' && s.charAt(p) <= '9';
  }

  private static int skipSpaces(String s, int p) {
    int q = p;
    while (q < s.length()) {
      char c = s.charAt(q);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
        break;
      }
      q++;
    }
    return q;
  }
}
