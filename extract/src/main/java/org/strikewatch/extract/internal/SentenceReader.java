package org.strikewatch.extract.internal;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.Weapon;
import org.strikewatch.text.NormalizedText;
import org.strikewatch.text.TextSpan;

/**
 * Reads one sentence into {@link SentenceFacts}: weapons, strike and interception words, casualties
 * and evacuations with their figures, stated border distances, who fired, who said so,
 * own-territory cues and count claims. Immutable; thread-safe.
 */
public final class SentenceReader {

  private static final Set<String> DISQUALIFY_AFTER_NUMBER =
      Set.of(
          "%",
          ":",
          "km",
          "miles",
          "mile",
          "mi",
          "км",
          "kilometres",
          "kilometers",
          "metres",
          "meters",
          "m",
          "м",
          "hours",
          "hour",
          "minutes",
          "days",
          "day",
          "weeks",
          "months",
          "years",
          "year",
          "a.m",
          "p.m",
          "am",
          "pm",
          "года",
          "году",
          "год",
          "лет",
          "часов",
          "часа",
          "минут",
          "дней",
          "дня",
          "дні",
          "днів",
          "років",
          "року",
          "році",
          "рік",
          "годин",
          "хвилин",
          "mm",
          "мм",
          "тонн",
          "tons",
          "kg",
          "кг",
          "storey",
          "floor",
          "этаж",
          "этажа",
          "поверх",
          "поверху",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "января",
          "февраля",
          "марта",
          "апреля",
          "мая",
          "июня",
          "июля",
          "августа",
          "сентября",
          "октября",
          "ноября",
          "декабря",
          "січня",
          "лютого",
          "березня",
          "квітня",
          "травня",
          "червня",
          "липня",
          "серпня",
          "вересня",
          "жовтня",
          "листопада",
          "грудня",
          "times",
          "раз",
          "раза",
          "разів",
          "рази",
          "gmt",
          "utc");

  private static final Set<String> PRONOUNS =
      Set.of(
          "it",
          "he",
          "she",
          "they",
          "we",
          "i",
          "this",
          "that",
          "these",
          "he'd",
          "officials'",
          "он",
          "она",
          "они",
          "він",
          "вона",
          "вони",
          "там",
          "тут",
          "the");

  private static final Set<String> NAME_CONNECTORS =
      Set.of("of", "for", "de", "regional", "military", "city", "local", "deputy", "'s", "s");

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  private final Lexicon lexicon;

