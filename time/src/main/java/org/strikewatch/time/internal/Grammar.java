package org.strikewatch.time.internal;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.Precision;
import org.strikewatch.model.TimeSpan;
import org.strikewatch.time.ReferenceMode;
import org.strikewatch.time.TaggedText;
import org.strikewatch.time.TimeMention;
import org.strikewatch.time.TimexType;
import org.strikewatch.time.internal.Lexicon.Mod;
import org.strikewatch.time.internal.Lexicon.Part;
import org.strikewatch.time.internal.Lexicon.Special;
import org.strikewatch.time.internal.Lexicon.Unit;
import org.strikewatch.time.internal.Lexicon.Word;

/**
 * The hand-written grammar over {@link Tokens}. At each token it tries a fixed list of patterns,
 * each of which looks at a bounded window of following tokens, so the running time is linear in the
 * text length by construction. One instance serves one call; {@link #run} is the entry point.
 */
public final class Grammar {

  private static final int FUTURE_WINDOW = 12;

  private final Tokens t;
  private final boolean english;
  private final @Nullable LocalDate anchor;
  private final ReferenceMode mode;
  private final List<TimeMention> out = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>(0);
  private final List<TimeMention> timexes = new ArrayList<>();

  /** Narrative reference: the last explicit date (NARRATIVE mode), otherwise the anchor. */
  private @Nullable LocalDate ref;

  private Precision refPrecision = Precision.DAY;

  // ---- the current match (scratch, reset by begin())
  private int mFirst;
  private int mLast;
  private int mEnd;
  private TimexType mType = TimexType.DATE;
  private @Nullable String mValue;
  private @Nullable LocalDate mStart;
  private @Nullable LocalDate mStop;
  private Precision mPrecision = Precision.UNKNOWN;
  private boolean mRelative;
  private @Nullable String mWarning;
  private boolean mExplicit;

  /** A bare number read as a year: resolves, but does not move the narrative reference. */
  private boolean mWeak;

  // a range split into two TIMEX3 ends (token ranges and resolved parts); mSplit < 0 when none
  private int mSplit = -1;
  private int mPart2First;
  private @Nullable TimeMention mPart1;
  private @Nullable String mPart2Value;
  private @Nullable LocalDate mPart2Start;
  private @Nullable LocalDate mPart2Stop;
  private Precision mPart2Precision = Precision.UNKNOWN;

  private Grammar(String text, String language, @Nullable LocalDate anchor, ReferenceMode mode) {
    this.t = new Tokens(text);
    this.english = !"ru".equals(language) && !"uk".equals(language);
    this.anchor = anchor;
    this.mode = mode;
    this.ref = anchor;
  }

  /** Tags {@code text}; never throws on any input string. */
  public static TaggedText run(
      String text, String language, @Nullable LocalDate anchor, ReferenceMode mode) {
    Grammar g = new Grammar(text, language, anchor, mode);
    g.scan();
    return new TaggedText(g.out, g.warnings, g.timexes);
  }

  private void scan() {
    int n = t.n;
    for (int i = 0; i < n; ) {
      byte k = t.kind[i];
      if (k == Tokens.PUNCT || (k == Tokens.WORD && !worthTrying(i))) {
        i++;
        continue;
      }
      int next = -1;
      try {
        if (match(i)) {
          next = emit();
        }
      } catch (DateTimeException | ArithmeticException e) {
        // a computed date fell outside the supported range: skip the token
        next = -1;
      }
      i = next > i ? next : i + 1;
    }
  }

  private boolean worthTrying(int i) {
    Word x = t.lex[i];
    if (x != null) {
      return x.starter || x.active();
    }
    int len = t.end[i] - t.start[i];
    if (len > 6) {
      return false;
    }
    char c = Tokens.fold(t.text.charAt(t.start[i]));
    return (c == 'i' || c == 'v' || c == 'x' || c == 'х' || c == 'і') && isRoman(t.norm(i));
  }

  // =================================================================================== emission

  private void begin(int first) {
    mFirst = first;
    mLast = first;
    mEnd = first + 1;
    mType = TimexType.DATE;
    mValue = null;
    mStart = null;
    mStop = null;
    mPrecision = Precision.UNKNOWN;
    mRelative = false;
    mWarning = null;
    mExplicit = false;
    mWeak = false;
    mSplit = -1;
    mPart1 = null;
  }

  /**
   * Marks the current match as a range of two TIMEX3 ends: tokens [mFirst..part1Last] carry the
   * first end (given), tokens [part2First..mLast] the second (given).
   */
  private void split(
      int part1First,
      int part1Last,
      @Nullable LocalDate s1,
      @Nullable LocalDate e1,
      Precision p1,
      @Nullable String v1,
      int part2First,
      @Nullable LocalDate s2,
      @Nullable LocalDate e2,
      Precision p2,
      @Nullable String v2) {
    int cs = t.start[part1First];
    int ce = t.end[part1Last];
    String text = t.text.substring(cs, ce);
    TimeSpan span =
        s1 != null && e1 != null ? new TimeSpan(s1, e1, p1, text) : TimeSpan.unresolved(text);
    mPart1 = new TimeMention(cs, ce, text, span, TimexType.DATE, v1, mRelative);
    mSplit = part1Last;
    mPart2First = part2First;
    mPart2Start = s2;
    mPart2Stop = e2;
    mPart2Precision = p2;
    mPart2Value = v2;
  }

  private int emit() {
    int cs = t.start[mFirst];
    int ce = t.end[mLast];
    String text = t.text.substring(cs, ce);
    TimeSpan span =
        mStart != null && mStop != null && !mStop.isBefore(mStart)
            ? new TimeSpan(mStart, mStop, mPrecision, text)
            : TimeSpan.unresolved(text);
    if (mWarning != null) {
      warnings.add(mWarning + " \"" + text + "\" at " + cs);
    }
    TimeMention whole = new TimeMention(cs, ce, text, span, mType, mValue, mRelative);
    out.add(whole);
    if (mPart1 != null && mPart2First <= mLast && mPart2First > mSplit) {
      timexes.add(mPart1);
      int c2 = t.start[mPart2First];
      String t2 = t.text.substring(c2, ce);
      TimeSpan span2 =
          mPart2Start != null && mPart2Stop != null
              ? new TimeSpan(mPart2Start, mPart2Stop, mPart2Precision, t2)
              : TimeSpan.unresolved(t2);
      timexes.add(new TimeMention(c2, ce, t2, span2, TimexType.DATE, mPart2Value, mRelative));
    } else {
      timexes.add(whole);
    }
    if (mode == ReferenceMode.NARRATIVE && mExplicit && !mWeak && mStart != null) {
      ref = mStart;
      refPrecision = mPrecision;
    }
    return mEnd;
  }

  // ================================================================================== top level

  private boolean match(int i) {
    String w = t.norm(i);
    Word x = t.lex[i];
    if (t.kind[i] == Tokens.NUM) {
      return number(i);
    }
    // optional article / preposition that is not part of the span
    switch (w) {
      case "the" -> {
        if (theExpression(i)) {
          return true;
        }
        return false;
      }
      case "a", "an" -> {
        return quantityUnit(i, i + 1, 1);
      }
      case "earlier", "later" -> {
        return earlierLater(i);
      }
      case "mid" -> {
        return modified(i, i + 1 + (t.isPunct(i + 1, "-") ? 1 : 0), Mod.MID);
      }
      case "в", "у", "во", "на", "за", "о", "около", "с", "з", "із", "от", "від" -> {
        return slavicPreposition(i);
      }
      default -> {}
    }
    if (x == null) {
      return isRoman(w) && century(i);
    }
    if (x.mod != null && modifierWord(i, x)) {
      return true;
    }
    if (x.month != 0 && monthFirst(i, x)) {
      return true;
    }
    if (x.dow != 0 && weekday(i, 0)) {
      return true;
    }
    if (x.hasRel && relative(i, x)) {
      return true;
    }
    if (x.special != null && special(i, x)) {
      return true;
    }
    if (x.season != null && season(i, i, 99)) {
      return true;
    }
    if (x.part != null && partAlone(i, x)) {
      return true;
    }
    if (x.number != 0 && quantityUnit(i, i + 1, x.number)) {
      return true;
    }
    if (x.unit != null && unitFirst(i, x)) {
      return true;
    }
    if (x.ordinal > 0 && (quarter(i, i) || ordinalDay(i, x))) {
      return true;
    }
    if (x.same && sameUnit(i)) {
      return true;
    }
    if (x.setUnit != null) {
      begin(i);
      set(x.setUnit);
      return true;
    }
    if (x.every) {
      return every(i);
    }
    if (isRoman(w) && century(i)) {
      return true;
    }
    return false;
  }

  // ============================================================================ numbers first

  private boolean number(int i) {
    long v = t.num[i];
    if (v < 0) {
      return false;
    }
    int d = t.digits(i);
    // ISO date 2024-05-04
    if (d == 4
        && adjacentPunct(i + 1, "-")
        && adjacentNum(i + 2)
        && adjacentPunct(i + 3, "-")
        && adjacentNum(i + 4)) {
      begin(i);
      if (t.digits(i + 2) <= 2 && t.digits(i + 4) <= 2) {
        explicitDate((int) v, (int) t.num[i + 2], (int) t.num[i + 4], i + 4, i + 5);
        timeAfterDate();
        return true;
      }
      return false;
    }
    // D.M.YYYY or M/D/YYYY
    if (d <= 2 && (adjacentPunct(i + 1, ".") || adjacentPunct(i + 1, "/"))) {
      String sep = t.norm(i + 1);
      if (adjacentNum(i + 2)
          && t.digits(i + 2) <= 2
          && adjacentPunct(i + 3, sep)
          && adjacentNum(i + 4)
          && (t.digits(i + 4) == 4 || t.digits(i + 4) == 2)
          && !adjacentPunct(i + 5, sep)
          && !(adjacentPunct(i + 5, ".") && adjacentNum(i + 6))) {
        int a = (int) v;
        int b = (int) t.num[i + 2];
        int y = (int) t.num[i + 4];
        if (t.digits(i + 4) == 2) {
          y += y < 50 ? 2000 : 1900;
        }
        begin(i);
        boolean monthFirst = sep.equals("/") && english;
        explicitDate(y, monthFirst ? a : b, monthFirst ? b : a, i + 4, i + 5);
        timeAfterDate();
        return true;
      }
    }
    // clock time 22:15
    if (d <= 2
        && v <= 24
        && adjacentPunct(i + 1, ":")
        && adjacentNum(i + 2)
        && t.digits(i + 2) == 2) {
      begin(i);
      return clock(i);
    }
    // о 5 годині, близько 22 години, в 5 часов утра
    if (d <= 2 && v <= 24 && i > 0 && isClockPreposition(t.norm(i - 1))) {
      int j = skipOrdinalSuffix(i + 1);
      Word u = j < t.n ? t.lex[j] : null;
      if (u != null && u.unit == Unit.HOUR) {
        begin(i);
        int h = (int) v;
        int last = j;
        Part part = partAfter(j + 1);
        if (part != null) {
          last = j + 1;
          if ((part == Part.EV || part == Part.AF) && h < 12) {
            h += 12;
          }
        }
        mLast = last;
        mEnd = last + 1;
        mType = TimexType.TIME;
        mRelative = true;
        LocalDate day = dayContext();
        String hm = "T" + pad(h, 2) + ":00";
        mValue = (day != null ? isoDate(day) : "XXXX-XX-XX") + hm;
        if (day != null) {
          mStart = day;
          mStop = day;
          mPrecision = Precision.DAY;
        }
        return true;
      }
    }
    // 8 pm
    if (d <= 2 && v >= 1 && v <= 12 && ampm(i + 1) > 0) {
      begin(i);
      return clock(i);
    }
    // day + month: 4 May, 4th of May, 4-го мая, 11-12 мая
    if (d <= 2 && v >= 1 && v <= 31) {
      if (dayMonth(i, i, (int) v)) {
        return true;
      }
    }
    // year-like numbers
    if (d >= 3 && d <= 4 && v >= 1) {
      if (yearExpression(i, (int) v)) {
        return true;
      }
    }
    // ordinal century: 20th century, 20-го века, 19 ст.
    if (d <= 2 && v >= 1 && v <= 21 && century(i)) {
      return true;
    }
    // quantities: 3 days, 24 hours ago, 3-month
    if (v > 0 && v < 100000) {
      int j = i + 1;
      if (t.isPunct(j, "-") && !t.space[j] && j + 1 < t.n && !t.space[j + 1]) {
        // three-month / 34-годинного: an adjective duration
        if (t.kind[j + 1] == Tokens.WORD
            && adjectiveUnit(t.norm(j + 1)) != null
            && !isAgeSuffix(j + 2)) {
          begin(i);
          mEnd = j + 2;
          mLast = j + 1;
          duration(adjectiveUnit(t.norm(j + 1)), (int) v);
          return true;
        }
      }
      return quantityUnit(i, j, (int) v);
    }
    return false;
  }

