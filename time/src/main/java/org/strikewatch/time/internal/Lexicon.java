package org.strikewatch.time.internal;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Word forms that carry temporal meaning in English, Russian and Ukrainian, in all the case forms
 * news and narrative texts use. Built once; read-only afterwards (safe to share between threads).
 */
final class Lexicon {

  enum Unit {
    SECOND,
    MINUTE,
    HOUR,
    DAY,
    WEEKEND,
    WEEK,
    MONTH,
    QUARTER,
    YEAR,
    DECADE,
    CENTURY
  }

  enum Part {
    MO,
    AF,
    EV,
    NI
  }

  enum Special {
    YESTERDAY,
    TODAY,
    TOMORROW,
    DAY_BEFORE_YESTERDAY,
    DAY_AFTER_TOMORROW,
    TONIGHT,
    OVERNIGHT,
    PRESENT,
    PAST,
    FUTURE,
    LAST_YEAR
  }

  enum Mod {
    START,
    MID,
    END
  }

  /** Everything one word form can mean; unset roles are zero or null. */
  static final class Word {
    int month;
    boolean ambiguousMonth;
    int dow;
    boolean ambiguousDow;
    @Nullable Unit unit;
    boolean plural;

    /** Cardinal value; -2 for vague quantities ("several"); 0 when not a number. */
    int number;

    int ordinal;

    /** -1 last, 0 this, +1 next; meaningful when {@link #hasRel}. */
    int rel;

    boolean hasRel;
    boolean past;
    @Nullable Part part;
    @Nullable String season;
    @Nullable Special special;
    @Nullable Mod mod;
    @Nullable Unit setUnit;
    boolean every;
    boolean yearWord;
    boolean futureCue;

    /** A function word some pattern starts with ("the", "в", "earlier"). */
    boolean starter;

    /** "того", "тот", "цього": with "ж"/"же", the same unit as the reference. */
    boolean same;

    /** True when the word carries any temporal role. */
    boolean active() {
      return month != 0
          || dow != 0
          || unit != null
          || number != 0
          || ordinal != 0
          || hasRel
          || part != null
          || season != null
          || special != null
          || mod != null
          || setUnit != null
          || every
          || same;
    }
  }

  private static final Map<String, Word> WORDS = new HashMap<>(2048);

  static @Nullable Word lookup(String form) {
    return WORDS.get(form);
  }

  // An open-addressing table over folded character buffers, so tokenizing needs no String per word.
  private static String[] keys = new String[0];
  private static Word[] values = new Word[0];
  private static int mask;

  private static void buildTable() {
    int size = Integer.highestOneBit(Math.max(16, WORDS.size() * 4)) * 2;
    keys = new String[size];
    values = new Word[size];
    mask = size - 1;
    for (Map.Entry<String, Word> e : WORDS.entrySet()) {
      int h = e.getKey().hashCode() & mask;
      while (keys[h] != null) {
        h = (h + 1) & mask;
      }
      keys[h] = e.getKey();
      values[h] = e.getValue();
    }
  }

  /** The table slot of the folded word {@code buf[0..len)} with String-compatible hash, or -1. */
  static int find(char[] buf, int len, int hash) {
    int h = hash & mask;
    while (true) {
      String k = keys[h];
      if (k == null) {
        return -1;
      }
      if (k.length() == len) {
        boolean same = true;
        for (int i = 0; i < len; i++) {
          if (k.charAt(i) != buf[i]) {
            same = false;
            break;
          }
        }
        if (same) {
          return h;
        }
      }
      h = (h + 1) & mask;
    }
  }

  static String form(int slot) {
    return keys[slot];
  }

  static Word word(int slot) {
    return values[slot];
  }

  private static Word w(String form) {
    return WORDS.computeIfAbsent(form, f -> new Word());
  }

  private static void months(int m, String... forms) {
    for (String f : forms) {
      w(f).month = m;
    }
  }

  private static void ambiguousMonths(int m, String... forms) {
    for (String f : forms) {
      Word x = w(f);
      x.month = m;
      x.ambiguousMonth = true;
    }
  }

