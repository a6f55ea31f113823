package org.strikewatch.geo.parse.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into words. A word is a run of letters and digits that may hold apostrophes and
 * hyphens between letters (Kup'iansk, Rostov-on-Don); a trailing possessive 's is left out of the
 * word; initialisms (U.S.) and St./Mt./Ft. keep their periods. Punctuation is not returned: callers
 * look at the text between words. A word starts a sentence after . ! ? … or a line break.
 */
public final class Tokenizer {
  private static final Set<String> ABBREVIATIONS = Set.of("St", "Mt", "Ft", "Ste", "Pt");

  private Tokenizer() {}

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018' || c == '`';
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isWordChar(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isLetter(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetter(c);
  }

  private static boolean isUpper(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z';
    }
    return Character.isUpperCase(c);
  }

  /** The words of {@code text} in order. */
  public static List<Token> tokenize(String text) {
    char[] s = text.toCharArray();
    int n = s.length;
    List<Token> out = new ArrayList<>(n / 6 + 4);
    int i = 0;
    boolean sentenceStart = true;
    while (i < n) {
      char c = s[i];
      if (!isWordChar(c)) {
        if (c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\n') {
          sentenceStart = true;
        }
        i++;
        continue;
      }
      int start = i;
      boolean cyr = false;
      int letters = 0;
      int upper = 0;
      while (i < n) {
        char d = s[i];
        if (isWordChar(d)) {
          if (d >= 0x400 && d <= 0x4FF) {
            cyr = true;
          }
          if (isLetter(d)) {
            letters++;
            if (isUpper(d)) {
              upper++;
            }
          }
          i++;
        } else if ((isApostrophe(d) || isHyphen(d)) && i + 1 < n && isLetter(s[i + 1])) {
          if (isApostrophe(d)
              && (s[i + 1] == 's' || s[i + 1] == 'S')
              && (i + 2 >= n || !isLetter(s[i + 2]))) {
            break; // possessive
          }
          i++;
        } else {
          break;
        }
      }
      // initialisms (U.S., U.K., U.A.E.) and St./Mt./Ft. before a name keep their periods
      boolean keepsPeriod = false;
      if (i - start == 1
          && i + 2 < n
          && s[i] == '.'
          && isUpper(s[start])
          && isUpper(s[i + 1])
          && s[i + 2] == '.') {
        while (i + 2 < n && s[i] == '.' && isUpper(s[i + 1]) && s[i + 2] == '.') {
          i += 2;
        }
        i++;
        letters = (i - start) / 2;
        upper = letters;
        keepsPeriod = true;
      } else if (i < n
          && s[i] == '.'
          && i - start <= 3
          && ABBREVIATIONS.contains(new String(s, start, i - start))) {
        i++;
        keepsPeriod = true;
      }
      boolean cap = isUpper(s[start]);
      boolean allCaps = letters > 1 && upper == letters;
      out.add(new Token(text, start, i, true, cyr, cap, allCaps, sentenceStart));
      sentenceStart = false;
      if (keepsPeriod) {
        continue;
      }
    }
    return out;
  }
}