  /** "-old" after "22-year": an age, not a duration. */
  private boolean isAgeSuffix(int j) {
    return t.isPunct(j, "-") && t.isWord(j + 1, "old");
  }

  private boolean adjacentPunct(int i, String p) {
    return t.isPunct(i, p) && !t.space[i];
  }

  private boolean adjacentNum(int i) {
    return t.isNum(i) && !t.space[i];
  }

  /** Skips an ordinal suffix after a day number ("4th", "4-го", "1-й"); returns the next token. */
  private int skipOrdinalSuffix(int j) {
    if (j < t.n && t.kind[j] == Tokens.WORD && !t.space[j]) {
      switch (t.norm(j)) {
        case "st", "nd", "rd", "th" -> {
          return j + 1;
        }
        default -> {}
      }
    }
    if (adjacentPunct(j, "-") && j + 1 < t.n && t.kind[j + 1] == Tokens.WORD && !t.space[j + 1]) {
      switch (t.norm(j + 1)) {
        case "го", "е", "й", "ого", "ое", "ий", "та", "те", "ше", "ге", "є" -> {
          return j + 2;
        }
        default -> {}
      }
    }
    return j;
  }

  /** "4 May [2024]", "4th of May", "11–12 мая", "4 травня 2024 року". */
  private boolean dayMonth(int first, int i, int day) {
    int j = skipOrdinalSuffix(i + 1);
    int part1Last = j - 1;
    int part2First = -1;
    int day2 = 0;
    // day range: 11-12 мая, 11 и 12 мая
    if ((t.isPunct(j, "-")
            || t.isWord(j, "и")
            || t.isWord(j, "і")
            || t.isWord(j, "та")
            || t.isWord(j, "and")
            || t.isWord(j, "to"))
        && t.isNum(j + 1)
        && t.digits(j + 1) <= 2
        && t.num[j + 1] > day
        && t.num[j + 1] <= 31) {
      int k = skipOrdinalSuffix(j + 2);
      if (month(k) != 0) {
        day2 = (int) t.num[j + 1];
        part2First = j + 1;
        j = k;
      }
    }
    if (t.isWord(j, "of")) {
      j++;
    }
    int m = month(j);
    if (m == 0) {
      return false;
    }
    begin(first);
    int last = j;
    int end = j + 1;
    int yearAt = end;
    if (t.isPunct(yearAt, ",")) {
      yearAt++;
    }
    int y = yearNumber(yearAt);
    if (y > 0) {
      last = yearAt;
      end = yearAt + 1;
      int bc = bcMarker(end);
      if (bc > 0) {
        y = 1 - y;
        last = bc - 1;
        end = bc;
      } else if (end < t.n && t.lex[end] != null && t.lex[end].yearWord) {
        end = consumeYearWord(end);
      }
    }
    mLast = last;
    mEnd = end;
    if (y != 0) {
      explicitDate(y, m, day, last, end);
    } else {
      impliedYearDate(m, day);
      if (day2 == 0) {
        yearAfterDate(m, day);
      }
    }
    if (day2 > 0 && mStart != null) {
      LocalDate s1 = mStart;
      LocalDate s2 = dateOrNull(mStart.getYear(), m, day2);
      if (s2 != null) {
        mStop = s2;
        mPrecision = Precision.DAYS;
        split(
            i,
            part1Last,
            s1,
            s1,
            Precision.DAY,
            isoDate(s1),
            part2First,
            s2,
            s2,
            Precision.DAY,
            isoDate(s2));
        mValue = isoDate(s1);
      }
    }
    if (day2 == 0) {
      timeAfterDate();
    }
    return true;
  }

  /** The month number a token names, honouring ambiguous forms only next to numbers. */
  private int month(int j) {
    if (j < 0 || j >= t.n || t.lex[j] == null) {
      return 0;
    }
    return t.lex[j].month;
  }

  private int consumeYearWord(int j) {
    int end = j + 1;
    if ((t.norm(j).equals("г")
            || t.norm(j).equals("р")
            || t.norm(j).equals("гг")
            || t.norm(j).equals("рр"))
        && t.isPunct(end, ".")) {
      end++;
    }
    return end;
  }

  /** A plausible year at token j (3-4 digits, 1..2100), or 0. */
  private int yearNumber(int j) {
    if (!t.isNum(j)) {
      return 0;
    }
    int d = t.digits(j);
    long v = t.num[j];
    if (d == 4 && v >= 1000 && v <= 2200) {
      if (t.isPunct(j + 1, ":") && t.isNum(j + 2)) {
        return 0;
      }
      return (int) v;
    }
    if (d == 3
        && v >= 100
        && (bcMarker(j + 1) > 0
            || (j + 1 < t.n && t.lex[j + 1] != null && t.lex[j + 1].yearWord))) {
      return (int) v;
    }
    return 0;
  }

  /** Recognises "BC", "B.C.", "BCE", "до н. е.", "до н.э."; returns the index after it or 0. */
  private int bcMarker(int j) {
    if (j >= t.n) {
      return 0;
    }
    if (t.isWord(j, "bc") || t.isWord(j, "bce")) {
      return t.isPunct(j + 1, ".") ? j + 2 : j + 1;
    }
    if (t.isWord(j, "b") && t.isPunct(j + 1, ".") && t.isWord(j + 2, "c")) {
      return t.isPunct(j + 3, ".") ? j + 4 : j + 3;
    }
    if (t.isWord(j, "до") && t.isWord(j + 1, "н") && t.isPunct(j + 2, ".")) {
      int k = j + 3;
      if (t.isWord(k, "е") || t.isWord(k, "э")) {
        return t.isPunct(k + 1, ".") ? k + 2 : k + 1;
      }
      if (t.isWord(k, "э") || t.isWord(k, "е")) {
        return k + 1;
      }
    }
    if (t.isWord(j, "до")
        && (t.isWord(j + 1, "нашої") || t.isWord(j + 1, "нашей"))
        && (t.isWord(j + 2, "ери") || t.isWord(j + 2, "эры"))) {
      return j + 3;
    }
    return 0;
  }

  /** "2024", "2024 года", "1990s", "1930-х років", "480 до н. е.". */
  private boolean yearExpression(int i, int v) {
    int d = t.digits(i);
    // decades
    if (d == 4 && v % 10 == 0) {
      int j = i + 1;
      boolean decade = false;
      if (t.isWord(j, "s") && !t.space[j]) {
        decade = true;
        j++;
      } else if (t.isPunct(j, "'") && t.isWord(j + 1, "s") && !t.space[j]) {
        decade = true;
        j += 2;
      } else if (adjacentPunct(j, "-")
          && j + 1 < t.n
          && !t.space[j + 1]
          && t.kind[j + 1] == Tokens.WORD) {
        switch (t.norm(j + 1)) {
          case "х", "ті", "тих", "ых", "их", "е", "ые" -> {
            decade = true;
            j += 2;
          }
          default -> {}
        }
      }
      if (decade) {
        begin(i);
        mLast = j - 1;
        mEnd = j;
        if (j < t.n && t.lex[j] != null && t.lex[j].yearWord) {
          mEnd = consumeYearWord(j);
        }
        int bc = bcMarker(mEnd);
        if (bc > 0) {
          mEnd = bc;
          mLast = bc - 1;
          mValue = "BC" + pad(v / 10, 3);
          mExplicit = true;
          return true;
        }
        mValue = Integer.toString(v / 10);
        mStart = LocalDate.of(v, 1, 1);
        mStop = LocalDate.of(v + 9, 12, 31);
        mPrecision = Precision.YEAR;
        mExplicit = true;
        return true;
      }
    }
    int y = yearNumber(i);
    int bc = bcMarker(i + 1);
    if (y == 0 && bc == 0) {
      return false;
    }
    if (y == 0) {
      y = v;
    }
    // guards against quantities: "2024 people", "$2000", "2,000"
    if (bc == 0) {
      if (i > 0
          && (t.isPunct(i - 1, "$")
              || t.isPunct(i - 1, "€")
              || t.isPunct(i - 1, "£")
              || t.isPunct(i - 1, "#")
              || t.isPunct(i - 1, "№"))) {
        return false;
      }
      if (i > 0
          && !t.space[i]
          && (t.isPunct(i - 1, ",") || t.isPunct(i - 1, "."))
          && t.isNum(i - 2)) {
        return false;
      }
      if (adjacentPunct(i + 1, ",") && adjacentNum(i + 2)
          || adjacentPunct(i + 1, ".") && adjacentNum(i + 2)) {
        return false;
      }
      if (i + 1 < t.n && t.kind[i + 1] == Tokens.WORD && !t.space[i + 1]) {
        return false;
      }
      if (t.isPunct(i + 1, "%")) {
        return false;
      }
      if (i > 0 && isQuantityCue(t.norm(i - 1))) {
        return false;
      }
      if (i + 1 < t.n && isCountedNoun(t.norm(i + 1))) {
        return false;
      }
      if (!english
          && i + 1 < t.n
          && t.kind[i + 1] == Tokens.WORD
          && t.lex[i + 1] == null
          && !(i > 0 && isYearPreposition(t.norm(i - 1)))) {
        char c0 = t.text.charAt(t.start[i + 1]);
        if (c0 >= 'а' && c0 <= 'я' || c0 == 'і' || c0 == 'ї' || c0 == 'є' || c0 == 'ґ') {
          switch (t.norm(i + 1)) {
            case "та", "і", "й", "и", "а", "або", "или", "по", "до" -> {}
            default -> {
              return false;
            }
          }
        }
      }
      if (i + 1 < t.n
          && t.lex[i + 1] != null
          && t.lex[i + 1].unit != null
          && !t.lex[i + 1].yearWord) {
        return false;
      }
    }
    begin(i);
    if (bc > 0) {
      mLast = bc - 1;
      mEnd = bc;
      yearValue(1 - y);
      mExplicit = true;
      return true;
    }
    if (i + 1 < t.n && t.lex[i + 1] != null && t.lex[i + 1].yearWord) {
      mEnd = consumeYearWord(i + 1);
      int bc2 = bcMarker(mEnd);
      if (bc2 > 0) {
        mLast = bc2 - 1;
        mEnd = bc2;
        yearValue(1 - y);
        mExplicit = true;
        return true;
      }
    }
    yearValue(y);
    mExplicit = true;
    mWeak = mEnd == i + 1 && !(i > 0 && isYearPreposition(t.norm(i - 1)));
    if (i >= 2 && t.isPunct(i - 1, "-") && t.isNum(i - 2) && t.digits(i - 2) == 4) {
      // the end of a year range "1950—1953" does not become the narrative reference
      mWeak = true;
    }
    return true;
  }

