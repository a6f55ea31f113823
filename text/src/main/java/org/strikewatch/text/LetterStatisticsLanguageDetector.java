package org.strikewatch.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells English, Russian and Ukrainian apart from letter and word statistics: the share of Latin
 * and Cyrillic letters, letters only one of the two Cyrillic languages uses (Ukrainian і ї є ґ,
 * Russian ы э ё ъ) and frequent function words. Reports that mix scripts substantially are marked
 * mixed; Latin text that reads like transliterated Russian or Ukrainian gets a warning. Pure and
 * thread-safe; linear in the length of the text.
 */
public final class LetterStatisticsLanguageDetector implements LanguageDetector {

  private static final Set<String> UK_WORDS =
      Set.of(
          "і",
          "й",
          "що",
          "та",
          "це",
          "як",
          "від",
          "з",
          "із",
          "зі",
          "було",
          "він",
          "вона",
          "які",
          "також",
          "після",
          "під",
          "через",
          "його",
          "її",
          "їх",
          "ще",
          "вже",
          "між",
          "році",
          "року",
          "області",
          "внаслідок",
          "повідомив",
          "повідомила",
          "загинули",
          "є",
          "ми");

  private static final Set<String> RU_WORDS =
      Set.of(
          "и",
          "что",
          "это",
          "как",
          "от",
          "с",
          "из",
          "было",
          "он",
          "она",
          "которые",
          "также",
          "после",
          "под",
          "через",
          "его",
          "ее",
          "их",
          "еще",
          "уже",
          "между",
          "году",
          "года",
          "области",
          "результате",
          "сообщил",
          "сообщила",
          "погибли",
          "мы",
          "был");

  private static final Set<String> EN_WORDS =
      Set.of(
          "the", "and", "of", "to", "in", "a", "is", "was", "were", "on", "at", "for", "that",
          "with", "by", "from", "said", "has", "have", "it", "as", "an");

  private static final Set<String> TRANSLIT_WORDS =
      Set.of(
          "v", "na", "i", "po", "ne", "chto", "eto", "s", "iz", "ot", "bylo", "kak", "dlya", "pri",
          "shcho", "ta", "vid", "u", "z", "pid", "oblasti", "rayone", "gorode");

  /** Words are compared by their first this many characters (lower case, apostrophes unified). */
  private static final int MAX_WORD = 16;

  private static final int UK = 1;
  private static final int RU = 2;
  private static final int EN = 4;
  private static final int TRANSLIT = 8;

  private static final WordTable FUNCTION_WORDS =
      new WordTable(Map.of(UK, UK_WORDS, RU, RU_WORDS, EN, EN_WORDS, TRANSLIT, TRANSLIT_WORDS));

  /**
   * The function words of all four lists in one open-addressing table, looked up straight from a
   * word buffer (no String per word): each word maps to the bit set of the lists it is on.
   */
  private static final class WordTable {
    private final char[][] words;
    private final int[] hashes;
    private final int[] kinds;
    private final int mask;

    WordTable(Map<Integer, Set<String>> lists) {
      Map<String, Integer> all = new HashMap<>();
      for (Map.Entry<Integer, Set<String>> e : lists.entrySet()) {
        for (String w : e.getValue()) {
          all.merge(w, e.getKey(), (a, b) -> a | b);
        }
      }
      int cap = Integer.highestOneBit(all.size() * 4 - 1) << 1;
      words = new char[cap][];
      hashes = new int[cap];
      kinds = new int[cap];
      mask = cap - 1;
      for (Map.Entry<String, Integer> e : all.entrySet()) {
        int h = e.getKey().hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        while (words[slot] != null) {
          slot = (slot + 1) & mask;
        }
        words[slot] = e.getKey().toCharArray();
        hashes[slot] = h;
        kinds[slot] = e.getValue();
      }
    }

    /** The lists {@code word[0, length)} (whose String hash is {@code hash}) is on, or 0. */
    int kinds(char[] word, int length, int hash) {
      int slot = (hash ^ (hash >>> 16)) & mask;
      char[] w;
      while ((w = words[slot]) != null) {
        if (hashes[slot] == hash && Arrays.equals(w, 0, w.length, word, 0, length)) {
          return kinds[slot];
        }
        slot = (slot + 1) & mask;
      }
      return 0;
    }
  }

