package org.strikewatch.geo.parse.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words and punctuation. A word is a run of letters and digits that may hold
 * apostrophes and hyphens between letters (Kup'iansk, Rostov-on-Don); a trailing possessive 's is
 * left out of the word.
 */
public final class Tokenizer {
  private static final java.util.Set<String> ABBREVIATIONS =
      java.util.Set.of("St", "Mt", "Ft", "Ste", "Pt");

  private Tokenizer() {}

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '\u2018' || c == '`';
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  /** Tokens of {@code text} in order. */
  public static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>(text.length() / 5 + 4);
    int n = text.length();
    int i = 0;
    boolean sentenceStart = true;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        boolean cyr = false;
        int letters = 0;
        int upper = 0;
        while (i < n) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            if (d >= 0x400 && d <= 0x4FF) {
              cyr = true;
            }
            if (Character.isLetter(d)) {
              letters++;
              if (Character.isUpperCase(d)) {
                upper++;
              }
            }
            i++;
          } else if ((isApostrophe(d) || isHyphen(d))
              && i + 1 < n
              && Character.isLetter(text.charAt(i + 1))) {
            if (isApostrophe(d)
                && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)))) {
              break; // possessive
            }
            i++;
          } else {
            break;
          }
        }
        // initialisms (U.S., U.K., U.A.E.) and St./Mt./Ft. before a name keep their periods
        if (i - start == 1
            && i + 2 < n
            && text.charAt(i) == '.'
            && Character.isUpperCase(text.charAt(start))
            && Character.isUpperCase(text.charAt(i + 1))
            && text.charAt(i + 2) == '.') {
          while (i + 2 < n
              && text.charAt(i) == '.'
              && Character.isUpperCase(text.charAt(i + 1))
              && text.charAt(i + 2) == '.') {
            i += 2;
          }
          i++;
          letters = upper = (i - start) / 2;
        } else if (i < n
            && text.charAt(i) == '.'
            && ABBREVIATIONS.contains(text.substring(start, i))) {
          i++;
        }
        boolean cap = Character.isUpperCase(text.charAt(start));
        boolean allCaps = letters > 1 && upper == letters;
        out.add(
            new Token(start, i, text.substring(start, i), true, cyr, cap, allCaps, sentenceStart));
        sentenceStart = false;
        continue;
      }
      if (Character.isWhitespace(c)) {
        if (c == '\n') {
          sentenceStart = true;
        }
        i++;
        continue;
      }
      if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
        sentenceStart = true;
      }
      out.add(new Token(i, i + 1, String.valueOf(c), false, false, false, false, false));
      i++;
    }
    return out;
  }
}