  private static boolean isClockPreposition(String w) {
    return switch (w) {
      case "о", "об", "близько", "около", "до", "після", "после", "в", "к" -> true;
      default -> false;
    };
  }

  private static boolean isYearPreposition(String w) {
    return switch (w) {
      case "in",
          "since",
          "by",
          "of",
          "from",
          "until",
          "till",
          "during",
          "before",
          "after",
          "у",
          "в",
          "з",
          "із",
          "до",
          "після",
          "від",
          "с",
          "со",
          "после",
          "к",
          "на",
          "of-" ->
          true;
      default -> false;
    };
  }

  private static boolean isQuantityCue(String w) {
    return switch (w) {
      case "about",
          "around",
          "some",
          "nearly",
          "almost",
          "roughly",
          "approximately",
          "than",
          "over",
          "under",
          "least",
          "most",
          "only",
          "just",
          "около",
          "более",
          "менее",
          "свыше",
          "почти",
          "понад",
          "близько",
          "майже",
          "щонайменше",
          "минимум",
          "максимум" ->
          true;
      default -> false;
    };
  }

  private static boolean isCountedNoun(String w) {
    return switch (w) {
      case "people",
          "persons",
          "troops",
          "soldiers",
          "civilians",
          "residents",
          "children",
          "homes",
          "houses",
          "buildings",
          "tons",
          "tonnes",
          "km",
          "kilometres",
          "kilometers",
          "miles",
          "metres",
          "meters",
          "drones",
          "missiles",
          "shells",
          "rounds",
          "times",
          "units",
          "человек",
          "людей",
          "жителей",
          "домов",
          "раз",
          "осіб",
          "мешканців",
          "будинків",
          "разів",
          "км",
          "тонн",
          "дронов",
          "дронів",
          "ракет",
          "снарядов",
          "снарядів" ->
          true;
      default -> false;
    };
  }

  private void yearValue(int y) {
    mValue = y > 0 ? pad(y, 4) : "BC" + pad(1 - y, 4);
    mStart = LocalDate.of(y, 1, 1);
    mStop = LocalDate.of(y, 12, 31);
    mPrecision = Precision.YEAR;
  }

  /** "20th century", "XX століття", "V ст. до н. е." (token i is the number). */
  private boolean century(int i) {
    int c;
    if (t.kind[i] == Tokens.NUM) {
      c = (int) t.num[i];
    } else {
      c = roman(t.norm(i));
    }
    if (c <= 0 || c > 21) {
      return false;
    }
    int j = t.kind[i] == Tokens.NUM ? skipOrdinalSuffix(i + 1) : i + 1;
    if (j >= t.n || t.lex[j] == null || t.lex[j].unit != Unit.CENTURY || t.lex[j].plural) {
      return false;
    }
    begin(i);
    mLast = j;
    mEnd = j + 1;
    if (t.isPunct(mEnd, ".") && t.norm(j).equals("ст")) {
      mLast = mEnd;
      mEnd++;
    }
    int bc = bcMarker(mEnd);
    if (bc > 0) {
      mLast = bc - 1;
      mEnd = bc;
      mValue = "BC" + pad(c, 2);
      mExplicit = true;
      return true;
    }
    mValue = pad(c - 1, 2);
    mStart = LocalDate.of((c - 1) * 100, 1, 1);
    mStop = LocalDate.of((c - 1) * 100 + 99, 12, 31);
    mPrecision = Precision.YEAR;
    mExplicit = true;
    return true;
  }

  private static boolean isRoman(String w) {
    return !w.isEmpty() && w.length() <= 6 && roman(w) > 0;
  }

  private static int roman(String w) {
    int total = 0;
    int prev = 0;
    for (int k = w.length() - 1; k >= 0; k--) {
      int v =
          switch (w.charAt(k)) {
            case 'i', 'і' -> 1;
            case 'v' -> 5;
            case 'x', 'х' -> 10;
            default -> -1;
          };
      if (v < 0) {
        return 0;
      }
      total += v < prev ? -v : v;
      prev = Math.max(prev, v);
    }
    return total;
  }

  // ==================================================================================== clocks

  private int ampm(int j) {
    if (t.isWord(j, "am") || t.isWord(j, "pm")) {
      return j + 1;
    }
    if ((t.isWord(j, "a") || t.isWord(j, "p"))
        && t.isPunct(j + 1, ".")
        && t.isWord(j + 2, "m")
        && !t.space[j + 2]) {
      return t.isPunct(j + 3, ".") ? j + 4 : j + 3;
    }
    return 0;
  }

  /** A clock time starting at i (begin() already called with the span start). */
  private boolean clock(int i) {
    int h = (int) t.num[i];
    int min = 0;
    int j = i + 1;
    if (adjacentPunct(j, ":")) {
      min = (int) t.num[j + 1];
      j += 2;
      if (adjacentPunct(j, ":") && adjacentNum(j + 1)) {
        j += 2;
      }
    }
    if (min > 59 || h > 24) {
      return false;
    }
    int last = j - 1;
    int ap = ampm(j);
    if (ap > 0) {
      boolean pm = t.norm(j).startsWith("p");
      if (h == 12) {
        h = pm ? 12 : 0;
      } else if (pm) {
        h += 12;
      }
      last = ap - 1;
      j = ap;
    }
    int z = zone(j);
    if (z > 0) {
      last = z - 1;
      j = z;
    }
    mLast = last;
    mEnd = j;
    mType = TimexType.TIME;
    LocalDate following = dayAfterClock(j);
    String hm = "T" + pad(h, 2) + (adjacentPunct(i + 1, ":") ? ":" + pad(min, 2) : "");
    LocalDate day = following != null ? following : dayContext();
    if (day != null) {
      mValue = isoDate(day) + hm;
      mStart = day;
      mStop = day;
      mPrecision = Precision.DAY;
      mRelative = true;
    } else {
      mValue = "XXXX-XX-XX" + hm;
      mRelative = true;
    }
    return true;
  }

  /**
   * A weekday or "today"/"yesterday" right after a clock time ("15:00 GMT Saturday"): extends the
   * current match over it and returns its date, or null.
   */
  private @Nullable LocalDate dayAfterClock(int j) {
    int k = t.isPunct(j, ",") || t.isWord(j, "on") ? j + 1 : j;
    Word x = k < t.n ? t.lex[k] : null;
    if (x == null) {
      return null;
    }
    LocalDate d = null;
    if (x.dow != 0 && !x.ambiguousDow) {
      d = weekdayDate(x.dow, 0, mFirst);
    } else if (x.special == Special.TODAY
        || x.special == Special.YESTERDAY
        || x.special == Special.TOMORROW) {
      LocalDate b = dayBase();
      int off = x.special == Special.TODAY ? 0 : x.special == Special.YESTERDAY ? -1 : 1;
      d = b == null ? null : b.plusDays(off);
    } else {
      return null;
    }
    if (d != null) {
      mLast = k;
      mEnd = k + 1;
    }
    return d;
  }

  /** Time-zone words after a clock time; returns the index after them or 0. */
  private int zone(int j) {
    if (j >= t.n) {
      return 0;
    }
    String w = t.norm(j);
    switch (w) {
      case "gmt", "utc", "cet", "eet", "msk", "мск", "est", "edt", "bst", "cest", "eest" -> {
        return j + 1;
      }
      case "moscow", "kyiv", "kiev", "local", "ukrainian", "eastern", "london" -> {
        return t.isWord(j + 1, "time") ? j + 2 : 0;
      }
      case "по", "за" -> {
        if (j + 2 < t.n
            && t.kind[j + 1] == Tokens.WORD
            && (t.norm(j + 2).equals("времени") || t.norm(j + 2).equals("часом"))) {
          return j + 3;
        }
        return 0;
      }
      default -> {
        return 0;
      }
    }
  }

  /**
   * The day a bare clock time belongs to: the last day mentioned in this sentence, or the anchor.
   */
  private @Nullable LocalDate dayContext() {
    for (int k = out.size() - 1; k >= 0; k--) {
      TimeMention m = out.get(k);
      if (sentenceBreakBetween(m.end(), t.start[mFirst])) {
        break;
      }
      if (m.span().precision() == Precision.DAY && m.span().start() != null) {
        return m.span().start();
      }
    }
    if (mode == ReferenceMode.NARRATIVE) {
      return ref != null && refPrecision == Precision.DAY ? ref : null;
    }
    return anchor;
  }

  private boolean sentenceBreakBetween(int from, int to) {
    for (int c = from; c < to && c < t.text.length(); c++) {
      char ch = t.text.charAt(c);
      if (ch == '.' || ch == '!' || ch == '?' || ch == '\n') {
        return true;
      }
    }
    return false;
  }

  /** After a day-precision date: "at 22:15", "о 9:02" merges into one TIME mention. */
  private void timeAfterDate() {
    if (mPrecision != Precision.DAY || mStart == null) {
      return;
    }
    int j = mEnd;
    if (t.isPunct(j, ",")) {
      j++;
    }
    if (t.isWord(j, "at") || t.isWord(j, "о") || t.isWord(j, "об") || t.isWord(j, "в")) {
      j++;
    }
    if (t.isNum(j) && t.digits(j) <= 2 && adjacentPunct(j + 1, ":") && adjacentNum(j + 2)) {
      int h = (int) t.num[j];
      int min = (int) t.num[j + 2];
      if (h <= 24 && min <= 59) {
        mType = TimexType.TIME;
        mValue = mStart + "T" + pad(h, 2) + ":" + pad(min, 2);
        mLast = j + 2;
        mEnd = j + 3;
        int z = zone(mEnd);
        if (z > 0) {
          mLast = z - 1;
          mEnd = z;
        }
      }
    }
  }

  // ================================================================================= month first

