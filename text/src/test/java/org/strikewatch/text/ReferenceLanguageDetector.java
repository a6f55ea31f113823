package org.strikewatch.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The detector as it was before its word look-ups were made allocation-free: the reference the
 * faster one must agree with, result for result.
 */
final class ReferenceLanguageDetector implements LanguageDetector {

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
    int n = text.length();
    int i = 0;
    StringBuilder word = new StringBuilder();
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      word.setLength(0);
      boolean wordLatin = false;
      boolean wordCyr = false;
      while (i < n && (Character.isLetter(text.charAt(i)) || isApostrophe(text.charAt(i)))) {
        char ch = Character.toLowerCase(text.charAt(i));
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
        if (word.length() < 16) {
          word.append(isApostrophe(ch) ? '\'' : ch);
        }
        i++;
      }
      String w = word.toString();
      if (wordCyr && !wordLatin) {
        if (UK_WORDS.contains(w)) {
          ukWords++;
        }
        if (RU_WORDS.contains(w)) {
          ruWords++;
        }
        if (w.indexOf('\'') > 0) {
          ukLetters++;
        }
      } else if (wordLatin && !wordCyr) {
        latinWords++;
        if (EN_WORDS.contains(w)) {
          enWords++;
        }
        if (TRANSLIT_WORDS.contains(w)) {
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

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '`';
  }
}