  /** A reader over {@code lexicon}. */
  public SentenceReader(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Reads sentence {@code s} of the normalised text. */
  public SentenceFacts read(NormalizedText nt, TextSpan s, String language) {
    List<Token> tokens = Tokenizer.tokenize(nt.folded(), nt.normalized(), s.start(), s.end());
    int n = tokens.size();
    List<Lexicon.Match> matches = lexicon.find(tokens, 0, n);
    List<NumberPhrase> numbers = NumberReader.findAll(nt.folded(), tokens, 0, n);
    SentenceFacts f = new SentenceFacts(s, tokens, matches, numbers);
    Lexicon.Match[] startAt = new Lexicon.Match[n + 1];
    Lexicon.Match[] endAt = new Lexicon.Match[n + 1];
    for (Lexicon.Match m : matches) {
      startAt[m.first()] = m;
      endAt[m.last()] = m;
    }
    NumberPhrase[] numberEndingAt = new NumberPhrase[n + 1];
    for (NumberPhrase p : numbers) {
      numberEndingAt[p.last()] = p;
    }
    for (int mi = 0; mi < matches.size(); mi++) {
      Lexicon.Match m = matches.get(mi);
      for (Term t : m.terms()) {
        switch (t.key()) {
          case "weapon" -> {
            f.weapons.add(new Facts.WeaponFact(weapon(t.arg()), false, m.start(), m.end()));
            f.strike = true;
          }
          case "weapon-weak" -> {
            f.weapons.add(new Facts.WeaponFact(weapon(t.arg()), true, m.start(), m.end()));
            f.strike = true;
          }
          case "strike" -> f.strike = true;
          case "attack" -> f.attack = true;
          case "intercept" -> f.intercept = true;
          case "impact" -> f.impact = true;
          case "background" -> f.background = true;
          case "repeated" -> f.repeated = true;
          case "offensive" -> f.offensive = true;
          case "visit" -> f.visit = true;
          case "owncue" -> f.cues.add(new Facts.CueFact(m.start(), m.end()));
          case "role", "org" -> f.roles.add(new int[] {m.start(), m.end()});
          case "region-word" -> f.regionWords.add(new int[] {m.start(), m.end()});
          case "occupied" -> {
            String side = m.has("actor-adj") ? m.arg("actor-adj") : null;
            if (side == null && m.first() > 0) {
              Lexicon.Match prev = endAt[m.first()];
              side = prev != null && prev.has("actor-adj") ? prev.arg("actor-adj") : null;
            }
            if (side == null && tokens.get(m.first()).text().startsWith("russian")) {
              side = "RU";
            }
            f.occupied.add(new Facts.ActorFact(side == null ? "RU" : side, m.start(), m.end()));
          }
          case "actor" -> {
            String c = side(t.arg(), language);
            if (c != null) {
              f.actors.add(new Facts.ActorFact(c, m.start(), m.end()));
            }
          }
          case "actor-adj" -> {
            Lexicon.Match noun = following(matches, mi, 3, "actor-noun", "weapon", "weapon-weak");
            if (noun != null && noPunctBetween(tokens, m.last(), noun.first())) {
              f.actors.add(new Facts.ActorFact(t.arg(), m.start(), noun.end()));
            }
          }
          case "actor-name" -> {
            Lexicon.Match verb = following(matches, mi, 4, "actor-verb");
            if (verb != null && noPunctBetween(tokens, m.last(), verb.first())) {
              f.actors.add(new Facts.ActorFact(t.arg(), m.start(), verb.end()));
              f.placeBlockers.add(new int[] {m.start(), m.end()});
            } else if (m.first() > 0 && endAt[m.first()] != null && endAt[m.first()].has("by")) {
              f.actors.add(new Facts.ActorFact(t.arg(), endAt[m.first()].start(), m.end()));
            }
          }
          default -> {}
        }
      }
    }
    readCasualties(f, startAt, endAt, language);
    readCountsAndDistances(f, endAt, numberEndingAt);
    readAttributions(f, nt, endAt, language);
    return f;
  }

  private static Weapon weapon(@Nullable String code) {
    return code == null ? Weapon.UNKNOWN : Weapon.fromCode(code);
  }

  private static @Nullable String side(@Nullable String arg, String language) {
    if (!"ENEMY".equals(arg)) {
      return arg;
    }
    return switch (language) {
      case "ru" -> "UA";
      case "uk" -> "RU";
      default -> null;
    };
  }

  private static Lexicon.@Nullable Match following(
      List<Lexicon.Match> matches, int index, int maxGap, String... keys) {
    Lexicon.Match from = matches.get(index);
    for (int k = index + 1; k < matches.size(); k++) {
      Lexicon.Match m = matches.get(k);
      if (m.first() - from.last() > maxGap) {
        return null;
      }
      for (String key : keys) {
        if (m.has(key)) {
          return m;
        }
      }
    }
    return null;
  }

  private static boolean noPunctBetween(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.get(i).isPunct()) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ casualties

  private void readCasualties(
      SentenceFacts f, Lexicon.Match[] startAt, Lexicon.Match[] endAt, String language) {
    List<Token> tokens = f.tokens;
    for (Lexicon.Match m : f.matches) {
      if (m.has("none")) {
        String what = m.arg("none");
        if ("both".equals(what) || "killed".equals(what)) {
          f.casualties.add(new Facts.CasualtyFact("killed", Estimate.none(), m.start(), m.end()));
        }
        if ("both".equals(what) || "injured".equals(what)) {
          f.casualties.add(new Facts.CasualtyFact("injured", Estimate.none(), m.start(), m.end()));
        }
        continue;
      }
      String field = null;
      boolean singular = false;
      if (m.has("killed") || m.has("killed1")) {
        field = "killed";
        singular = m.has("killed1");
      } else if (m.has("injured") || m.has("injured1")) {
        field = "injured";
        singular = m.has("injured1");
      } else if (m.has("evacuated")) {
        field = "evacuated";
      }
      if (field == null) {
        continue;
      }
      NumberPhrase after = numberAfter(f, m, startAt);
      NumberPhrase before = numberBefore(f, m, startAt);
      NumberPhrase chosen;
      boolean english = language.equals("en");
      String head = tokens.get(m.first()).text();
      if (english) {
        boolean adjacent =
            after != null
                && (after.first() == m.last()
                    || (endAt[after.first()] != null
                        && endAt[after.first()].has("mod")
                        && endAt[after.first()].first() == m.last()));
        boolean active = head.endsWith("ing") || (adjacent && !head.equals("was"));
        chosen = active && after != null ? after : before != null ? before : after;
      } else {
        chosen = after != null ? after : before;
      }
      Estimate e;
      int start = m.start();
      int end = m.end();
      if (chosen != null) {
        Lexicon.Match mod = chosen.first() > 0 ? endAt[chosen.first()] : null;
        e = estimate(chosen, mod);
        int s0 = mod != null && mod.has("mod") ? mod.start() : tokens.get(chosen.first()).start();
        start = Math.min(start, s0);
        end = Math.max(end, tokens.get(chosen.last() - 1).end());
      } else if (singular || singularPerson(tokens, m)) {
        e = Estimate.exactly(1);
      } else {
        e = Estimate.unspecified();
      }
      f.casualties.add(new Facts.CasualtyFact(field, e, start, end));
    }
  }

  private static final Set<String> ONE_PERSON =
      Set.of(
          "man",
          "woman",
          "child",
          "boy",
          "girl",
          "civilian",
          "resident",
          "person",
          "soldier",
          "driver",
          "pensioner",
          "teenager",
          "rescuer",
          "worker",
          "officer",
          "volunteer",
          "mother",
          "father",
          "farmer",
          "employee",
          "guard",
          "medic");

  /** "killing a 56-year-old man", "a woman was injured": one person without a figure. */
  private static boolean singularPerson(List<Token> tokens, Lexicon.Match m) {
    int from = Math.max(0, m.first() - 6);
    int to = Math.min(tokens.size(), m.last() + 6);
    for (int i = from; i < to; i++) {
      String w = tokens.get(i).text();
      if (!(w.equals("a") || w.equals("an") || w.equals("one"))) {
        continue;
      }
      for (int k = i + 1; k < Math.min(to, i + 5); k++) {
        Token t = tokens.get(k);
        if (t.isClauseBreak()) {
          break;
        }
        if (ONE_PERSON.contains(t.text())) {
          boolean crossesBreak = false;
          int lo = Math.min(k, m.first());
          int hi = Math.max(i, m.last());
          for (int j = lo; j < hi; j++) {
            crossesBreak |= tokens.get(j).text().equals(";") || tokens.get(j).text().equals(".");
          }
          return !crossesBreak;
        }
      }
    }
    return false;
  }

  private static boolean isCasualty(Lexicon.Match m) {
    return m.has("killed")
        || m.has("killed1")
        || m.has("injured")
        || m.has("injured1")
        || m.has("evacuated")
        || m.has("none");
  }

  private @Nullable NumberPhrase numberAfter(
      SentenceFacts f, Lexicon.Match m, Lexicon.Match[] startAt) {
    List<Token> tokens = f.tokens;
    for (NumberPhrase p : f.numbers) {
      if (p.first() < m.last()) {
        continue;
      }
      if (p.first() - m.last() > 4) {
        return null;
      }
      for (int i = m.last(); i < p.first(); i++) {
        if (tokens.get(i).isClauseBreak() || (startAt[i] != null && isCasualty(startAt[i]))) {
          return null;
        }
      }
      return qualifies(f, p) ? p : null;
    }
    return null;
  }

  private @Nullable NumberPhrase numberBefore(
      SentenceFacts f, Lexicon.Match m, Lexicon.Match[] startAt) {
    List<Token> tokens = f.tokens;
    NumberPhrase best = null;
    for (NumberPhrase p : f.numbers) {
      if (p.last() > m.first()) {
        break;
      }
      if (m.first() - p.last() <= 8) {
        best = p;
      }
    }
    if (best == null) {
      return null;
    }
    for (int i = best.last(); i < m.first(); i++) {
      Token t = tokens.get(i);
      if (t.text().equals(";")
          || t.text().equals(".")
          || t.text().equals(":")
          || (startAt[i] != null && isCasualty(startAt[i]))) {
        return null;
      }
    }
    return qualifies(f, best) ? best : null;
  }

  private boolean qualifies(SentenceFacts f, NumberPhrase p) {
    List<Token> tokens = f.tokens;
    Token first = tokens.get(p.first());
    if (first.kind() == Token.Kind.NUMBER
        && p.last() == p.first() + 1
        && first.text().length() == 4
        && p.value() >= 1900
        && p.value() <= 2100) {
      return false;
    }
    if (p.first() > 0 && tokens.get(p.first() - 1).text().equals(":")) {
      return false;
    }
    if (p.first() > 0 && tokens.get(p.first() - 1).text().equals("-")) {
      return false;
    }
    if (p.last() < tokens.size()) {
      Token next = tokens.get(p.last());
      if (DISQUALIFY_AFTER_NUMBER.contains(next.text())) {
        return false;
      }
      if (next.text().equals(".")
          && p.last() + 1 < tokens.size()
          && tokens.get(p.last() + 1).kind() == Token.Kind.NUMBER) {
        return false; // a date such as 12.05.2024
      }
      for (Lexicon.Match m : f.matches) {
        if (m.first() == p.last()
            || (m.first() == p.last() + 1 && !tokens.get(p.last()).isPunct())) {
          if (m.has("weapon") || m.has("unit") || m.has("times") || m.has("cases")) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** The estimate a number and its modifier ("at least", "около") state. */
  static Estimate estimate(NumberPhrase p, Lexicon.@Nullable Match mod) {
    int v = (int) p.value();
    switch (p.vagueness()) {
      case DOZENS -> {
        return new Estimate(12, 12, null);
      }
      case HUNDREDS -> {
        return new Estimate(100, 100, null);
      }
      case SEVERAL -> {
        return new Estimate(2, null, null);
      }
      case SOME -> {
        return Estimate.unspecified();
      }
      default -> {}
    }
    String kind = mod != null ? mod.arg("mod") : null;
    if (kind == null) {
      return Estimate.exactly(v);
    }
    return switch (kind) {
      case "atleast", "more" -> Estimate.atLeast(v);
      case "about" -> Estimate.about(v);
      case "upto" -> new Estimate(null, v, v);
      case "less" -> new Estimate(null, null, v);
      default -> Estimate.exactly(v);
    };
  }

  // ------------------------------------------------------------ counts, distances

  private void readCountsAndDistances(
      SentenceFacts f, Lexicon.Match[] endAt, NumberPhrase[] numberEndingAt) {
    List<Token> tokens = f.tokens;
    for (Lexicon.Match m : f.matches) {
      NumberPhrase p = numberEndingAt[m.first()];
      if (p == null) {
        continue;
      }
      Lexicon.Match mod = p.first() > 0 ? endAt[p.first()] : null;
      if (mod != null && !mod.has("mod")) {
        mod = null;
      }
      int start = mod != null ? mod.start() : tokens.get(p.first()).start();
      if ((m.has("times") || m.has("cases")) && f.count == null && p.value() > 1) {
        f.count = new Facts.CountFact(estimate(p, mod), start, m.end());
      } else if (m.has("unit")) {
        Lexicon.Match border = null;
        for (Lexicon.Match b : f.matches) {
          if (b.first() >= m.last() && b.first() - m.last() <= 6 && b.has("border")) {
            border = b;
            break;
          }
        }
        if (border == null) {
          continue;
        }
        boolean broken = false;
        for (int i = m.last(); i < border.first(); i++) {
          String tx = tokens.get(i).text();
          if (tx.equals(".") || tx.equals(";")) {
            broken = true;
          }
        }
        if (broken) {
          continue;
        }
        double km = p.value() * ("mi".equals(m.arg("unit")) ? 1.609344 : 1.0);
        if (p.vagueness() == NumberPhrase.Vagueness.EXACT) {
          f.distances.add(new Facts.DistanceFact(Math.round(km * 10) / 10.0, start, border.end()));
        }
      }
    }
  }

  // ----------------------------------------------------------------- attribution

  private void readAttributions(
      SentenceFacts f, NormalizedText nt, Lexicon.Match[] endAt, String language) {
    List<Token> tokens = f.tokens;
    int n = tokens.size();
    boolean[] roleOrOrg = new boolean[n];
    boolean[] orgTok = new boolean[n];
    boolean[] regionTok = new boolean[n];
    boolean[] blocked = new boolean[n];
    for (Lexicon.Match m : f.matches) {
      for (int i = m.first(); i < m.last(); i++) {
        if (m.has("role") || m.has("org")) {
          roleOrOrg[i] = true;
        }
        if (m.has("org")) {
          orgTok[i] = true;
        }
        if (m.has("region-word")) {
          regionTok[i] = true;
        }
        if (m.has("said")
            || m.has("according")
            || m.has("weapon")
            || m.has("strike")
            || m.has("killed")
            || m.has("injured")) {
          blocked[i] = !(m.has("role") || m.has("org"));
        }
      }
    }
    for (Lexicon.Match m : f.matches) {
      if (m.has("according")) {
        int from = m.last();
        int to = from;
        while (to < n && to - from < 10 && !tokens.get(to).isClauseBreak()) {
          to++;
        }
        addName(f, nt, tokens, roleOrOrg, orgTok, regionTok, blocked, from, to, true);
      } else if (m.has("said")) {
        boolean forwardFirst = !language.equals("en");
        int[] fwd = runForward(tokens, roleOrOrg, regionTok, blocked, m.last());
        int[] back = runBackward(tokens, roleOrOrg, regionTok, blocked, m.first());
        int[] first = forwardFirst ? fwd : back;
        int[] second = forwardFirst ? back : fwd;
        if (!addName(
            f, nt, tokens, roleOrOrg, orgTok, regionTok, blocked, first[0], first[1], false)) {
          addName(
              f, nt, tokens, roleOrOrg, orgTok, regionTok, blocked, second[0], second[1], false);
        }
      }
    }
    // "Губернатор Белгородской области Вячеслав Гладков: ..." — a header naming the source
    if (f.attributions.isEmpty() && n > 1 && roleOrOrg[0]) {
      for (int i = 1; i < Math.min(n, 12); i++) {
        if (tokens.get(i).text().equals(":")) {
          addName(f, nt, tokens, roleOrOrg, orgTok, regionTok, blocked, 0, i, false);
          break;
        }
        if (tokens.get(i).isPunct()) {
          break;
        }
      }
    }
  }

  private static boolean nameToken(
      List<Token> tokens, boolean[] roleOrOrg, boolean[] regionTok, boolean[] blocked, int i) {
    Token t = tokens.get(i);
    if (blocked[i] || !t.isWord()) {
      return false;
    }
    return t.capitalized() || roleOrOrg[i] || regionTok[i] || NAME_CONNECTORS.contains(t.text());
  }

  private static int[] runForward(
      List<Token> tokens, boolean[] roleOrOrg, boolean[] regionTok, boolean[] blocked, int from) {
    int i = from;
    while (i < tokens.size()
        && !tokens.get(i).isPunct()
        && !nameToken(tokens, roleOrOrg, regionTok, blocked, i)
        && i - from < 2) {
      i++; // skip "the", "в", "у"
    }
    int s = i;
    while (i < tokens.size() && nameToken(tokens, roleOrOrg, regionTok, blocked, i)) {
      i++;
    }
    return new int[] {s, i};
  }

  private static int[] runBackward(
      List<Token> tokens, boolean[] roleOrOrg, boolean[] regionTok, boolean[] blocked, int to) {
    int i = to;
    while (i > 0 && nameToken(tokens, roleOrOrg, regionTok, blocked, i - 1)) {
      i--;
    }
    return new int[] {i, to};
  }

  private static boolean addName(
      SentenceFacts f,
      NormalizedText nt,
      List<Token> tokens,
      boolean[] roleOrOrg,
      boolean[] orgTok,
      boolean[] regionTok,
      boolean[] blocked,
      int from,
      int to,
      boolean afterAccording) {
    if (from >= to) {
      return false;
    }
    int s = from;
    int e = to;
    // a known organisation inside a longer phrase ("the Russian Telegram channel Astra")
    int orgStart = -1;
    int orgEnd = -1;
    for (int i = from; i < to; i++) {
      if (orgTok[i] && orgStart < 0) {
        orgStart = i;
      }
      if (orgTok[i]) {
        orgEnd = i + 1;
      } else if (orgStart >= 0) {
        break;
      }
    }
    boolean hasRole = false;
    for (int i = from; i < to; i++) {
      hasRole |= roleOrOrg[i];
    }
    if (afterAccording) {
      if (orgStart >= 0 && !anyRoleOutsideOrg(roleOrOrg, orgTok, from, to)) {
        s = orgStart;
        e = orgEnd;
        while (s > from
            && tokens.get(s - 1).capitalized()
            && !blocked[s - 1]
            && !isAdjectiveOfSide(tokens.get(s - 1).text())) {
          s--;
        }
      } else {
        // skip leading articles and lower-case words up to the first name-like token
        while (s < e && !nameToken(tokens, roleOrOrg, regionTok, blocked, s)) {
          s++;
        }
        int k = s;
        while (k < e && nameToken(tokens, roleOrOrg, regionTok, blocked, k)) {
          k++;
        }
        e = k;
      }
    }
    while (s < e
        && (NAME_CONNECTORS.contains(tokens.get(s).text())
            || ARTICLES.contains(tokens.get(s).text()))
        && !roleOrOrg[s]) {
      s++;
    }
    while (e > s
        && (NAME_CONNECTORS.contains(tokens.get(e - 1).text())
            || regionTok[e - 1] && !roleOrOrg[e - 1] && e - 1 == s)) {
      e--;
    }
    if (s >= e) {
      return false;
    }
    if (e - s == 1 && PRONOUNS.contains(tokens.get(s).text())) {
      return false;
    }
    if (!hasRole && orgStart < 0) {
      // only capitalised words: accept short proper names, not a sentence-initial common word
      if (e - s > 5) {
        return false;
      }
      if (s == 0 && e - s == 1 && !afterAccording) {
        return false;
      }
    }
    int start = tokens.get(s).start();
    int end = tokens.get(e - 1).end();
    String name = nt.original().substring(start, end);
    f.attributions.add(new Facts.AttributionFact(name, start, end));
    return true;
  }

  private static boolean anyRoleOutsideOrg(
      boolean[] roleOrOrg, boolean[] orgTok, int from, int to) {
    for (int i = from; i < to; i++) {
      if (roleOrOrg[i] && !orgTok[i]) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAdjectiveOfSide(String w) {
    return w.equals("russian")
        || w.equals("ukrainian")
        || w.equals("telegram")
        || w.startsWith("российск")
        || w.startsWith("украинск")
        || w.startsWith("російськ")
        || w.startsWith("українськ");
  }
}