  /** "May 4", "May 4, 2024", "May 2024", "March and April 2024", "January", "у січні". */
  private boolean monthFirst(int i, Word x) {
    int m = x.month;
    int j = i + 1;
    if (isAbbreviation(t.norm(i)) && t.isPunct(j, ".") && !t.space[j]) {
      j++;
    }
    // Month D[, YYYY]
    if (t.isNum(j)
        && t.digits(j) <= 2
        && t.num[j] >= 1
        && t.num[j] <= 31
        && !t.isPunct(j + 1, ":")
        && !(t.isPunct(j + 1, ".") && t.isNum(j + 2))) {
      int day = (int) t.num[j];
      int k = skipOrdinalSuffix(j + 1);
      begin(i);
      mLast = k - 1;
      mEnd = k;
      int ya = t.isPunct(k, ",") ? k + 1 : k;
      int y = yearNumber(ya);
      if (y > 0) {
        mLast = ya;
        mEnd = ya + 1;
        explicitDate(y, m, day, ya, ya + 1);
      } else {
        impliedYearDate(m, day);
      }
      timeAfterDate();
      return true;
    }
    // Month [of|,] YYYY
    int ya = t.isWord(j, "of") || t.isPunct(j, ",") ? j + 1 : j;
    int y = yearNumber(ya);
    if (y > 0) {
      begin(i);
      int end = ya + 1;
      int last = ya;
      int bc = bcMarker(end);
      if (bc > 0) {
        y = 1 - y;
        end = bc;
        last = bc - 1;
      } else if (end < t.n && t.lex[end] != null && t.lex[end].yearWord) {
        end = consumeYearWord(end);
      }
      mLast = last;
      mEnd = end;
      monthValue(y, m);
      mExplicit = true;
      return true;
    }
    // Month [of] this/last/next year
    int ry = t.isWord(j, "of") ? j + 1 : j;
    if (ry + 1 < t.n
        && t.lex[ry] != null
        && t.lex[ry].hasRel
        && !t.lex[ry].past
        && t.lex[ry + 1] != null
        && t.lex[ry + 1].unit == Unit.YEAR
        && !t.lex[ry + 1].plural) {
      begin(i);
      mLast = ry + 1;
      mEnd = ry + 2;
      mRelative = true;
      LocalDate b = coarseBase();
      if (b != null) {
        monthValue(b.getYear() + t.lex[ry].rel, m);
      }
      return true;
    }
    // Month – Month [YYYY]: a range
    if (isRangeJoiner(j) && month(j + 1) != 0) {
      int m2 = month(j + 1);
      int ya2 = t.isPunct(j + 2, ",") || t.isWord(j + 2, "of") ? j + 3 : j + 2;
      int y2 = yearNumber(ya2);
      begin(i > 0 && (t.isWord(i - 1, "between") || t.isWord(i - 1, "from")) ? i - 1 : i);
      if (y2 > 0) {
        int y1 = m2 >= m ? y2 : y2 - 1;
        mLast = ya2;
        mEnd = ya2 + 1;
        if (mEnd < t.n && t.lex[mEnd] != null && t.lex[mEnd].yearWord) {
          mEnd = consumeYearWord(mEnd);
        }
        monthRange(y1, m, y2, m2);
        mExplicit = true;
        splitMonths(i, i, y1, m, j + 1, y2, m2);
      } else {
        mLast = j + 1;
        mEnd = j + 2;
        impliedYearMonth(m);
        if (mStart != null) {
          int y1 = mStart.getYear();
          int y2b = m2 >= m ? y1 : y1 + 1;
          monthRange(y1, m, y2b, m2);
          splitMonths(i, i, y1, m, j + 1, y2b, m2);
        } else {
          mValue = null;
        }
      }
      return true;
    }
    // bare month
    if (x.ambiguousMonth && !bareMonthContext(i)) {
      return false;
    }
    if (isAbbreviation(t.norm(i)) && !t.norm(i).equals("may")) {
      return false;
    }
    begin(i);
    impliedYearMonth(m);
    return true;
  }

  /** Splits a month range into its two month ends for the TIMEX3 view. */
  private void splitMonths(int first, int last, int y1, int m1, int part2First, int y2, int m2) {
    YearMonth a = YearMonth.of(y1, m1);
    YearMonth b = YearMonth.of(y2, m2);
    String v = mValue;
    split(
        first,
        last,
        a.atDay(1),
        a.atEndOfMonth(),
        Precision.MONTH,
        pad(y1, 4) + "-" + pad(m1, 2),
        part2First,
        b.atDay(1),
        b.atEndOfMonth(),
        Precision.MONTH,
        pad(y2, 4) + "-" + pad(m2, 2));
    mValue = v;
  }

  private static boolean isAbbreviation(String w) {
    return switch (w) {
      case "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "янв",
          "фев",
          "февр",
          "апр",
          "авг",
          "сен",
          "сент",
          "окт",
          "нояб",
          "дек" ->
          true;
      default -> false;
    };
  }

  private boolean isRangeJoiner(int j) {
    if (j >= t.n) {
      return false;
    }
    return t.isPunct(j, "-")
        || t.isPunct(j, "/")
        || switch (t.norm(j)) {
          case "and", "to", "through", "until", "till", "по", "до", "и", "і", "та", "й" ->
              t.kind[j] == Tokens.WORD;
          default -> false;
        };
  }

  /** Whether an ambiguous month word ("may", "march", "май") stands as a month here. */
  private boolean bareMonthContext(int i) {
    if (i == 0) {
      return false;
    }
    String p = t.norm(i - 1);
    return switch (p) {
      case "in",
          "since",
          "until",
          "till",
          "of",
          "early",
          "late",
          "mid",
          "last",
          "next",
          "this",
          "during",
          "by",
          "в",
          "у",
          "во",
          "с",
          "з",
          "по",
          "до",
          "середине",
          "начале",
          "конце",
          "початку",
          "кінці",
          "середині",
          "наприкінці",
          "since-",
          "from",
          "before",
          "after" ->
          !(t.norm(i).equals("may") && (p.equals("this") || p.equals("next")));
      default -> false;
    };
  }

  // ================================================================================== weekdays

  /** "Tuesday", "on Tuesday, 14 May", "Friday night", "в понедельник утром". */
  private boolean weekday(int i, int rel) {
    Word x = t.lex[i];
    if (x == null || x.dow == 0) {
      return false;
    }
    int j = i + 1;
    if (t.isPunct(j, ",")) {
      j++;
    }
    // weekday followed by a full date: the date decides
    if (t.isNum(j)
        && t.digits(j) <= 2
        && dayMonth(rel == 0 ? i : mFirstFor(i), j, (int) t.num[j])) {
      return true;
    }
    if (month(j) != 0 && t.isNum(j + 1) && monthFirst(j, t.lex[j]) && mFirst == j) {
      mFirst = i;
      return true;
    }
    if (x.ambiguousDow && rel == 0) {
      String p = i > 0 ? t.norm(i - 1) : "";
      if (!(p.equals("в") || p.equals("во") || p.equals("до") || p.equals("со"))) {
        return false;
      }
    }
    if (rel == 0) {
      begin(i);
    }
    mLast = i;
    mEnd = i + 1;
    LocalDate d = weekdayDate(x.dow, rel, i);
    Part part = partAfter(i + 1);
    if (part != null) {
      mLast = i + 1;
      mEnd = i + 2;
    }
    if (d == null) {
      mRelative = true;
      mValue = part == null ? null : "XXXX-WXX-" + x.dow + "T" + part.name();
      if (part != null) {
        mType = TimexType.TIME;
      }
      return true;
    }
    mRelative = true;
    dayValue(d);
    if (part != null) {
      applyPart(d, part);
    }
    return true;
  }

  private int mFirstFor(int i) {
    return mFirst < i ? mFirst : i;
  }

  private @Nullable Part partAfter(int j) {
    if (j < t.n && t.lex[j] != null && t.lex[j].part != null && t.lex[j].month == 0) {
      String w = t.norm(j);
      if (w.equals("утро") || w.equals("ночь") || w.equals("ніч") || w.equals("вечер")) {
        return null;
      }
      return t.lex[j].part;
    }
    return null;
  }

  private void applyPart(LocalDate d, Part part) {
    mType = TimexType.TIME;
    mValue = d + "T" + part.name();
    if (part == Part.NI) {
      mStart = d;
      mStop = d.plusDays(1);
      mPrecision = Precision.DAYS;
    }
  }

  /**
   * The date of a weekday: rel -1 the most recent strictly before the reference, +1 the next
   * strictly after, 0 the most recent on or before (or the next on or after when the sentence
   * speaks of the future).
   */
  private @Nullable LocalDate weekdayDate(int dow, int rel, int at) {
    LocalDate base = dayBase();
    if (base == null) {
      return null;
    }
    int a = base.getDayOfWeek().getValue();
    int back = (a - dow + 7) % 7;
    int ahead = (dow - a + 7) % 7;
    if (rel < 0) {
      return base.minusDays(back == 0 ? 7 : back);
    }
    if (rel > 0) {
      return base.plusDays(ahead == 0 ? 7 : ahead);
    }
    if (futureCue(at)) {
      return base.plusDays(ahead);
    }
    return base.minusDays(back);
  }

  private @Nullable LocalDate dayBase() {
    if (mode == ReferenceMode.NARRATIVE) {
      return ref != null && refPrecision == Precision.DAY ? ref : null;
    }
    return anchor;
  }

  /** The reference for relative expressions of coarser units (years, months, weeks). */
  private @Nullable LocalDate coarseBase() {
    return mode == ReferenceMode.NARRATIVE ? ref : anchor;
  }

  private boolean futureCue(int at) {
    int stop = Math.max(0, at - FUTURE_WINDOW);
    for (int k = at - 1; k >= stop; k--) {
      if (t.kind[k] == Tokens.PUNCT) {
        String p = t.norm(k);
        if (p.equals(".") || p.equals("!") || p.equals("?") || p.equals(";")) {
          return false;
        }
      }
      if (t.newline[k + 1 <= at ? k + 1 : at] && k + 1 <= at && k + 1 != at) {
        return false;
      }
      Word x = t.lex[k];
      if (x != null && (x.futureCue || (x.hasRel && x.rel > 0))) {
        return true;
      }
      if (t.kind[k] == Tokens.WORD && t.norm(k).endsWith("'ll")) {
        return true;
      }
    }
    return false;
  }

  // ================================================================================= relative

