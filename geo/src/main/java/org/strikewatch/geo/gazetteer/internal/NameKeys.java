package org.strikewatch.geo.gazetteer.internal;

import java.text.Normalizer;

/**
 * Turns place names and text spans into lookup keys: lower case, Latin diacritics and apostrophes
 * removed, {@code ё} as {@code е}, hyphens and runs of spaces as one space. Cyrillic words also get
 * a stem key (case endings removed) so that inflected forms find their nominative.
 */
public final class NameKeys {

  private static final String[] FOLD = new String[0x250];

  static {
    for (char c = 0xC0; c < 0x250; c++) {
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      char base = d.charAt(0);
      FOLD[c] = base < 0x80 ? String.valueOf(Character.toLowerCase(base)) : null;
    }
    FOLD[0xDF] = "ss";
    FOLD[0xC6] = "ae";
    FOLD[0xE6] = "ae";
    FOLD[0xD8] = "o";
    FOLD[0xF8] = "o";
    FOLD[0x141] = "l";
    FOLD[0x142] = "l";
    FOLD[0x110] = "d";
    FOLD[0x111] = "d";
    FOLD[0x131] = "i";
    FOLD[0x152] = "oe";
    FOLD[0x153] = "oe";
    FOLD[0xD0] = "d";
    FOLD[0xF0] = "d";
    FOLD[0xDE] = "th";
    FOLD[0xFE] = "th";
  }

  /** Case endings of Russian and Ukrainian nouns and adjectives, longest first. */
  private static final String[] ENDINGS = {
    "ими", "ыми", "ями", "ами", "ого", "его", "ому", "ему", "ою", "ею", "ої", "ий", "ій", "ый",
    "ой", "ей", "ая", "яя", "ое", "ее", "ую", "юю", "ом", "ем", "ам", "ям", "ах", "ях", "ых", "их",
    "ім", "ым", "им", "ие", "ые", "і", "ї", "а", "я", "о", "е", "є", "у", "ю", "ы", "и", "ь", "й"
  };

  private NameKeys() {}

  /** True when the apostrophe-like character is dropped from keys. */
  static boolean isApostrophe(char c) {
    return c == '\''
        || c == '\u2019'
        || c == '\u2018'
        || c == '\u02BC'
        || c == '\u02B9'
        || c == '`'
        || c == '\u00B4'
        || c == '\u02BB';
  }

  /** The lookup key of a name or span. Returns an empty string when nothing is left. */
  public static String key(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + 32);
        }
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          if (space && out.length() > 0) {
            out.append(' ');
          }
          space = false;
          out.append(c);
        } else if (c == '\'' || c == '`') {
          continue;
        } else {
          space = true;
        }
        continue;
      }
      if (isApostrophe(c)) {
        continue;
      }
      String folded = null;
      if (c < 0x250) {
        folded = FOLD[c];
      }
      if (folded == null) {
        if (c == 'ё' || c == 'Ё') {
          folded = "е";
        } else if (Character.isLetterOrDigit(c)) {
          folded = String.valueOf(Character.toLowerCase(c));
        } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
          continue;
        }
      }
      if (folded == null) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.append(folded);
    }
    return out.toString();
  }

  /** True when the key has at least one Cyrillic letter. */
  public static boolean isCyrillic(CharSequence key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c >= 0x400 && c <= 0x4FF) {
        return true;
      }
    }
    return false;
  }

  /** The stem key of a Cyrillic key: every word's case ending removed ("~" marks stem keys). */
  public static String stemKey(String key) {
    StringBuilder out = new StringBuilder(key.length() + 1).append('~');
    int start = 0;
    while (start <= key.length()) {
      int end = key.indexOf(' ', start);
      if (end < 0) {
        end = key.length();
      }
      if (out.length() > 1) {
        out.append(' ');
      }
      out.append(stemWord(key.substring(start, end)));
      start = end + 1;
    }
    return out.toString();
  }

  /**
   * Stem keys of a nominative Cyrillic name: its stem key and, for Ukrainian names whose last
   * syllable has і/ї before a final consonant (Харків, Київ), the variant with о/є that the oblique
   * cases show (Харкова, Києві).
   */
  public static String[] nameStemKeys(String key) {
    String stem = stemKey(key);
    String alt = alternate(stem);
    return alt == null ? new String[] {stem} : new String[] {stem, alt};
  }

  private static String alternate(String stem) {
    int n = stem.length();
    if (n < 4) {
      return null;
    }
    char last = stem.charAt(n - 1);
    char vowel = stem.charAt(n - 2);
    if (!isCyrillicConsonant(last)) {
      return null;
    }
    if (vowel == 'і') {
      return stem.substring(0, n - 2) + 'о' + last;
    }
    if (vowel == 'ї') {
      return stem.substring(0, n - 2) + 'є' + last;
    }
    return null;
  }

  private static boolean isCyrillicConsonant(char c) {
    return c >= 'а' && c <= 'я' && "аеиоуыэюяь".indexOf(c) < 0;
  }

  /** Removes one case ending from a Cyrillic word, keeping at least three letters. */
  public static String stemWord(String word) {
    if (!isCyrillic(word) || word.length() <= 3) {
      return word;
    }
    for (String e : ENDINGS) {
      if (word.length() - e.length() >= 3 && word.endsWith(e)) {
        String stem = word.substring(0, word.length() - e.length());
        if ((e.equals("і") || e.equals("е")) && stem.endsWith("ц") && stem.length() > 3) {
          char before = stem.charAt(stem.length() - 2);
          if ("аеиоуіїєяюв".indexOf(before) >= 0) {
            stem = stem.substring(0, stem.length() - 1) + "к";
          }
        }
        return stem;
      }
    }
    return word;
  }

  /** A 64-bit hash of a key (FNV-1a with a final mix). */
  public static long hash(CharSequence key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