  private static void days(int d, String... forms) {
    for (String f : forms) {
      w(f).dow = d;
    }
  }

  private static void ambiguousDays(int d, String... forms) {
    for (String f : forms) {
      Word x = w(f);
      x.dow = d;
      x.ambiguousDow = true;
    }
  }

  private static void unit(Unit u, boolean plural, String... forms) {
    for (String f : forms) {
      Word x = w(f);
      x.unit = u;
      x.plural = plural;
    }
  }

  private static void number(int v, String... forms) {
    for (String f : forms) {
      w(f).number = v;
    }
  }

  private static void ordinal(int v, String... forms) {
    for (String f : forms) {
      w(f).ordinal = v;
    }
  }

  private static void rel(int r, String... forms) {
    for (String f : forms) {
      Word x = w(f);
      x.rel = r;
      x.hasRel = true;
    }
  }

  private static void part(Part p, String... forms) {
    for (String f : forms) {
      w(f).part = p;
    }
  }

  private static void season(String s, String... forms) {
    for (String f : forms) {
      w(f).season = s;
    }
  }

  private static void special(Special s, String... forms) {
    for (String f : forms) {
      w(f).special = s;
    }
  }

  private static void mod(Mod m, String... forms) {
    for (String f : forms) {
      w(f).mod = m;
    }
  }

  private static void set(Unit u, String... forms) {
    for (String f : forms) {
      w(f).setUnit = u;
    }
  }

  private static void flag(String kind, String... forms) {
    for (String f : forms) {
      Word x = w(f);
      switch (kind) {
        case "every" -> x.every = true;
        case "year" -> x.yearWord = true;
        case "future" -> x.futureCue = true;
        case "starter" -> x.starter = true;
        case "same" -> x.same = true;
        default -> throw new IllegalStateException(kind);
      }
    }
  }