  /** "last month", "next week", "this year", "last Friday", "last night", "past year". */
  private boolean relative(int i, Word x) {
    int j = i + 1;
    if (j >= t.n) {
      return false;
    }
    Word y = t.lex[j];
    // last/past N units: a period ending at the anchor
    if (x.rel < 0) {
      int q = 0;
      int uAt = j;
      if (t.isNum(j) && t.num[j] > 0 && t.num[j] < 1000) {
        q = (int) t.num[j];
        uAt = j + 1;
      } else if (y != null && y.number != 0) {
        q = y.number;
        uAt = j + 1;
      } else if (t.isWord(j, "few") || t.isWord(j, "couple")) {
        q = -2;
        uAt = j + 1;
      }
      if (uAt < t.n && t.isWord(uAt, "of") && q == 2) {
        uAt++;
      }
      if (q != 0 && uAt < t.n && t.lex[uAt] != null && t.lex[uAt].unit != null) {
        begin(i);
        mLast = uAt;
        mEnd = uAt + 1;
        pastPeriod(t.lex[uAt].unit, q);
        return true;
      }
    }
    if (y == null) {
      return false;
    }
    if (y.unit != null) {
      Unit u = y.unit;
      begin(i);
      mLast = j;
      mEnd = j + 1;
      boolean period = x.past || isPastPeriodWord(t.norm(i)) || precededBy(i, "за");
      if (x.rel < 0 && period) {
        pastPeriod(u, 1);
        return true;
      }
      return relativeUnit(u, x.rel);
    }
    if (y.dow != 0) {
      begin(i);
      return weekday(j, x.rel == 0 ? 0 : x.rel) && fix(i);
    }
    if (y.season != null) {
      return season(i, j, x.rel);
    }
    if (y.part == Part.NI) {
      // last night, прошлой ночью, этой ночью, цієї ночі
      begin(i);
      mLast = j;
      mEnd = j + 1;
      if (x.rel > 0) {
        LocalDate b = dayBase();
        if (b != null) {
          nightOf(b);
        }
        mRelative = true;
        return true;
      }
      overnight();
      return true;
    }
    if (y.part != null && x.rel == 0) {
      begin(i);
      mLast = j;
      mEnd = j + 1;
      LocalDate b = dayBase();
      mType = TimexType.TIME;
      mRelative = true;
      if (b != null) {
        dayValue(b);
        applyPart(b, y.part);
      }
      return true;
    }
    if (y.month != 0 && !t.norm(j).equals("may")) {
      begin(i);
      mLast = j;
      mEnd = j + 1;
      LocalDate b = coarseBase();
      mRelative = true;
      if (b != null) {
        int yr = b.getYear() + (x.rel < 0 ? -1 : x.rel > 0 ? 1 : 0);
        if (x.rel < 0 && y.month < b.getMonthValue()) {
          yr = b.getYear();
        }
        if (x.rel > 0 && y.month > b.getMonthValue()) {
          yr = b.getYear();
        }
        monthValue(yr, y.month);
      }
      return true;
    }
    return false;
  }

  private boolean fix(int first) {
    mFirst = first;
    return true;
  }

  private static boolean isPastPeriodWord(String w) {
    return w.startsWith("последн") || w.startsWith("останн");
  }

  private boolean precededBy(int i, String w) {
    return i > 0 && t.isWord(i - 1, w);
  }

  private boolean relativeUnit(Unit u, int rel) {
    LocalDate b = u == Unit.DAY || u == Unit.WEEK || u == Unit.WEEKEND ? dayBase() : coarseBase();
    if (u == Unit.WEEK || u == Unit.WEEKEND) {
      b = b == null && mode == ReferenceMode.NARRATIVE ? coarseBase() : b;
    }
    mRelative = true;
    if (b == null) {
      return true;
    }
    switch (u) {
      case DAY -> dayValue(b.plusDays(rel));
      case WEEK -> weekValue(b.plusWeeks(rel));
      case WEEKEND -> {
        LocalDate monday = monday(b.plusWeeks(rel));
        if (rel == 0 && b.getDayOfWeek().getValue() < 6 && !futureCue(mFirst)) {
          monday = monday.minusWeeks(1);
        }
        mStart = monday.plusDays(5);
        mStop = monday.plusDays(6);
        mPrecision = Precision.DAYS;
        mValue = weekName(monday) + "-WE";
      }
      case MONTH -> {
        YearMonth ym = YearMonth.from(b).plusMonths(rel);
        monthValue(ym.getYear(), ym.getMonthValue());
      }
      case QUARTER -> {
        int q = (b.getMonthValue() - 1) / 3 + rel;
        int y = b.getYear() + Math.floorDiv(q, 4);
        quarterValue(y, Math.floorMod(q, 4) + 1);
      }
      case YEAR -> yearValue(b.getYear() + rel);
      case DECADE -> {
        int d = b.getYear() / 10 + rel;
        mValue = Integer.toString(d);
        mStart = LocalDate.of(d * 10, 1, 1);
        mStop = LocalDate.of(d * 10 + 9, 12, 31);
        mPrecision = Precision.YEAR;
      }
      case CENTURY -> {
        int c = b.getYear() / 100 + rel;
        mValue = pad(c, 2);
        mStart = LocalDate.of(c * 100, 1, 1);
        mStop = LocalDate.of(c * 100 + 99, 12, 31);
        mPrecision = Precision.YEAR;
      }
      default -> {
        // last hour / this minute: a TIME reference to the present
        mType = TimexType.DATE;
        mValue = "PRESENT_REF";
        dayValue(b);
        mValue = "PRESENT_REF";
      }
    }
    return true;
  }

  /** "the past year", "the last 3 days", "за последнюю неделю": a period ending at the anchor. */
  private void pastPeriod(Unit u, int q) {
    mType = TimexType.DURATION;
    mValue = durationValue(u, q);
    LocalDate b = mode == ReferenceMode.NARRATIVE ? null : anchor;
    mRelative = true;
    if (b == null || q < 0) {
      if (q < 0 && b != null) {
        mRelative = true;
      }
      return;
    }
    LocalDate s =
        switch (u) {
          case SECOND, MINUTE, HOUR -> b.minusDays(u == Unit.HOUR && q >= 24 ? q / 24 : 1);
          case DAY -> b.minusDays(q);
          case WEEK, WEEKEND -> b.minusWeeks(q);
          case MONTH -> b.minusMonths(q);
          case QUARTER -> b.minusMonths(3L * q);
          case YEAR -> b.minusYears(q);
          case DECADE -> b.minusYears(10L * q);
          case CENTURY -> b.minusYears(100L * q);
        };
    mStart = s;
    mStop = b;
    mPrecision =
        switch (u) {
          case SECOND, MINUTE, HOUR, DAY -> Precision.DAYS;
          case WEEK, WEEKEND -> Precision.WEEK;
          case MONTH, QUARTER -> Precision.MONTH;
          default -> Precision.YEAR;
        };
  }

  // ================================================================================= specials

  private boolean special(int i, Word x) {
    Special s = x.special;
    begin(i);
    switch (s) {
      case PRESENT -> {
        mValue = "PRESENT_REF";
        LocalDate b = anchor;
        if (b != null && mode == ReferenceMode.NEWS) {
          mStart = b;
          mStop = b;
          mPrecision = Precision.DAY;
        }
        mRelative = true;
        return true;
      }
      case PAST -> {
        mValue = "PAST_REF";
        mRelative = true;
        return true;
      }
      case FUTURE -> {
        mValue = "FUTURE_REF";
        mRelative = true;
        return true;
      }
      case OVERNIGHT -> {
        // "ночью" after a weekday or date is handled there; alone it is the night before
        // publication
        overnight();
        return true;
      }
      case LAST_YEAR -> {
        mRelative = true;
        LocalDate b = coarseBase();
        if (b != null) {
          yearValue(b.getYear() - 1);
        }
        return true;
      }
      default -> {}
    }
    if (s == Special.TODAY && mode == ReferenceMode.NARRATIVE) {
      mValue = "PRESENT_REF";
      mRelative = true;
      return true;
    }
    int offset =
        switch (s) {
          case YESTERDAY -> -1;
          case TOMORROW -> 1;
          case DAY_BEFORE_YESTERDAY -> -2;
          case DAY_AFTER_TOMORROW -> 2;
          default -> 0;
        };
    mRelative = true;
    LocalDate b = dayBase();
    LocalDate d = b == null ? null : b.plusDays(offset);
    if (s == Special.TONIGHT) {
      mType = TimexType.TIME;
      if (d != null) {
        dayValue(d);
        applyPart(d, Part.NI);
      }
      return true;
    }
    if (d != null) {
      dayValue(d);
    }
    // yesterday morning, вчера вечером, сегодня ночью, сьогодні вночі
    int j = i + 1;
    if (t.isWord(j, "in") && t.isWord(j + 1, "the")) {
      j += 2;
    }
    Part part = partAfter(j);
    if (part != null) {
      mLast = j;
      mEnd = j + 1;
      mType = TimexType.TIME;
      if (s == Special.TODAY && part == Part.NI) {
        overnight();
        return true;
      }
      if (d != null) {
        applyPart(d, part);
      } else {
        mValue = null;
      }
    } else if (s == Special.TODAY && t.isWord(j, "'s")) {
      mEnd = j + 1;
    }
    return true;
  }

  /** The night before publication: the previous day and the anchor day (precision days). */
  private void overnight() {
    mType = TimexType.TIME;
    mRelative = true;
    LocalDate b = dayBase();
    if (b == null) {
      return;
    }
    mValue = b.minusDays(1) + "TNI";
    mStart = b.minusDays(1);
    mStop = b;
    mPrecision = Precision.DAYS;
  }

  private void nightOf(LocalDate d) {
    mType = TimexType.TIME;
    mValue = d + "TNI";
    mStart = d;
    mStop = d.plusDays(1);
    mPrecision = Precision.DAYS;
  }

  /** Slavic adverbs of the part of the day alone: "утром", "вранці", "ввечері". */
  private boolean partAlone(int i, Word x) {
    Part p = x.part;
    String w = t.norm(i);
    boolean adverb =
        switch (w) {
          case "утром", "вечером", "вранці", "зранку", "уранці", "ввечері", "увечері" -> true;
          default -> false;
        };
    // зранку 19 квітня, увечері 10 серпня: part + date
    int j = i + 1;
    if ((adverb || w.equals("night") || w.equals("morning") || w.equals("evening"))
        && t.isNum(j)
        && t.digits(j) <= 2
        && dayMonth(i, j, (int) t.num[j])) {
      if (mStart != null && mPrecision == Precision.DAY) {
        applyPart(mStart, p);
      } else {
        mType = TimexType.TIME;
      }
      return true;
    }
    // ніч на 18 грудня, ночь на понедельник, ночь с 11 на 12 мая
    if (p == Part.NI && (w.equals("ночь") || w.equals("ніч"))) {
      return nightOnto(i);
    }
    if (!adverb) {
      return false;
    }
    begin(i);
    mType = TimexType.TIME;
    mRelative = true;
    LocalDate b = dayBase();
    if (b != null) {
      dayValue(b);
      applyPart(b, p);
    }
    return true;
  }

  /** "ночь на 12 мая", "ніч з 11 на 12 травня", "ночь на понедельник". */
  private boolean nightOnto(int i) {
    int j = i + 1;
    boolean from = false;
    if (t.isWord(j, "с") || t.isWord(j, "з") || t.isWord(j, "со") || t.isWord(j, "із")) {
      // skip "с 11", "з 9-го" or "с воскресенья"
      from = t.isNum(j + 1);
      j = t.isNum(j + 1) ? skipOrdinalSuffix(j + 2) : j + 2;
    }
    if (!t.isWord(j, "на") && !t.isWord(j, "проти") && !t.isWord(j, "против")) {
      return false;
    }
    j++;
    if (t.isNum(j) && t.digits(j) <= 2 && dayMonth(i, j, (int) t.num[j])) {
      LocalDate d = mStart;
      if (d != null && mPrecision == Precision.DAY) {
        mType = TimexType.TIME;
        mValue = (from ? d.minusDays(1) : d) + "TNI";
        mStart = d.minusDays(1);
        mStop = d;
        mPrecision = Precision.DAYS;
      } else {
        mType = TimexType.TIME;
      }
      return true;
    }
    Word y = j < t.n ? t.lex[j] : null;
    if (y != null && y.dow != 0) {
      begin(i);
      mLast = j;
      mEnd = j + 1;
      LocalDate d = weekdayDate(y.dow, 0, i);
      mType = TimexType.TIME;
      mRelative = true;
      if (d != null) {
        mValue = d + "TNI";
        mStart = d.minusDays(1);
        mStop = d;
        mPrecision = Precision.DAYS;
      }
      return true;
    }
    return false;
  }

