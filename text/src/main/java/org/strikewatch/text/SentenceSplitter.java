package org.strikewatch.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a text into sentences with their offsets and paragraph numbers. A blank line starts a
 * paragraph; a single line break ends a sentence (Telegram posts and headlines rarely end with a
 * full stop); {@code . ! ? …} end a sentence when a capital letter, digit or quote follows, except
 * after known abbreviations and initials. Linear in the length of the text; pure and thread-safe.
 */
public final class SentenceSplitter {

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "capt", "sgt", "no", "vs",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "u.s", "u.k", "e.g", "i.e", "approx", "est", "г", "гг", "ул", "пос", "пгт", "им", "ст",
          "обл", "р", "м", "с", "тыс", "тис", "млн", "млрд", "т.е", "т.д", "т.п", "просп", "пр",
          "д", "см", "смт", "вул", "див", "ін", "н.э", "р-н", "р-на", "р-ну", "км");

  private SentenceSplitter() {}

  /** The sentences of {@code text}, in order, trimmed of surrounding white space. */
  public static List<TextSpan> split(String text) {
    List<TextSpan> out = new ArrayList<>();
    int n = text.length();
    int paragraph = 0;
    int start = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        add(out, text, start, i, paragraph);
        int newlines = 0;
        while (i < n && Character.isWhitespace(text.charAt(i))) {
          if (text.charAt(i) == '\n') {
            newlines++;
          }
          i++;
        }
        if (newlines >= 2) {
          paragraph++;
        }
        start = i;
        continue;
      }
      if ((c == '.' || c == '!' || c == '?' || c == '…') && endsSentence(text, start, i)) {
        int end = i + 1;
        while (end < n
            && (text.charAt(end) == '.'
                || text.charAt(end) == '!'
                || text.charAt(end) == '?'
                || isClosingQuote(text.charAt(end))
                || text.charAt(end) == ')')) {
          end++;
        }
        add(out, text, start, end, paragraph);
        start = end;
        i = end;
        continue;
      }
      i++;
    }
    add(out, text, start, n, paragraph);
    return out;
  }

  private static boolean isClosingQuote(char c) {
    return c == '"' || c == '\u201D' || c == '\u00BB' || c == '\'' || c == '\u2019';
  }

  private static boolean endsSentence(String text, int sentenceStart, int i) {
    int n = text.length();
    int j = i + 1;
    while (j < n
        && (isClosingQuote(text.charAt(j))
            || text.charAt(j) == ')'
            || text.charAt(j) == '.'
            || text.charAt(j) == '!'
            || text.charAt(j) == '?')) {
      j++;
    }
    if (j >= n) {
      return true;
    }
    char after = text.charAt(j);
    if (after != ' ' && after != '\t' && after != '\u00A0') {
      return after == '\n' || after == '\r';
    }
    while (j < n
        && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\u00A0')) {
      j++;
    }
    if (j >= n) {
      return true;
    }
    char next = text.charAt(j);
    boolean opener =
        Character.isUpperCase(next)
            || Character.isDigit(next)
            || next == '"'
            || next == '\u201C'
            || next == '\u00AB'
            || next == '('
            || next == '\u2014'
            || next == '-'
            || next == '\n';
    if (!opener) {
      return false;
    }
    if (text.charAt(i) != '.') {
      return true;
    }
    int w = i;
    while (w > sentenceStart
        && !Character.isWhitespace(text.charAt(w - 1))
        && text.charAt(w - 1) != '(') {
      w--;
    }
    String word = text.substring(w, i).toLowerCase(java.util.Locale.ROOT);
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      return false; // an initial: "V. Gladkov", "В. Гладков"
    }
    return !ABBREVIATIONS.contains(word);
  }

  private static void add(List<TextSpan> out, String text, int start, int end, int paragraph) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new TextSpan(start, end, paragraph));
    }
  }
}