  static {
    // ---- months
    months(
        1, "january", "jan", "январь", "января", "январе", "январем", "січень", "січня", "січні",
        "січнем", "янв");
    months(2, "february", "feb", "февраль", "февраля", "феврале", "февралем", "фев", "февр");
    ambiguousMonths(2, "лютий", "лютого", "лютому", "лютим");
    months(
        3, "mar", "март", "марта", "марте", "мартом", "березень", "березня", "березні", "березнем");
    ambiguousMonths(3, "march");
    months(
        4, "april", "apr", "апрель", "апреля", "апреле", "апрелем", "апр", "квітень", "квітня",
        "квітні", "квітнем");
    months(5, "мая", "мае", "маем", "травень", "травня", "травні", "травнем");
    ambiguousMonths(5, "may", "май");
    months(
        6, "june", "jun", "июнь", "июня", "июне", "июнем", "червень", "червня", "червні",
        "червнем");
    months(7, "july", "jul", "июль", "июля", "июле", "июлем", "липень", "липня", "липні", "липнем");
    months(
        8,
        "august",
        "aug",
        "август",
        "августа",
        "августе",
        "августом",
        "авг",
        "серпень",
        "серпня",
        "серпні",
        "серпнем");
    months(
        9,
        "september",
        "sep",
        "sept",
        "сентябрь",
        "сентября",
        "сентябре",
        "сентябрем",
        "сен",
        "сент",
        "вересень",
        "вересня",
        "вересні",
        "вереснем");
    months(
        10,
        "october",
        "oct",
        "октябрь",
        "октября",
        "октябре",
        "октябрем",
        "окт",
        "жовтень",
        "жовтня",
        "жовтні",
        "жовтнем");
    months(
        11,
        "november",
        "nov",
        "ноябрь",
        "ноября",
        "ноябре",
        "ноябрем",
        "нояб",
        "листопада",
        "листопаді",
        "листопадом");
    ambiguousMonths(11, "листопад");
    months(
        12,
        "december",
        "dec",
        "декабрь",
        "декабря",
        "декабре",
        "декабрем",
        "дек",
        "грудень",
        "грудня",
        "грудні",
        "груднем");

    // ---- days of the week
    days(
        1,
        "monday",
        "понедельник",
        "понедельника",
        "понедельнику",
        "понедельником",
        "понеділок",
        "понеділка",
        "понеділку");
    days(
        2,
        "tuesday",
        "вторник",
        "вторника",
        "вторнику",
        "вторником",
        "вівторок",
        "вівторка",
        "вівторку");
    days(3, "wednesday", "середа", "середу", "середи", "середі");
    ambiguousDays(3, "среда", "среду", "среды", "среде", "средой");
    days(4, "thursday", "четверг", "четверга", "четвергу", "четвергом", "четвер", "четверга");
    days(
        5,
        "friday",
        "пятница",
        "пятницу",
        "пятницы",
        "пятнице",
        "пятницей",
        "п'ятниця",
        "п'ятницю",
        "п'ятниці",
        "п'ятницею");
    days(
        6,
        "saturday",
        "суббота",
        "субботу",
        "субботы",
        "субботе",
        "субботой",
        "субота",
        "суботу",
        "суботи",
        "суботі",
        "суботою");
    days(
        7,
        "sunday",
        "воскресенье",
        "воскресенья",
        "воскресенью",
        "неділя",
        "неділю",
        "неділі",
        "неділею");

    // ---- units
    unit(Unit.SECOND, false, "second", "секунда", "секунду", "секунды");
    unit(Unit.SECOND, true, "seconds", "секунд", "секунди");
    unit(
        Unit.MINUTE,
        false,
        "minute",
        "минута",
        "минуту",
        "минуты",
        "хвилина",
        "хвилину",
        "хвилини");
    unit(Unit.MINUTE, true, "minutes", "минут", "хвилин");
    unit(Unit.HOUR, false, "hour", "час", "часа", "година", "годину", "години");
    unit(Unit.HOUR, true, "hours", "часов", "годин");
    unit(Unit.DAY, false, "day", "день", "дня", "дню", "днем", "сутки", "доба", "добу", "доби");
    unit(
        Unit.DAY, true, "days", "дни", "дней", "дням", "днями", "днях", "суток", "дні", "днів",
        "діб");
    unit(Unit.WEEKEND, false, "weekend", "выходные", "выходных", "вихідні", "вихідних");
    unit(
        Unit.WEEK, false, "week", "неделя", "недели", "неделю", "неделе", "неделей", "тиждень",
        "тижня", "тижні", "тижнем");
    unit(Unit.WEEK, true, "weeks", "недель", "неделям", "неделями", "тижнів", "тижнями");
    unit(
        Unit.MONTH,
        false,
        "month",
        "месяц",
        "месяца",
        "месяцу",
        "месяце",
        "месяцем",
        "місяць",
        "місяця",
        "місяці",
        "місяцем",
        "місяцю");
    unit(Unit.MONTH, true, "months", "месяцев", "месяцы", "месяцами", "місяців", "місяцями");
    unit(Unit.QUARTER, false, "quarter", "квартал", "квартала", "квартале");
    unit(Unit.QUARTER, true, "quarters");
    unit(Unit.YEAR, false, "year", "год", "года", "году", "годом", "рік", "року", "році", "роком");
    unit(
        Unit.YEAR, true, "years", "годы", "годов", "лет", "годах", "роки", "років", "роках",
        "роками");
    unit(Unit.DECADE, false, "decade", "десятилетие", "десятилетия", "десятиліття");
    unit(Unit.DECADE, true, "decades", "десятилетий", "десятиліть");
    unit(
        Unit.CENTURY,
        false,
        "century",
        "век",
        "века",
        "веке",
        "столетие",
        "столетия",
        "століття",
        "сторіччя",
        "ст");
    unit(Unit.CENTURY, true, "centuries", "веков", "столетий", "століть");
    flag(
        "year", "год", "года", "году", "г", "гг", "рік", "року", "році", "р", "рр", "роки", "років",
        "годы", "годов", "годах", "роках");

    // ---- numbers
    number(1, "one", "один", "одна", "одно", "одну", "одного", "одной", "одне", "однієї");
    number(2, "two", "два", "две", "двух", "дві", "двох", "couple");
    number(3, "three", "три", "трех", "трьох");
    number(4, "four", "четыре", "четырех", "чотири", "чотирьох");
    number(5, "five", "пять", "пяти", "п'ять", "п'яти", "п'ятьох");
    number(6, "six", "шесть", "шести", "шість");
    number(7, "seven", "семь", "семи", "сім");
    number(8, "eight", "восемь", "восьми", "вісім");
    number(9, "nine", "девять", "девяти", "дев'ять", "дев'яти");
    number(10, "ten", "десять", "десяти");
    number(11, "eleven", "одиннадцать", "одинадцять");
    number(12, "twelve", "двенадцать", "дванадцять");
    number(13, "thirteen");
    number(14, "fourteen");
    number(15, "fifteen", "пятнадцать", "п'ятнадцять");
    number(16, "sixteen");
    number(17, "seventeen");
    number(18, "eighteen");
    number(19, "nineteen");
    number(20, "twenty", "двадцать", "двадцати", "двадцять");
    number(30, "thirty", "тридцать", "тридцять");
    number(40, "forty", "сорок");
    number(50, "fifty", "пятьдесят", "п'ятдесят", "п'ятдесяти");
    number(60, "sixty");
    number(100, "hundred", "сто");
    number(
        -2,
        "several",
        "few",
        "many",
        "some",
        "несколько",
        "нескольких",
        "кілька",
        "кількох",
        "декілька",
        "декількох");
    ordinal(
        1, "first", "первый", "первого", "первом", "первой", "перший", "першого", "першому",
        "першої", "першій");
    ordinal(
        2, "second", "второй", "второго", "втором", "другий", "другого", "другому", "другої",
        "другій");
    ordinal(3, "third", "третий", "третьего", "третьем", "третій", "третього", "третьому");
    ordinal(
        4,
        "fourth",
        "четвертый",
        "четвертого",
        "четвертом",
        "четвертий",
        "четвертого",
        "четвертому");

    // ---- relative words
    rel(
        -1,
        "last",
        "past",
        "previous",
        "preceding",
        "прошлый",
        "прошлого",
        "прошлом",
        "прошлой",
        "прошлую",
        "прошлые",
        "прошлых",
        "минувший",
        "минувшего",
        "минувшей",
        "минувшую",
        "минувшие",
        "минувших",
        "минувшем",
        "предыдущий",
        "предыдущего",
        "предыдущей",
        "предыдущую",
        "минулий",
        "минулого",
        "минулому",
        "минулої",
        "минулій",
        "минулу",
        "минулі",
        "минулих",
        "попередній",
        "попереднього",
        "попередньої",
        "попередню",
        "попередні");
    String[] lastPeriod = {
      "последний", "последнего", "последнем", "последней", "последнюю", "последние", "последних",
      "последнее", "останній", "останнього", "останньому", "останньої", "останню", "останні",
      "останніх", "останнє"
    };
    rel(-1, lastPeriod);
    for (String f : lastPeriod) {
      w(f).past = true;
    }
    for (String f : new String[] {"past", "минувшие", "минувших", "минулі", "минулих"}) {
      w(f).past = true;
    }
    rel(
        0,
        "this",
        "current",
        "этот",
        "этого",
        "этом",
        "этой",
        "эту",
        "эти",
        "этих",
        "текущий",
        "текущего",
        "текущем",
        "текущей",
        "текущую",
        "нынешний",
        "нынешнего",
        "нынешнем",
        "нынешней",
        "цей",
        "цього",
        "цьому",
        "цієї",
        "цій",
        "цю",
        "ці",
        "цих",
        "поточний",
        "поточного",
        "поточному",
        "поточної",
        "поточній",
        "поточну",
        "нинішнього",
        "нинішньому",
        "нинішній");
    rel(
        1,
        "next",
        "coming",
        "following",
        "upcoming",
        "следующий",
        "следующего",
        "следующем",
        "следующей",
        "следующую",
        "следующие",
        "следующих",
        "наступний",
        "наступного",
        "наступному",
        "наступної",
        "наступній",
        "наступну",
        "наступні",
        "наступних");

    // ---- deictic words
    special(Special.YESTERDAY, "yesterday", "вчера", "вчора", "учора");
    special(Special.TODAY, "today", "сегодня", "сьогодні");
    special(Special.TOMORROW, "tomorrow", "завтра");
    special(Special.DAY_BEFORE_YESTERDAY, "позавчера", "позавчора");
    special(Special.DAY_AFTER_TOMORROW, "послезавтра", "післязавтра");
    special(Special.TONIGHT, "tonight");
    special(Special.OVERNIGHT, "overnight", "ночью", "вночі", "уночі");
    special(
        Special.PRESENT,
        "now",
        "currently",
        "nowadays",
        "сейчас",
        "теперь",
        "ныне",
        "зараз",
        "тепер",
        "нині",
        "наразі",
        "нынче");
    special(Special.PAST, "recently", "недавно", "нещодавно", "недавно");
    special(Special.LAST_YEAR, "торік", "торiк");

    part(
        Part.MO, "morning", "утро", "утра", "утром", "ранок", "ранку", "вранці", "зранку", "уранці",
        "зранка");
    part(Part.AF, "afternoon");
    part(
        Part.EV, "evening", "вечер", "вечера", "вечером", "вечір", "ввечері", "увечері", "вечором");
    part(Part.NI, "night", "ночь", "ночи", "ночью", "ніч", "ночі", "вночі", "уночі");

    season(
        "SP", "spring", "весна", "весны", "весной", "весну", "весне", "весни", "навесні", "весною");
    season("SU", "summer", "лето", "летом", "літо", "літа", "влітку", "улітку", "літом");
    season("FA", "autumn", "осень", "осени", "осенью", "осінь", "осені", "восени", "осінню");
    season(
        "WI", "winter", "зима", "зимы", "зимой", "зиму", "зиме", "зими", "взимку", "узимку",
        "зимою");

    mod(
        Mod.START,
        "early",
        "beginning",
        "start",
        "начале",
        "начала",
        "начало",
        "початку",
        "початок",
        "напочатку");
    mod(
        Mod.MID,
        "mid",
        "middle",
        "середине",
        "середины",
        "середина",
        "середині",
        "середини",
        "середина");
    mod(
        Mod.END,
        "late",
        "end",
        "конце",
        "конца",
        "конец",
        "кінці",
        "кінця",
        "кінець",
        "наприкінці");

    set(Unit.DAY, "daily", "ежедневно", "щодня", "щоденно");
    set(Unit.WEEK, "weekly", "еженедельно", "щотижня");
    set(Unit.MONTH, "monthly", "ежемесячно", "щомісяця", "щомісячно");
    set(Unit.YEAR, "annually", "yearly", "ежегодно", "щороку", "щорічно");
    flag(
        "every", "every", "each", "каждый", "каждую", "каждое", "каждого", "каждой", "кожен",
        "кожного", "кожну", "кожний", "кожної", "кожне", "кожній", "кожному");
    flag(
        "future",
        "will",
        "shall",
        "scheduled",
        "expected",
        "plans",
        "planned",
        "planning",
        "upcoming",
        "due",
        "until",
        "будет",
        "будут",
        "планирует",
        "планируется",
        "запланирован",
        "запланировано",
        "буде",
        "будуть",
        "планує",
        "планується",
        "заплановано",
        "станет",
        "стане");
    flag(
        "starter", "the", "a", "an", "mid", "в", "у", "о", "на", "за", "с", "з", "около", "earlier",
        "later", "із", "від", "от", "во");
    flag(
        "same", "того", "тому", "той", "тот", "том", "тем", "цього", "этого", "этот", "цей", "тієї",
        "той", "той", "ту", "тую");
    flag("year", "роками", "годами");
    unit(Unit.HOUR, false, "годині", "часу");
    unit(Unit.CENTURY, false, "столітті", "сторіччі", "столетии", "веку");
    ordinal(5, "пятого", "пятое", "п'ятого", "fifth");
    ordinal(6, "шестого", "шостого", "sixth");
    ordinal(7, "седьмого", "сьомого", "seventh");
    ordinal(8, "восьмого", "eighth");
    ordinal(9, "девятого", "дев'ятого", "ninth");
    ordinal(10, "десятого", "tenth");
    buildTable();
  }

  private Lexicon() {}
}