  // ================================================================================= seasons

  /** "summer 2012", "last summer", "влітку 1941", "навесні 490 до н. е.". rel 99 = none. */
  private boolean season(int first, int i, int rel) {
    Word x = t.lex[i];
    if (x == null || x.season == null) {
      return false;
    }
    String s = x.season;
    int j = i + 1;
    if (t.isWord(j, "of") || t.isPunct(j, ",")) {
      j++;
    }
    int y = yearNumber(j);
    begin(first);
    if (y > 0 && rel == 99) {
      mLast = j;
      mEnd = j + 1;
      int bc = bcMarker(mEnd);
      if (bc > 0) {
        y = 1 - y;
        mLast = bc - 1;
        mEnd = bc;
      } else if (mEnd < t.n && t.lex[mEnd] != null && t.lex[mEnd].yearWord) {
        mEnd = consumeYearWord(mEnd);
      }
      seasonValue(y, s);
      mExplicit = true;
      return true;
    }
    mLast = i;
    mEnd = i + 1;
    if (rel == 99
        && english
        && first == i
        && !precededBy(i, "in")
        && !precededBy(i, "the")
        && !precededBy(i, "this")) {
      return false;
    }
    LocalDate b = coarseBase();
    mRelative = true;
    if (b == null) {
      mValue = "XXXX-" + s;
      return true;
    }
    int cur = b.getYear();
    int sm = seasonStartMonth(s);
    int yr;
    if (rel == 99 || rel == 0) {
      yr = cur;
      if (mode == ReferenceMode.NEWS && rel == 99 && sm > b.getMonthValue() && !futureCue(first)) {
        yr--;
      }
    } else if (rel < 0) {
      yr = sm + 2 < b.getMonthValue() ? cur : cur - 1;
      if (s.equals("WI")) {
        yr = cur - 1;
      }
    } else {
      yr = sm > b.getMonthValue() ? cur : cur + 1;
    }
    seasonValue(yr, s);
    return true;
  }

  private static int seasonStartMonth(String s) {
    return switch (s) {
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      default -> 12;
    };
  }

  private void seasonValue(int y, String s) {
    mValue = (y > 0 ? pad(y, 4) : "BC" + pad(1 - y, 4)) + "-" + s;
    int sm = seasonStartMonth(s);
    YearMonth from = YearMonth.of(y, sm);
    YearMonth to = from.plusMonths(2);
    mStart = from.atDay(1);
    mStop = to.atEndOfMonth();
    mPrecision = Precision.MONTH;
  }

  // ================================================================================ quantities

  /** "3 days [ago]", "two weeks ago", "a decade", "several months", "неделю назад". */
  private boolean quantityUnit(int first, int j, int q) {
    if (j >= t.n) {
      return false;
    }
    if (q == -2 && t.isWord(first, "a")) {
      return false;
    }
    if (q > 0
        && adjacentPunct(j, "-")
        && j + 1 < t.n
        && !t.space[j + 1]
        && t.kind[j + 1] == Tokens.WORD
        && adjectiveUnit(t.norm(j + 1)) != null) {
      if (isAgeSuffix(j + 2)) {
        return false;
      }
      begin(first);
      mLast = j + 1;
      mEnd = j + 2;
      duration(adjectiveUnit(t.norm(j + 1)), q);
      return true;
    }
    int k = j;
    if (t.isWord(first, "a") && t.isWord(j, "few")) {
      q = -2;
      k = j + 1;
    } else if (t.isWord(first, "a") && t.isWord(j, "couple") && t.isWord(j + 1, "of")) {
      q = 2;
      k = j + 2;
    }
    Word u = k < t.n ? t.lex[k] : null;
    if (u == null || u.unit == null) {
      return false;
    }
    if (u.unit == Unit.WEEKEND) {
      return false;
    }
    // "one day" in narrative ("одного дня") is vague; "year" after a number that is a year is a
    // date
    begin(first);
    mLast = k;
    mEnd = k + 1;
    if (agoWord(k + 1)) {
      mLast = k + 1;
      mEnd = k + 2;
      ago(u.unit, q);
      return true;
    }
    if (precededBy(first, "через")) {
      later(u.unit, q, first - 1);
      return true;
    }
    duration(u.unit, q);
    return true;
  }

  private boolean agoWord(int j) {
    return t.isWord(j, "ago") || t.isWord(j, "назад") || t.isWord(j, "тому");
  }

  private void ago(Unit u, int q) {
    mRelative = true;
    mType = TimexType.DATE;
    LocalDate b = u == Unit.DAY || u == Unit.WEEK ? dayBase() : coarseBase();
    if (b == null || q < 0) {
      mValue = q < 0 ? "PAST_REF" : null;
      return;
    }
    switch (u) {
      case DAY -> dayValue(b.minusDays(q));
      case WEEK -> weekValue(b.minusWeeks(q));
      case MONTH -> {
        YearMonth ym = YearMonth.from(b).minusMonths(q);
        monthValue(ym.getYear(), ym.getMonthValue());
      }
      case YEAR -> yearValue(b.getYear() - q);
      case DECADE -> yearValue(b.getYear() - 10 * q);
      case CENTURY -> yearValue(b.getYear() - 100 * q);
      default -> dayValue(b);
    }
  }

  /** "через два дні": q units after the reference (narratives). */
  private void later(Unit u, int q, int first) {
    mFirst = first;
    mRelative = true;
    LocalDate b = u == Unit.DAY || u == Unit.WEEK ? dayBase() : coarseBase();
    if (b == null || q < 0) {
      mValue = q < 0 ? "FUTURE_REF" : null;
      return;
    }
    switch (u) {
      case DAY -> dayValue(b.plusDays(q));
      case WEEK -> weekValue(b.plusWeeks(q));
      case MONTH -> {
        YearMonth ym = YearMonth.from(b).plusMonths(q);
        monthValue(ym.getYear(), ym.getMonthValue());
      }
      case YEAR -> yearValue(b.getYear() + q);
      default -> dayValue(b);
    }
  }

  private void duration(Unit u, int q) {
    mType = TimexType.DURATION;
    mValue = durationValue(u, q);
  }

  private static String durationValue(Unit u, int q) {
    String n = q < 0 ? "X" : Integer.toString(q);
    return switch (u) {
      case SECOND -> "PT" + n + "S";
      case MINUTE -> "PT" + n + "M";
      case HOUR -> "PT" + n + "H";
      case DAY -> "P" + n + "D";
      case WEEK, WEEKEND -> "P" + n + "W";
      case MONTH -> "P" + n + "M";
      case QUARTER -> "P" + n + "Q";
      case YEAR -> "P" + n + "Y";
      case DECADE -> q < 0 ? "P" + n + "DE" : "P" + (10 * q) + "Y";
      case CENTURY -> q < 0 ? "P" + n + "CE" : "P" + (100 * q) + "Y";
    };
  }

  private static @Nullable Unit adjectiveUnit(String w) {
    if (w.equals("day") || w.startsWith("денн") || w.startsWith("дневн")) {
      return Unit.DAY;
    }
    if (w.equals("week") || w.startsWith("тижнев") || w.startsWith("недельн")) {
      return Unit.WEEK;
    }
    if (w.equals("month") || w.startsWith("місячн") || w.startsWith("месячн")) {
      return Unit.MONTH;
    }
    if (w.equals("year") || w.startsWith("річн") || w.startsWith("летн") || w.startsWith("літн")) {
      return Unit.YEAR;
    }
    if (w.equals("hour") || w.startsWith("годинн") || w.startsWith("часов")) {
      return Unit.HOUR;
    }
    if (w.equals("minute") || w.startsWith("хвилинн") || w.startsWith("минутн")) {
      return Unit.MINUTE;
    }
    return null;
  }

  /** A unit word first: "неделю назад", "год назад", "месяц тому", "days" after "for"/"recent". */
  private boolean unitFirst(int i, Word x) {
    Unit u = x.unit;
    if (u == null) {
      return false;
    }
    if (!x.plural && agoWord(i + 1)) {
      begin(i);
      mLast = i + 1;
      mEnd = i + 2;
      ago(u, 1);
      return true;
    }
    if (x.plural && u != Unit.WEEKEND && i > 0) {
      String p = t.norm(i - 1);
      boolean vague =
          switch (p) {
            case "for",
                "recent",
                "coming",
                "several",
                "few",
                "many",
                "протягом",
                "впродовж",
                "течение",
                "последние",
                "останні" ->
                true;
            default -> false;
          };
      if (vague) {
        begin(
            p.equals("recent") || p.equals("coming") || p.equals("последние") || p.equals("останні")
                ? i - 1
                : i);
        mLast = i;
        mEnd = i + 1;
        duration(u, -1);
        return true;
      }
    }
    return false;
  }

  // ======================================================================================= sets

  private void set(Unit u) {
    mType = TimexType.SET;
    mValue = durationValue(u, 1);
  }

  /** "every week", "each year", "каждый день", "кожного року". */
  private boolean every(int i) {
    int j = i + 1;
    Word y = j < t.n ? t.lex[j] : null;
    if (y == null) {
      return false;
    }
    if (y.unit != null && !y.plural) {
      begin(i);
      mLast = j;
      mEnd = j + 1;
      set(y.unit);
      return true;
    }
    if (y.dow != 0) {
      begin(i);
      mLast = j;
      mEnd = j + 1;
      mType = TimexType.SET;
      mValue = "XXXX-WXX-" + y.dow;
      return true;
    }
    if (y.season != null) {
      begin(i);
      mLast = j;
      mEnd = j + 1;
      mType = TimexType.SET;
      mValue = "XXXX-" + y.season;
      return true;
    }
    if (y.part != null) {
      begin(i);
      mLast = j;
      mEnd = j + 1;
      mType = TimexType.SET;
      mValue = "XXXX-XX-XXT" + y.part.name();
      return true;
    }
    return false;
  }

  // ============================================================================ "the ..." forms