  /** Creates the detector. */
  public LetterStatisticsLanguageDetector() {}

  @Override
  public DetectedLanguage detect(String text) {
    int latin = 0;
    int cyr = 0;
    int ukLetters = 0;
    int ruLetters = 0;
    int ukWords = 0;
    int ruWords = 0;
    int enWords = 0;
    int translit = 0;
    int latinWords = 0;
    char[] chars = text.toCharArray();
    int n = chars.length;
    int i = 0;
    char[] word = new char[MAX_WORD];
    while (i < n) {
      char c = chars[i];
      if (!isLetter(c)) {
        i++;
        continue;
      }
      int length = 0;
      int hash = 0;
      boolean apostrophe = false;
      boolean wordLatin = false;
      boolean wordCyr = false;
      while (i < n && (isLetter(chars[i]) || isApostrophe(chars[i]))) {
        char ch = chars[i];
        if (ch < 128) {
          if (ch >= 'A' && ch <= 'Z') {
            ch = (char) (ch + 32);
          }
        } else {
          ch = Character.toLowerCase(ch);
        }
        if (TextNormalizer.isCyrillic(ch)) {
          cyr++;
          wordCyr = true;
          switch (ch) {
            case 'і', 'ї', 'є', 'ґ' -> ukLetters++;
            case 'ы', 'э', 'ё', 'ъ' -> ruLetters++;
            default -> {}
          }
        } else if (TextNormalizer.isLatin(ch)) {
          latin++;
          wordLatin = true;
        }
        if (length < MAX_WORD) {
          char kept = isApostrophe(ch) ? '\'' : ch;
          apostrophe |= kept == '\'';
          word[length++] = kept;
          hash = 31 * hash + kept;
        }
        i++;
      }
      int kinds = FUNCTION_WORDS.kinds(word, length, hash);
      if (wordCyr && !wordLatin) {
        if ((kinds & UK) != 0) {
          ukWords++;
        }
        if ((kinds & RU) != 0) {
          ruWords++;
        }
        if (apostrophe) {
          ukLetters++; // an apostrophe inside a Cyrillic word: п'ять, м'ясо
        }
      } else if (wordLatin && !wordCyr) {
        latinWords++;
        if ((kinds & EN) != 0) {
          enWords++;
        }
        if ((kinds & TRANSLIT) != 0) {
          translit++;
        }
      }
    }
    List<String> warnings = new ArrayList<>();
    int letters = latin + cyr;
    if (letters == 0) {
      return new DetectedLanguage("und", 0, false, List.of("no letters to detect a language from"));
    }
    double cyrShare = cyr / (double) letters;
    boolean mixed = cyrShare > 0.2 && cyrShare < 0.8;
    String code;
    double confidence;
    if (cyrShare >= 0.5) {
      double uk = ukLetters * 1.0 + ukWords * 2.0;
      double ru = ruLetters * 1.0 + ruWords * 2.0;
      // "и" and "в" also occur in Ukrainian; weigh letters unique to a language higher.
      if (uk + ru == 0) {
        code = "ru";
        confidence = 0.5;
        warnings.add("Cyrillic text without Russian or Ukrainian markers; assumed Russian");
      } else {
        code = uk > ru * 0.6 ? "uk" : "ru";
        double top = Math.max(uk, ru);
        confidence = Math.min(1.0, top / (uk + ru + 1.0)) * cyrShare;
      }
    } else {
      code = "en";
      confidence = (1 - cyrShare) * (enWords > 0 ? 1.0 : 0.6);
      if (latinWords >= 5 && translit > enWords && translit * 5 >= latinWords) {
        warnings.add(
            "Latin text reads like transliterated Russian or Ukrainian; read as English, place"
                + " names may still resolve");
        confidence = Math.min(confidence, 0.4);
      }
    }
    if (mixed) {
      warnings.add(
          String.format(
              java.util.Locale.ROOT,
              "mixed-language text (%d%% Cyrillic letters); read as %s",
              Math.round(cyrShare * 100),
              code));
    }
    return new DetectedLanguage(code, Math.max(0, Math.min(1, confidence)), mixed, warnings);
  }

  /** {@link Character#isLetter(char)}, answered without a table look-up for ASCII. */
  private static boolean isLetter(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetter(c);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '`';
  }
}
