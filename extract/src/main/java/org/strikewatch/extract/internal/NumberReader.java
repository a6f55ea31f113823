package org.strikewatch.extract.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads numbers in digits and in English, Russian and Ukrainian words, including collective
 * numerals ("пятеро", "троє"), case forms ("двух", "трьох"), compounds ("twenty-one", "сто
 * двадцать"), thousands separators ("3,000", "3 000"), decimal commas with multipliers ("1,6 тыс.")
 * and vague quantities ("dozens", "десятки", "several"). Immutable; thread-safe.
 */
public final class NumberReader {

  private static final Map<String, Long> WORDS = new HashMap<>();
  private static final Map<String, Long> MULTIPLIERS = new HashMap<>();
  private static final Map<String, NumberPhrase.Vagueness> VAGUE = new HashMap<>();

  private static void words(long value, String... forms) {
    for (String f : forms) {
      WORDS.put(f, value);
    }
  }

  static {
    words(0, "zero", "ноль", "нуль");
    words(
        1, "one", "один", "одна", "одно", "одного", "одной", "одну", "одним", "одне", "однієї",
        "одну", "одній", "одного");
    words(
        2, "two", "два", "две", "двух", "двум", "двумя", "двое", "двоих", "дві", "двох", "двоє",
        "двом", "двома");
    words(
        3, "three", "три", "трех", "трем", "тремя", "трое", "троих", "трьох", "троє", "трьом",
        "трьома");
    words(4, "four", "четыре", "четырех", "четверо", "четверых", "чотири", "чотирьох", "четверо");
    words(
        5, "five", "пять", "пяти", "пятью", "пятеро", "пятерых", "п'ять", "п'яти", "п'ятеро",
        "п'ятьох", "пятеро");
    words(
        6, "six", "шесть", "шести", "шестеро", "шестерых", "шість", "шести", "шістьох", "шестеро");
    words(7, "seven", "семь", "семи", "семеро", "семерых", "сім", "семи", "сімох", "семеро");
    words(8, "eight", "восемь", "восьми", "восьмеро", "вісім", "восьми", "вісьмох", "восьмеро");
    words(
        9, "nine", "девять", "девяти", "девятеро", "дев'ять", "дев'яти", "дев'ятьох", "дев'ятеро");
    words(10, "ten", "десять", "десяти", "десятеро", "десятьох");
    words(11, "eleven", "одиннадцать", "одиннадцати", "одинадцять", "одинадцяти");
    words(12, "twelve", "двенадцать", "двенадцати", "дванадцять", "дванадцяти", "dozen");
    words(13, "thirteen", "тринадцать", "тринадцати", "тринадцять", "тринадцяти");
    words(14, "fourteen", "четырнадцать", "четырнадцати", "чотирнадцять", "чотирнадцяти");
    words(15, "fifteen", "пятнадцать", "пятнадцати", "п'ятнадцять", "п'ятнадцяти");
    words(16, "sixteen", "шестнадцать", "шестнадцати", "шістнадцять", "шістнадцяти");
    words(17, "seventeen", "семнадцать", "семнадцати", "сімнадцять", "сімнадцяти");
    words(18, "eighteen", "восемнадцать", "восемнадцати", "вісімнадцять", "вісімнадцяти");
    words(19, "nineteen", "девятнадцать", "девятнадцати", "дев'ятнадцять", "дев'ятнадцяти");
    words(20, "twenty", "двадцать", "двадцати", "двадцять", "двадцяти");
    words(30, "thirty", "тридцать", "тридцати", "тридцять", "тридцяти");
    words(40, "forty", "сорок", "сорока");
    words(50, "fifty", "пятьдесят", "пятидесяти", "п'ятдесят", "п'ятдесяти");
    words(60, "sixty", "шестьдесят", "шестидесяти", "шістдесят", "шістдесяти");
    words(70, "seventy", "семьдесят", "семидесяти", "сімдесят", "сімдесяти");
    words(80, "eighty", "восемьдесят", "восьмидесяти", "вісімдесят", "вісімдесяти");
    words(90, "ninety", "девяносто", "дев'яносто");
    words(100, "hundred", "сто", "ста", "сотня", "сотню");
    words(200, "двести", "двухсот", "двісті", "двохсот");
    words(300, "триста", "трехсот", "трьохсот");
    words(400, "четыреста", "чотириста");
    words(500, "пятьсот", "п'ятсот");
    MULTIPLIERS.put("thousand", 1000L);
    MULTIPLIERS.put("thousands", 1000L);
    for (String f :
        new String[] {
          "тысяча", "тысячи", "тысяч", "тысячу", "тыс", "тисяча", "тисячі", "тисяч", "тисячу", "тис"
        }) {
      MULTIPLIERS.put(f, 1000L);
    }
    for (String f :
        new String[] {
          "million",
          "millions",
          "миллион",
          "миллиона",
          "миллионов",
          "млн",
          "мільйон",
          "мільйона",
          "мільйонів"
        }) {
      MULTIPLIERS.put(f, 1_000_000L);
    }
    for (String f :
        new String[] {
          "dozens", "десятки", "десятков", "десятками", "десятків", "десяток", "десятка"
        }) {
      VAGUE.put(f, NumberPhrase.Vagueness.DOZENS);
    }
    for (String f : new String[] {"hundreds", "сотни", "сотен", "сотні", "сотень"}) {
      VAGUE.put(f, NumberPhrase.Vagueness.HUNDREDS);
    }
    for (String f :
        new String[] {
          "several", "few", "несколько", "нескольких", "кілька", "декілька", "кількох", "декількох"
        }) {
      VAGUE.put(f, NumberPhrase.Vagueness.SEVERAL);
    }
    VAGUE.put("some", NumberPhrase.Vagueness.SOME);
  }

  private NumberReader() {}

  /** All numbers among {@code tokens[from, to)}, in order, non-overlapping. */
  public static List<NumberPhrase> findAll(String text, List<Token> tokens, int from, int to) {
    List<NumberPhrase> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      NumberPhrase p = read(text, tokens, i, to);
      if (p == null) {
        i++;
      } else {
        out.add(p);
        i = p.last();
      }
    }
    return out;
  }

  /** The number that starts at token {@code i}, or null. */
  public static @Nullable NumberPhrase read(String text, List<Token> tokens, int i, int to) {
    Token t = tokens.get(i);
    if (t.kind() == Token.Kind.NUMBER) {
      return readDigits(text, tokens, i, to);
    }
    if (!t.isWord()) {
      return null;
    }
    String w = t.text();
    NumberPhrase.Vagueness vague = VAGUE.get(w);
    if (vague != null) {
      if (vague == NumberPhrase.Vagueness.SOME
          && i + 1 < to
          && read(text, tokens, i + 1, to) != null) {
        return null; // "some 3,000" is "about 3,000": a modifier, read by the caller
      }
      if (w.equals("few") && (i == 0 || !tokens.get(i - 1).text().equals("a"))) {
        return null;
      }
      long v =
          switch (vague) {
            case DOZENS -> 12;
            case HUNDREDS -> 100;
            case SEVERAL -> 2;
            case SOME -> 1;
            case EXACT -> 0;
          };
      return new NumberPhrase(i, i + 1, v, vague);
    }
    if (w.equals("a") || w.equals("an")) {
      if (i + 1 < to && tokens.get(i + 1).text().equals("dozen")) {
        return new NumberPhrase(i, i + 2, 12, NumberPhrase.Vagueness.EXACT);
      }
      if (i + 1 < to && tokens.get(i + 1).text().equals("hundred")) {
        return new NumberPhrase(i, i + 2, 100, NumberPhrase.Vagueness.EXACT);
      }
      return null;
    }
    long total = 0;
    long current = 0;
    int j = i;
    boolean any = false;
    while (j < to) {
      String word = tokens.get(j).text();
      Long v = wordValue(word);
      if (v != null) {
        if (v == 100 && current > 0 && current < 100) {
          current *= 100;
        } else {
          current += v;
        }
        any = true;
        j++;
        continue;
      }
      Long m = MULTIPLIERS.get(word);
      if (m != null && any) {
        total += Math.max(1, current) * m;
        current = 0;
        j++;
        continue;
      }
      if (any
          && word.equals("and")
          && j + 1 < to
          && wordValue(tokens.get(j + 1).text()) != null
          && current >= 100) {
        j++;
        continue;
      }
      break;
    }
    if (!any) {
      return null;
    }
    return new NumberPhrase(i, j, total + current, NumberPhrase.Vagueness.EXACT);
  }

  private static @Nullable Long wordValue(String word) {
    Long v = WORDS.get(word);
    if (v != null || word.indexOf('-') < 0) {
      return v;
    }
    long sum = 0;
    for (String part : word.split("-")) {
      Long p = WORDS.get(part);
      if (p == null) {
        return null;
      }
      sum += p;
    }
    return sum;
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static @Nullable NumberPhrase readDigits(String text, List<Token> tokens, int i, int to) {
    String s = tokens.get(i).text();
    double value;
    int sep = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
    if (s.length() > 12) {
      return null;
    }
    if (sep < 0) {
      value = Long.parseLong(s);
    } else if (s.length() - sep - 1 == 3) {
      value = Long.parseLong(s.replace(",", "").replace(".", ""));
    } else if (s.indexOf(',') == sep || s.indexOf('.') == sep) {
      try {
        value = Double.parseDouble(s.replace(',', '.'));
      } catch (NumberFormatException e) {
        return null;
      }
    } else {
      return null;
    }
    int j = i + 1;
    // "3 000": a group of three digits after a single space
    while (j < to
        && sep < 0
        && value < 1000
        && tokens.get(j).kind() == Token.Kind.NUMBER
        && tokens.get(j).text().length() == 3
        && allDigits(tokens.get(j).text())
        && tokens.get(j).start() == tokens.get(j - 1).end() + 1
        && text.charAt(tokens.get(j - 1).end()) == ' ') {
      value = value * 1000 + Long.parseLong(tokens.get(j).text());
      j++;
    }
    if (j < to) {
      Long m = MULTIPLIERS.get(tokens.get(j).text());
      if (m != null) {
        value *= m;
        j++;
        if (j < to && tokens.get(j).text().equals(".") && tokens.get(j - 1).text().length() <= 3) {
          j++;
        }
      }
    }
    if (value > Integer.MAX_VALUE) {
      return null;
    }
    return new NumberPhrase(i, j, Math.round(value), NumberPhrase.Vagueness.EXACT);
  }
}