  private boolean theExpression(int i) {
    int j = i + 1;
    if (j >= t.n) {
      return false;
    }
    Word y = t.lex[j];
    // the day before yesterday
    if (t.isWord(j, "day") && t.isWord(j + 1, "before") && t.isWord(j + 2, "yesterday")) {
      begin(i);
      mLast = j + 2;
      mEnd = j + 3;
      mRelative = true;
      LocalDate b = dayBase();
      if (b != null) {
        dayValue(b.minusDays(2));
      }
      return true;
    }
    if (t.isWord(j, "day") && t.isWord(j + 1, "after") && t.isWord(j + 2, "tomorrow")) {
      begin(i);
      mLast = j + 2;
      mEnd = j + 3;
      mRelative = true;
      LocalDate b = dayBase();
      if (b != null) {
        dayValue(b.plusDays(2));
      }
      return true;
    }
    if (t.isNum(j) && t.digits(j) == 4 && yearExpression(j, (int) t.num[j])) {
      if (mValue != null && mValue.length() == 3) {
        mFirst = i;
      }
      return true;
    }
    if (y == null) {
      return false;
    }
    if (y.hasRel) {
      // the past year / the last two weeks / the last week / the next few months
      int k = j + 1;
      int q = 0;
      if (t.isNum(k) && t.num[k] > 0 && t.num[k] < 1000) {
        q = (int) t.num[k];
        k++;
      } else if (k < t.n && t.lex[k] != null && t.lex[k].number != 0) {
        q = t.lex[k].number;
        k++;
      } else if (t.isWord(k, "few") || t.isWord(k, "couple")) {
        q = -2;
        k++;
        if (t.isWord(k, "of")) {
          k++;
        }
      }
      Word u = k < t.n ? t.lex[k] : null;
      if (u != null && u.unit != null) {
        begin(i);
        mLast = k;
        mEnd = k + 1;
        if (y.rel < 0 && (q != 0 || y.past)) {
          pastPeriod(u.unit, q == 0 ? 1 : q);
          return true;
        }
        if (q != 0 || u.plural) {
          duration(u.unit, q == 0 ? -1 : q);
          return true;
        }
        return relativeUnit(u.unit, y.rel);
      }
      if (t.norm(j).equals("past")) {
        begin(i);
        mLast = j;
        mEnd = j + 1;
        mValue = "PAST_REF";
        mRelative = true;
        return true;
      }
      return false;
    }
    // the quarter, the latest quarter: the last completed quarter
    int qa = t.isWord(j, "latest") || t.isWord(j, "fiscal") ? j + 1 : j;
    if (qa < t.n && t.lex[qa] != null && t.lex[qa].unit == Unit.QUARTER && !t.lex[qa].plural) {
      begin(i);
      mLast = qa;
      mEnd = qa + 1;
      mRelative = true;
      LocalDate b = coarseBase();
      if (b != null) {
        relativeUnit(Unit.QUARTER, -1);
      }
      return true;
    }
    if (y.ordinal > 0 && j + 1 < t.n) {
      // the first quarter [of 2012], the second half of the year
      if (quarter(i, j)) {
        return true;
      }
      if (t.isWord(j + 1, "half") && y.ordinal <= 2) {
        begin(i);
        mLast = j + 1;
        mEnd = j + 2;
        int yr = ofYear(j + 2);
        LocalDate b = coarseBase();
        int year = yr > 0 ? yr : b == null ? 0 : b.getYear();
        mRelative = yr <= 0;
        if (year > 0) {
          mValue = pad(year, 4) + "-H" + y.ordinal;
          mStart = LocalDate.of(year, y.ordinal == 1 ? 1 : 7, 1);
          mStop = y.ordinal == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
          mPrecision = Precision.MONTH;
        }
        return true;
      }
    }
    if (y.mod != null && t.isWord(j + 1, "of")) {
      return modified(i, j + 2, y.mod);
    }
    if (y.season != null) {
      return season(i, j, 99);
    }
    if (y.special == null && t.isWord(j, "present")) {
      begin(i);
      mLast = j;
      mEnd = j + 1;
      mValue = "PRESENT_REF";
      mRelative = true;
      return true;
    }
    if (t.isWord(j, "past") && !(j + 1 < t.n && (t.isNum(j + 1) || t.lex[j + 1] != null))) {
      begin(i);
      mLast = j;
      mEnd = j + 1;
      mValue = "PAST_REF";
      mRelative = true;
      return true;
    }
    if (t.isWord(j, "future")) {
      begin(i);
      mLast = j;
      mEnd = j + 1;
      mValue = "FUTURE_REF";
      mRelative = true;
      return true;
    }
    if (t.isWord(j, "weekend")) {
      begin(i);
      mLast = j;
      mEnd = j + 1;
      return relativeUnit(Unit.WEEKEND, 0);
    }
    return false;
  }

  /** "third-quarter", "fourth quarter of 1989" (ordinal at j); begins the match at first. */
  private boolean quarter(int first, int j) {
    Word y = t.lex[j];
    if (y == null || y.ordinal < 1 || y.ordinal > 4) {
      return false;
    }
    int k = t.isPunct(j + 1, "-") ? j + 2 : j + 1;
    Word u = k < t.n ? t.lex[k] : null;
    if (u == null || u.unit != Unit.QUARTER || u.plural) {
      return false;
    }
    begin(first);
    mLast = k;
    mEnd = k + 1;
    int yr = ofYear(k + 1);
    if (yr > 0) {
      quarterValue(yr, y.ordinal);
      mExplicit = true;
      return true;
    }
    LocalDate b = coarseBase();
    mRelative = true;
    if (b != null) {
      int cur = (b.getMonthValue() - 1) / 3 + 1;
      int year = y.ordinal > cur ? b.getYear() - 1 : b.getYear();
      if (futureCue(first) && y.ordinal < cur) {
        year = b.getYear() + 1;
      } else if (futureCue(first) && y.ordinal > cur) {
        year = b.getYear();
      }
      quarterValue(year, y.ordinal);
    }
    return true;
  }

  /** "першого серпня", "the first of May": an ordinal word as the day of a month. */
  private boolean ordinalDay(int i, Word x) {
    int j = t.isWord(i + 1, "of") ? i + 2 : i + 1;
    if (month(j) == 0 || t.lex[j].ambiguousMonth && j == i + 1 && english) {
      return false;
    }
    return dayMonthAt(i, j, x.ordinal);
  }

  /** Day {@code day} of the month word at j; the match starts at first. */
  private boolean dayMonthAt(int first, int j, int day) {
    int m = month(j);
    begin(first);
    mLast = j;
    mEnd = j + 1;
    int y = yearNumber(j + 1);
    if (y > 0) {
      mLast = j + 1;
      mEnd = j + 2;
      if (mEnd < t.n && t.lex[mEnd] != null && t.lex[mEnd].yearWord) {
        mEnd = consumeYearWord(mEnd);
      }
      explicitDate(y, m, day, mLast, mEnd);
    } else {
      impliedYearDate(m, day);
      yearAfterDate(m, day);
    }
    return true;
  }

  /** "1 січня наступного року", "5 мая прошлого года": a relative year after a date without one. */
  private void yearAfterDate(int m, int day) {
    int j = mEnd;
    Word r = j < t.n ? t.lex[j] : null;
    Word u = j + 1 < t.n ? t.lex[j + 1] : null;
    if (r != null && r.same && (t.isWord(j + 1, "ж") || t.isWord(j + 1, "же"))) {
      // "2 листопада того ж року": the reference year
      Word u2 = j + 2 < t.n ? t.lex[j + 2] : null;
      if (u2 != null && u2.unit == Unit.YEAR && !u2.plural) {
        LocalDate b = mode == ReferenceMode.NARRATIVE ? ref : lastDayOrAnchor();
        mLast = j + 2;
        mEnd = j + 3;
        mRelative = true;
        LocalDate d = b == null ? null : day > 0 ? dateOrNull(b.getYear(), m, day) : null;
        if (d != null) {
          dayValue(d);
        } else if (b != null && day == 0) {
          monthValue(b.getYear(), m);
        }
      }
      return;
    }
    if (r == null || u == null || !r.hasRel || r.past || u.unit != Unit.YEAR || u.plural) {
      return;
    }
    LocalDate b = coarseBase();
    mLast = j + 1;
    mEnd = j + 2;
    mRelative = true;
    if (b == null) {
      return;
    }
    LocalDate d = day > 0 ? dateOrNull(b.getYear() + r.rel, m, day) : null;
    if (day > 0 && d != null) {
      dayValue(d);
    } else if (day == 0) {
      monthValue(b.getYear() + r.rel, m);
    }
  }

  /**
   * "того ж дня", "в тот же день", "того ж року", "цього ж дня": the reference day, month or year
   * (the last explicit date in narratives, the last day mentioned or the anchor in news).
   */
  private boolean sameUnit(int i) {
    int j = i + 1;
    if (t.isWord(j, "ж") || t.isWord(j, "же")) {
      j++;
    } else {
      return false;
    }
    Word u = j < t.n ? t.lex[j] : null;
    if (u == null || u.unit == null || u.plural) {
      return false;
    }
    begin(i);
    mLast = j;
    mEnd = j + 1;
    mRelative = true;
    LocalDate b = mode == ReferenceMode.NARRATIVE ? ref : lastDayOrAnchor();
    if (b == null) {
      return true;
    }
    switch (u.unit) {
      case DAY -> {
        if (mode == ReferenceMode.NARRATIVE && refPrecision != Precision.DAY) {
          return true;
        }
        dayValue(b);
      }
      case MONTH -> monthValue(b.getYear(), b.getMonthValue());
      case YEAR -> yearValue(b.getYear());
      case WEEK -> weekValue(b);
      default -> {}
    }
    return true;
  }

  private @Nullable LocalDate lastDayOrAnchor() {
    for (int k = out.size() - 1; k >= 0; k--) {
      TimeMention m = out.get(k);
      if (m.span().precision() == Precision.DAY && m.span().start() != null) {
        return m.span().start();
      }
    }
    return anchor;
  }

  /** "of 2012" / "2012" after a quarter or half; the year or 0. When found, extends the match. */
  private int ofYear(int j) {
    int k = t.isWord(j, "of") ? j + 1 : j;
    int y = yearNumber(k);
    if (y > 0) {
      mLast = k;
      mEnd = k + 1;
      return y;
    }
    if (t.isWord(j, "of") && t.isWord(k, "the") && t.isWord(k + 1, "year")) {
      mLast = k + 1;
      mEnd = k + 2;
    }
    return 0;
  }

  private boolean earlierLater(int i) {
    int j = i + 1;
    if (t.isWord(j, "this") && j + 1 < t.n && t.lex[j + 1] != null && t.lex[j + 1].unit != null) {
      Unit u = t.lex[j + 1].unit;
      begin(i);
      mLast = j + 1;
      mEnd = j + 2;
      relativeUnit(u, 0);
      LocalDate b = dayBase();
      if (b != null && mStart != null && mStop != null) {
        if (t.norm(i).equals("earlier")) {
          mStop = b.isBefore(mStop) ? b : mStop;
        } else {
          mStart = b.isAfter(mStart) && !b.isAfter(mStop) ? b : mStart;
        }
      }
      return true;
    }
    if (t.isWord(j, "today")) {
      begin(i);
      mLast = j;
      mEnd = j + 1;
      mRelative = true;
      LocalDate b = dayBase();
      if (b != null) {
        dayValue(b);
      }
      return true;
    }
    return false;
  }

  // ================================================================================ modifiers

