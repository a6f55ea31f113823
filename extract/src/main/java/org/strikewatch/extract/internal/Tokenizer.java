package org.strikewatch.extract.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits folded text into words (letters and digits, joined across an inner hyphen or apostrophe:
 * "fab-500", "п'ятеро", "russian-occupied"), numbers ("3,000", "1,6") and single punctuation marks.
 * Linear in the length of the text.
 */
public final class Tokenizer {

  private static final int MAX_TOKEN = 64;

  private Tokenizer() {}

  /**
   * Tokens of {@code folded} between {@code from} and {@code to}; {@code normalized} (same length)
   * tells capitals apart.
   */
  public static List<Token> tokenize(String folded, String normalized, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = folded.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (Character.isDigit(c)) {
        int s = i;
        while (i < to
            && (Character.isDigit(folded.charAt(i))
                || ((folded.charAt(i) == ',' || folded.charAt(i) == '.')
                    && i + 1 < to
                    && Character.isDigit(folded.charAt(i + 1))))) {
          i++;
        }
        boolean word = false;
        while (i < to && i - s < MAX_TOKEN && isWordChar(folded.charAt(i))) {
          word = true;
          i++;
        }
        while (i + 1 < to
            && i - s < MAX_TOKEN
            && isJoiner(folded.charAt(i))
            && isWordChar(folded.charAt(i + 1))) {
          word = true;
          i++;
          while (i < to && isWordChar(folded.charAt(i))) {
            i++;
          }
        }
        out.add(
            new Token(
                s, i, folded.substring(s, i), word ? Token.Kind.WORD : Token.Kind.NUMBER, false));
        continue;
      }
      if (Character.isLetter(c)) {
        int s = i;
        while (i < to && isWordChar(folded.charAt(i))) {
          i++;
        }
        while (i + 1 < to && isJoiner(folded.charAt(i)) && isWordChar(folded.charAt(i + 1))) {
          i++;
          while (i < to && isWordChar(folded.charAt(i))) {
            i++;
          }
        }
        if (i - s > MAX_TOKEN) {
          // absurdly long "words" are kept as one token but never match the lexicon
          out.add(new Token(s, i, "", Token.Kind.WORD, false));
        } else {
          out.add(
              new Token(
                  s,
                  i,
                  folded.substring(s, i),
                  Token.Kind.WORD,
                  Character.isUpperCase(normalized.charAt(s))));
        }
        continue;
      }
      if (Character.isSurrogate(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        i++;
        continue;
      }
      out.add(new Token(i, i + 1, String.valueOf(c), Token.Kind.PUNCT, false));
      i++;
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '\'';
  }
}
