package org.strikewatch.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalises report text character for character, so offsets stay valid: Cyrillic look-alike
 * letters inside Latin words become Latin (and Latin look-alikes inside Cyrillic words become
 * Cyrillic), apostrophe variants become {@code '}, typographic quotes {@code "}, hyphens {@code -},
 * dashes an em dash, unusual spaces a plain space. Pure and thread-safe.
 */
public final class TextNormalizer {

  /** Latin letters and the Cyrillic letters that look the same, pairwise. */
  private static final String LATIN_LOOKS = "aeopcxyiABCEHKMOPTXkmT";

  private static final String CYRILLIC_LOOKS = "аеорсхуіАВСЕНКМОРТХкмт";

  private static final int MAX_LOOKALIKE_WARNINGS = 5;

  private TextNormalizer() {}

  /** Normalises {@code text}. */
  public static NormalizedText normalize(String text) {
    int n = text.length();
    char[] out = new char[n];
    text.getChars(0, n, out, 0);
    for (int i = 0; i < n; i++) {
      char c = out[i];
      if (c == '`' || c >= '\u00A0') { // every other character stays as it is
        out[i] = basic(c);
      }
    }
    List<String> warnings = new ArrayList<>();
    int lookalikeWords = 0;
    int i = 0;
    while (i < n) {
      if (!isLetter(out[i])) {
        i++;
        continue;
      }
      int s = i;
      int latin = 0;
      int cyr = 0;
      while (i < n && (isLetter(out[i]) || out[i] == '\'')) {
        char c = out[i];
        if (isCyrillic(c)) {
          cyr++;
        } else if (isLatin(c)) {
          latin++;
        }
        i++;
      }
      if (latin > 0 && cyr > 0) {
        boolean toLatin = latin >= cyr;
        boolean changed = false;
        for (int k = s; k < i; k++) {
          char c = out[k];
          if (toLatin && isCyrillic(c)) {
            int idx = CYRILLIC_LOOKS.indexOf(c);
            if (idx >= 0) {
              out[k] = LATIN_LOOKS.charAt(idx);
              changed = true;
            }
          } else if (!toLatin && isLatin(c)) {
            int idx = LATIN_LOOKS.indexOf(c);
            if (idx >= 0) {
              out[k] = CYRILLIC_LOOKS.charAt(idx);
              changed = true;
            }
          }
        }
        if (changed) {
          lookalikeWords++;
          if (lookalikeWords <= MAX_LOOKALIKE_WARNINGS) {
            warnings.add(
                (toLatin ? "Cyrillic" : "Latin")
                    + " look-alike letters inside "
                    + (toLatin ? "Latin" : "Cyrillic")
                    + " word \""
                    + text.substring(s, i)
                    + "\" at offset "
                    + s
                    + " read as \""
                    + new String(out, s, i - s)
                    + "\"");
          }
        }
      }
    }
    if (lookalikeWords > MAX_LOOKALIKE_WARNINGS) {
      warnings.add(
          "look-alike letters fixed in "
              + (lookalikeWords - MAX_LOOKALIKE_WARNINGS)
              + " more words");
    }
    String normalized = new String(out);
    char[] folded = new char[n];
    for (int k = 0; k < n; k++) {
      char o = out[k];
      char c = o < 128 ? (o >= 'A' && o <= 'Z' ? (char) (o + 32) : o) : Character.toLowerCase(o);
      folded[k] = c == 'ё' ? 'е' : c;
    }
    return new NormalizedText(text, normalized, new String(folded), warnings);
  }

  private static char basic(char c) {
    switch (c) {
      case '\u2019', '\u2018', '\u02BC', '\u0060', '\u00B4', '\u2032', '\u02B9', '\u201B' -> {
        return '\'';
      }
      case '\u00AB', '\u00BB', '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> {
        return '"';
      }
      case '\u2010', '\u2011' -> {
        return '-';
      }
      case '\u2012', '\u2013', '\u2015', '\u2212' -> {
        return '\u2014';
      }
      case '\u00A0', '\u2007', '\u2009', '\u200A', '\u202F', '\u2002', '\u2003', '\u3000' -> {
        return ' ';
      }
      case '\u00AD', '\u200B', '\uFEFF' -> {
        return ' ';
      }
      default -> {
        return c;
      }
    }
  }

  /** {@link Character#isLetter(char)}, answered without a table look-up for ASCII. */
  private static boolean isLetter(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetter(c);
  }

  /** True for a letter of the Cyrillic block. */
  public static boolean isCyrillic(char c) {
    return c >= '\u0400' && c <= '\u04FF';
  }

  /** True for a basic or extended Latin letter. */
  public static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '\u00C0' && c <= '\u024F');
  }
}