  /** "early December", "late last year", "на початку травня", "наприкінці 1964 року". */
  private boolean modifierWord(int i, Word x) {
    Mod md = x.mod;
    String w = t.norm(i);
    int j = i + 1;
    if (w.equals("beginning") || w.equals("start") || w.equals("end") || w.equals("middle")) {
      return false;
    }
    if (t.isPunct(j, "-") && !t.space[j]) {
      j++;
    }
    if (english && !(w.equals("early") || w.equals("late") || w.equals("mid"))) {
      return false;
    }
    return modified(i, j, md);
  }

  private boolean modified(int first, int j, Mod md) {
    if (j >= t.n) {
      return false;
    }
    // "кінця року", "end of the year": the reference year
    Word y = t.lex[j];
    if (y != null && y.unit == Unit.YEAR && !y.plural && !(j + 1 < t.n && t.isNum(j + 1))) {
      begin(first);
      mLast = j;
      mEnd = j + 1;
      LocalDate b = coarseBase();
      mRelative = true;
      if (b != null) {
        yearValue(b.getYear());
        narrow(md);
      }
      return true;
    }
    if (t.isWord(j, "the") && t.isWord(j + 1, "year")) {
      begin(first);
      mLast = j + 1;
      mEnd = j + 2;
      LocalDate b = coarseBase();
      mRelative = true;
      if (b != null) {
        yearValue(b.getYear());
        narrow(md);
      }
      return true;
    }
    boolean ok;
    if (t.kind[j] == Tokens.NUM) {
      ok = number(j);
    } else if (y != null && y.month != 0) {
      ok = monthFirstLoose(j, y);
    } else if (y != null && y.hasRel) {
      ok = relative(j, y);
    } else if (y != null && y.season != null) {
      ok = season(j, j, 99);
    } else if (isRoman(t.norm(j))) {
      ok = century(j);
    } else if (t.isWord(j, "this") || t.isWord(j, "цього") || t.isWord(j, "этого")) {
      ok = y != null && relative(j, y);
    } else {
      ok = false;
    }
    if (!ok || mType != TimexType.DATE) {
      return false;
    }
    mFirst = first;
    narrow(md);
    return true;
  }

  /** A month after a modifier: ambiguous forms are fine here ("early May"). */
  private boolean monthFirstLoose(int j, Word y) {
    if (monthFirst(j, y)) {
      return true;
    }
    begin(j);
    impliedYearMonth(y.month);
    return true;
  }

  private void narrow(Mod md) {
    if (mStart == null || mStop == null || md == null) {
      return;
    }
    long len = mStop.toEpochDay() - mStart.toEpochDay() + 1;
    if (len < 3) {
      return;
    }
    long third = len / 3;
    switch (md) {
      case START -> mStop = mStart.plusDays(third - 1);
      case MID -> {
        mStart = mStart.plusDays(third);
        mStop = mStart.plusDays(third - 1);
      }
      case END -> mStart = mStop.minusDays(third - 1);
    }
  }

  // ======================================================================= Slavic prepositions

  /**
   * A preposition before an expression: "в ночь на 12 мая", "у січні", "о 22:15", "с марта по
   * апрель 2024 года", "за последнюю неделю", "около 22:15". The preposition is not part of the
   * span except where it carries the meaning ("за последнюю неделю" keeps "за" out too).
   */
  private boolean slavicPreposition(int i) {
    String p = t.norm(i);
    int j = i + 1;
    if (j >= t.n) {
      return false;
    }
    // range: с марта по апрель 2024 года / з березня по квітень / с 11 по 12 мая
    if ((p.equals("с") || p.equals("з") || p.equals("із") || p.equals("от") || p.equals("від"))
        && slavicRange(i, j)) {
      return true;
    }
    return false;
  }

  private boolean slavicRange(int i, int j) {
    int m1 = month(j);
    if (m1 != 0) {
      int k = j + 1;
      int y1 = yearNumber(k);
      if (y1 > 0) {
        k++;
        if (k < t.n && t.lex[k] != null && t.lex[k].yearWord) {
          k = consumeYearWord(k);
        }
      }
      if (!(t.isWord(k, "по") || t.isWord(k, "до"))) {
        return false;
      }
      int m2 = month(k + 1);
      if (m2 == 0) {
        return false;
      }
      int ya = k + 2;
      int y2 = yearNumber(ya);
      int part1Last = y1 > 0 ? j + 1 : j;
      begin(j);
      if (y2 > 0) {
        mLast = ya;
        mEnd = ya + 1;
        if (mEnd < t.n && t.lex[mEnd] != null && t.lex[mEnd].yearWord) {
          mEnd = consumeYearWord(mEnd);
        }
        int from = y1 > 0 ? y1 : m2 >= m1 ? y2 : y2 - 1;
        monthRange(from, m1, y2, m2);
        mExplicit = true;
        splitMonths(j, part1Last, from, m1, k + 1, y2, m2);
      } else {
        mLast = k + 1;
        mEnd = k + 2;
        if (y1 > 0) {
          int to = m2 >= m1 ? y1 : y1 + 1;
          monthRange(y1, m1, to, m2);
          splitMonths(j, part1Last, y1, m1, k + 1, to, m2);
        } else {
          impliedYearMonth(m1);
          if (mStart != null) {
            int from = mStart.getYear();
            int to = m2 >= m1 ? from : from + 1;
            monthRange(from, m1, to, m2);
            splitMonths(j, part1Last, from, m1, k + 1, to, m2);
          }
        }
      }
      return true;
    }
    // с 11 по 12 мая: a day range
    if (t.isNum(j)
        && t.digits(j) <= 2
        && (t.isWord(j + 1, "по") || t.isWord(j + 1, "до"))
        && t.isNum(j + 2)
        && t.digits(j + 2) <= 2
        && month(j + 3) != 0) {
      int d1 = (int) t.num[j];
      if (dayMonth(j, j + 2, (int) t.num[j + 2]) && mStart != null) {
        LocalDate s = dateOrNull(mStart.getYear(), mStart.getMonthValue(), d1);
        if (s != null && !s.isAfter(mStart)) {
          LocalDate e = mStart;
          mFirst = j;
          mStop = e;
          mStart = s;
          mPrecision = Precision.DAYS;
          split(j, j, s, s, Precision.DAY, isoDate(s), j + 2, e, e, Precision.DAY, isoDate(e));
          mValue = isoDate(s);
        }
        return true;
      }
    }
    return false;
  }

  // ================================================================================ resolution

  private void explicitDate(int y, int m, int d, int last, int end) {
    mLast = Math.max(mLast, last);
    mEnd = Math.max(mEnd, end);
    LocalDate date = dateOrNull(y, m, d);
    if (date == null) {
      mWarning = "invalid date";
      mValue = null;
      return;
    }
    dayValue(date);
    mExplicit = true;
  }

  private void impliedYearDate(int m, int d) {
    mRelative = true;
    if (m < 1 || m > 12 || d < 1 || d > 31 || (m == 2 && d > 29) || (d == 31 && isShort(m))) {
      mWarning = "invalid date";
      return;
    }
    int y = impliedYear(m, d);
    if (y == Integer.MIN_VALUE) {
      mValue = "XXXX-" + pad(m, 2) + "-" + pad(d, 2);
      return;
    }
    LocalDate date = dateOrNull(y, m, d);
    if (date == null) {
      mWarning = "invalid date";
      return;
    }
    dayValue(date);
    if (mode == ReferenceMode.NARRATIVE) {
      mExplicit = true;
    }
  }

  private static boolean isShort(int m) {
    return m == 4 || m == 6 || m == 9 || m == 11;
  }

  private void impliedYearMonth(int m) {
    mRelative = true;
    int y = impliedYear(m, 0);
    if (y == Integer.MIN_VALUE) {
      mValue = "XXXX-" + pad(m, 2);
      return;
    }
    monthValue(y, m);
    if (mode == ReferenceMode.NARRATIVE) {
      mExplicit = true;
    }
  }

  /**
   * The year of a month (and day) given without one. News: the anchor's year, or the previous year
   * when the month lies after the anchor month (the year before, for past-tense news), or the next
   * year when the sentence speaks of the future and the month lies before. Narrative: the year of
   * the last explicit date.
   */
  private int impliedYear(int m, int d) {
    if (mode == ReferenceMode.NARRATIVE) {
      LocalDate b = ref;
      if (b == null) {
        return Integer.MIN_VALUE;
      }
      return b.getYear();
    }
    LocalDate b = anchor;
    if (b == null) {
      return Integer.MIN_VALUE;
    }
    int y = b.getYear();
    boolean future = futureCue(mFirst);
    if (future) {
      if (m < b.getMonthValue() || (m == b.getMonthValue() && d > 0 && d < b.getDayOfMonth())) {
        return y + 1;
      }
      return y;
    }
    if (m > b.getMonthValue()) {
      return y - 1;
    }
    return y;
  }

  private static @Nullable LocalDate dateOrNull(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1 || d > 31) {
      return null;
    }
    try {
      return LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private void dayValue(LocalDate d) {
    mValue = isoDate(d);
    mStart = d;
    mStop = d;
    mPrecision = Precision.DAY;
  }

  private void monthValue(int y, int m) {
    YearMonth ym = YearMonth.of(y, m);
    mValue = (y > 0 ? pad(y, 4) : "BC" + pad(1 - y, 4)) + "-" + pad(m, 2);
    mStart = ym.atDay(1);
    mStop = ym.atEndOfMonth();
    mPrecision = Precision.MONTH;
  }

  private void monthRange(int y1, int m1, int y2, int m2) {
    YearMonth a = YearMonth.of(y1, m1);
    YearMonth b = YearMonth.of(y2, m2);
    if (b.isBefore(a)) {
      monthValue(y1, m1);
      return;
    }
    mValue = pad(y1, 4) + "-" + pad(m1, 2);
    mStart = a.atDay(1);
    mStop = b.atEndOfMonth();
    mPrecision = Precision.MONTH;
  }

  private void quarterValue(int y, int q) {
    mValue = pad(y, 4) + "-Q" + q;
    YearMonth a = YearMonth.of(y, 3 * q - 2);
    mStart = a.atDay(1);
    mStop = a.plusMonths(2).atEndOfMonth();
    mPrecision = Precision.MONTH;
  }

  private void weekValue(LocalDate any) {
    LocalDate monday = monday(any);
    mValue = weekName(monday);
    mStart = monday;
    mStop = monday.plusDays(6);
    mPrecision = Precision.WEEK;
  }

  private static LocalDate monday(LocalDate d) {
    return d.minusDays(d.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
  }

  private static String weekName(LocalDate monday) {
    int wy = monday.get(IsoFields.WEEK_BASED_YEAR);
    int w = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    return pad(wy, 4) + "-W" + pad(w, 2);
  }

  private static String isoDate(LocalDate d) {
    int y = d.getYear();
    String ys = y > 0 ? pad(y, 4) : "BC" + pad(1 - y, 4);
    return ys + "-" + pad(d.getMonthValue(), 2) + "-" + pad(d.getDayOfMonth(), 2);
  }

  private static String pad(int v, int width) {
    String s = Integer.toString(v);
    if (s.length() >= width) {
      return s;
    }
    StringBuilder sb = new StringBuilder(width);
    for (int k = s.length(); k < width; k++) {
      sb.append('0');
    }
    return sb.append(s).toString();
  }
}
