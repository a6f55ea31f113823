package org.strikewatch.geo.parse.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.strikewatch.geo.PlaceMention;
import org.strikewatch.geo.gazetteer.Gazetteer;
import org.strikewatch.geo.gazetteer.PlaceKind;
import org.strikewatch.geo.parse.GeoparserOptions;
import org.strikewatch.model.Place;
import org.strikewatch.model.PlacePrecision;

/**
 * The geoparser's work: find spans whose keys name gazetteer places (longest first), drop spans
 * that are common words or parts of person and organisation names, then resolve each span among its
 * candidates by population, kind, the other places in the same text, and the region of interest.
 * Stateless; every call works on its own objects.
 */
public final class Engine {
  private static final int MAX_WORDS = 6;

  private final Gazetteer gaz;
  private final GeoparserOptions options;

  public Engine(Gazetteer gaz, GeoparserOptions options) {
    this.gaz = gaz;
    this.options = options;
  }

  /** Finds and resolves the place mentions of {@code text}. */
  public List<PlaceMention> parse(String text) {
    List<Token> tokens = Tokenizer.tokenize(text);
    Keys keys = new Keys(tokens);
    LowerCase lowerWords = new LowerCase(text);
    List<Mention> mentions = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      if (!t.word() || !t.capitalized()) {
        i++;
        continue;
      }
      int next = find(text, tokens, keys, i, lowerWords, mentions);
      i = next > i ? next : i + 1;
    }
    resolve(mentions, text);
    List<PlaceMention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      if (m.fallbackPoint != null) {
        out.add(new PlaceMention(m.start, m.end, fallbackPlace(m), m.score));
        continue;
      }
      if (m.chosen < 0 || !accept(m, mentions)) {
        continue;
      }
      out.add(new PlaceMention(m.start, m.end, place(m), m.score));
    }
    return out;
  }

  /**
   * Resolves given spans (evaluation given gold spans): each span's text is looked up as a name, a
   * division phrase or a demonym, and resolved with the others as context. Spans with no candidate
   * are left out.
   */
  public List<PlaceMention> resolveSpans(String text, List<int[]> spans) {
    List<Mention> mentions = new ArrayList<>();
    for (int[] s : spans) {
      String span = text.substring(s[0], s[1]);
      Mention m = spanMention(span, s[0], s[1]);
      if (m != null) {
        mentions.add(m);
      }
    }
    resolve(mentions, text);
    List<PlaceMention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.fallbackPoint != null) {
        out.add(new PlaceMention(m.start, m.end, fallbackPlace(m), m.score));
      } else if (m.chosen >= 0) {
        out.add(new PlaceMention(m.start, m.end, place(m), m.score));
      }
    }
    return out;
  }

  private Mention spanMention(String span, int start, int end) {
    String key = Gazetteer.key(span);
    if (key.startsWith("the ")) {
      key = key.substring(4);
    }
    if (key.endsWith(" s") && key.length() > 3) {
      key = key.substring(0, key.length() - 2);
    }
    int[] c = EMPTY;
    Integer country = gaz.demonym(key).orElse(null);
    if (country == null && key.endsWith("s")) {
      country = gaz.demonym(key.substring(0, key.length() - 1)).orElse(null);
    }
    if (country != null) {
      c = new int[] {country << 1 | 1};
    }
    if (c.length == 0 && span.endsWith(".")) {
      c = gaz.lookup(Gazetteer.abbreviationKey(span.trim()));
    }
    if (c.length == 0) {
      c = lookup(key);
    }
    Mention.Mode mode = Mention.Mode.NAME;
    String label = "";
    int sp = key.lastIndexOf(' ');
    if (sp > 0) {
      String last = key.substring(sp + 1);
      String head = key.substring(0, sp);
      if (WordLists.REGION_WORDS.contains(last)) {
        mode = Mention.Mode.REGION;
        if (c.length == 0) {
          c = lookup(head);
        }
      } else if (WordLists.DISTRICT_WORDS.contains(last)) {
        mode = Mention.Mode.DISTRICT;
        label = englishDivision(last);
        if (c.length == 0) {
          c = lookup(head);
        }
      }
    }
    if (c.length == 0 && mode == Mention.Mode.NAME) {
      c = innerPlace(key);
    }
    if (c.length == 0 && mode == Mention.Mode.NAME) {
      return null;
    }
    return new Mention(start, end, span, c, mode, label, true, false);
  }

  /**
   * The place inside a longer name ("Bank of Mexico", "Colorado State University", "Russian
   * Embassy"): the longest run of words that names a place or a demonym, leftmost first; single
   * common words do not count.
   */
  private int[] innerPlace(String key) {
    String[] words = key.split(" ");
    if (words.length < 2) {
      return EMPTY;
    }
    for (int n = words.length - 1; n >= 1; n--) {
      for (int i = 0; i + n <= words.length; i++) {
        String sub = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n));
        if (n == 1 && (WordLists.COMMON.contains(sub) || sub.length() < 3)) {
          continue;
        }
        int[] c = lookup(sub);
        if (c.length > 0) {
          return c;
        }
        Integer country = gaz.demonym(sub).orElse(null);
        if (country != null) {
          return new int[] {country << 1 | 1};
        }
      }
    }
    return EMPTY;
  }

  private static final int[] EMPTY = new int[0];

  /** Token keys, computed when first asked for. */
  private static final class Keys {
    private final List<Token> tokens;
    private final String[] keys;

    Keys(List<Token> tokens) {
      this.tokens = tokens;
      this.keys = new String[tokens.size()];
    }

    String get(int i) {
      String k = keys[i];
      if (k == null) {
        k = Gazetteer.key(tokens.get(i).text());
        keys[i] = k;
      }
      return k;
    }

    String join(int from, int to) {
      StringBuilder b = new StringBuilder();
      for (int i = from; i < to; i++) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(get(i));
      }
      return b.toString();
    }
  }

  /** Answers whether a word also appears in lower case in the text (so it is a common word). */
  private static final class LowerCase {
    private final String text;
    private final Map<String, Boolean> seen = new HashMap<>();

    LowerCase(String text) {
      this.text = text;
    }

    boolean contains(String word) {
      return seen.computeIfAbsent(word, this::scan);
    }

    private boolean scan(String word) {
      if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
        return false;
      }
      int from = 0;
      while (true) {
        int at = text.indexOf(word, from);
        if (at < 0) {
          return false;
        }
        int end = at + word.length();
        boolean left = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
        boolean right = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
        if (left && right) {
          return true;
        }
        from = at + 1;
      }
    }
  }

  private static int[] union(int[] a, int[] b, int[] c) {
    java.util.LinkedHashMap<Integer, Integer> byRef = new java.util.LinkedHashMap<>();
    for (int[] arr : new int[][] {a, b, c}) {
      for (int x : arr) {
        byRef.merge(x >>> 1, x, (p, q) -> p | q);
      }
    }
    int[] out = new int[byRef.size()];
    int i = 0;
    for (int x : byRef.values()) {
      out[i++] = x;
    }
    return out;
  }

  private int[] lookup(String key) {
    int[] c = gaz.lookup(key);
    if (c.length == 0 && Character.isLetter(key.isEmpty() ? ' ' : key.charAt(0))) {
      if (org.strikewatch.geo.gazetteer.internal.NameKeys.isCyrillic(key)) {
        c = gaz.lookup(Gazetteer.stemKey(key));
        if (c.length == 0) {
          c = lookupRussianSpelling(key);
        }
      }
    }
    return c;
  }

  /**
   * Ukrainian texts often spell a Russian place by sound, writing Russian {@code и} as {@code і}
   * (Шебекіно for Шебекино, Шебекіному in the locative): looks the name up with {@code і} read as
   * {@code и}, as it is and by its stem. Empty when the key has no {@code і}.
   */
  private int[] lookupRussianSpelling(String key) {
    if (key.indexOf('і') < 0) {
      return new int[0];
    }
    String ru = key.replace('і', 'и');
    int[] c = gaz.lookup(ru);
    return c.length > 0 ? c : gaz.lookup(Gazetteer.stemKey(ru));
  }

  /** Tries spans starting at token {@code i}; adds a mention and returns the next token index. */
  private int find(
      String text, List<Token> tokens, Keys keys, int i, LowerCase lowerWords, List<Mention> out) {
    Token first = tokens.get(i);
    StringBuilder key = new StringBuilder();
    int bestEnd = -1;
    int[] best = null;
    int lastWord = i;
    List<Integer> words = new ArrayList<>();
    for (int j = i; j < tokens.size() && words.size() < MAX_WORDS; j++) {
      Token t = tokens.get(j);
      if (!t.word()) {
        break;
      }
      if (j > i && !adjacent(text, tokens.get(j - 1), t)) {
        break;
      }
      boolean lowerOk =
          WordLists.CONNECTORS.contains(keys.get(j))
              || (t.cyrillic() && divisionStem(keys.get(j)) != null);
      if (!t.capitalized() && !lowerOk) {
        break;
      }
      words.add(j);
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(keys.get(j));
      if (!t.capitalized() && !(t.cyrillic() && divisionStem(keys.get(j)) != null)) {
        continue; // a connector cannot end a name
      }
      String k = key.toString();
      int[] c = gaz.lookup(k);
      if (c.length == 0 && t.cyrillic()) {
        c = gaz.lookup(Gazetteer.stemKey(k));
        if (c.length == 0) {
          c = lookupRussianSpelling(k);
        }
      }
      if (c.length > 0) {
        best = c;
        bestEnd = j;
      }
      lastWord = j;
    }
    if (best == null) {
      int abbrEnd = first.text().endsWith(".") ? first.end() : first.end() + 1;
      if (!first.cyrillic()
          && abbrEnd <= text.length()
          && text.charAt(abbrEnd - 1) == '.'
          && first.text().length() <= 5) {
        String abbr = text.substring(first.start(), abbrEnd);
        int[] c = gaz.lookup(Gazetteer.abbreviationKey(abbr));
        if (c.length > 0) {
          out.add(new Mention(first.start(), abbrEnd, abbr, c, Mention.Mode.NAME, "", true, false));
          return i + 1;
        }
      }
      return cyrillicDivision(text, tokens, keys, i, out);
    }
    int endTok = bestEnd;
    Mention.Mode mode = Mention.Mode.NAME;
    String label = "";
    Token after = endTok + 1 < tokens.size() ? tokens.get(endTok + 1) : null;
    if (after != null && after.word() && adjacent(text, tokens.get(endTok), after)) {
      String ak = keys.get(endTok + 1);
      if (WordLists.REGION_WORDS.contains(ak) && !after.cyrillic()) {
        mode = Mention.Mode.REGION;
        endTok++;
      } else if (WordLists.DISTRICT_WORDS.contains(ak) && !after.cyrillic()) {
        mode = Mention.Mode.DISTRICT;
        label = englishDivision(ak);
        endTok++;
      } else if (after.cyrillic()) {
        String d = divisionStem(ak);
        if ("region".equals(d)) {
          mode = Mention.Mode.REGION;
          endTok++;
        } else if (d != null) {
          mode = Mention.Mode.DISTRICT;
          label = d;
          endTok++;
        }
      }
    }
    if (mode == Mention.Mode.NAME && i >= 2) {
      // "the region of X", "Oblast of X"
      Token of = tokens.get(i - 1);
      Token word = tokens.get(i - 2);
      if ("of".equals(keys.get(i - 1))
          && adjacent(text, word, of)
          && adjacent(text, of, tokens.get(i))) {
        if (WordLists.REGION_WORDS.contains(keys.get(i - 2))) {
          mode = Mention.Mode.REGION;
        } else if (WordLists.DISTRICT_WORDS.contains(keys.get(i - 2))) {
          mode = Mention.Mode.DISTRICT;
          label = englishDivision(keys.get(i - 2));
        }
      }
    }
    if (mode == Mention.Mode.REGION) {
      String nameKey = keys.join(i, bestEnd + 1);
      best = union(best, gaz.lookup(nameKey + " oblast"), gaz.lookup(nameKey + " region"));
    }
    Token last = tokens.get(endTok);
    int wordsInName = bestEnd - i + 1;
    boolean latinSingle = wordsInName == 1 && !first.cyrillic();
    if (!first.cyrillic() && rejectLatin(text, tokens, keys, i, bestEnd, best, lowerWords, mode)) {
      return bestEnd + 1;
    }
    if (first.cyrillic() && rejectCyrillic(text, tokens, keys, i, bestEnd, best)) {
      return bestEnd + 1;
    }
    boolean strong =
        first.cyrillic() || mode != Mention.Mode.NAME || locativeBefore(text, tokens, keys, i);
    out.add(
        new Mention(
            first.start(),
            last.end(),
            text.substring(first.start(), last.end()),
            best,
            mode,
            label,
            strong,
            latinSingle));
    return endTok + 1;
  }

  /** Cyrillic "X-ская область / X-ський район / X-ська громада" where X alone is not a name. */
  private int cyrillicDivision(
      String text, List<Token> tokens, Keys keys, int i, List<Mention> out) {
    Token t = tokens.get(i);
    if (!t.cyrillic() || i + 1 >= tokens.size()) {
      return i + 1;
    }
    Token after = tokens.get(i + 1);
    if (!after.word() || !adjacent(text, t, after)) {
      return i + 1;
    }
    String d = divisionStem(keys.get(i + 1));
    if (d == null) {
      return i + 1;
    }
    String stem = Gazetteer.stemKey(keys.get(i)).substring(1);
    int[] c;
    Mention.Mode mode;
    if ("region".equals(d)) {
      c = gaz.lookup("~" + stem + " област");
      mode = Mention.Mode.REGION;
    } else {
      mode = Mention.Mode.DISTRICT;
      c = gaz.lookup("~" + stem);
      for (String suffix : new String[] {"ськ", "ск", "цьк", "цк"}) {
        if (c.length == 0 && stem.endsWith(suffix) && stem.length() > suffix.length() + 2) {
          String base = stem.substring(0, stem.length() - suffix.length());
          c = gaz.lookup("~" + base);
          if (c.length == 0) {
            c = gaz.lookup(base);
          }
          if (c.length == 0 && suffix.startsWith("ц")) {
            c = gaz.lookup("~" + base + "ц");
          }
        }
      }
    }
    if (c.length == 0) {
      return i + 1;
    }
    out.add(
        new Mention(
            t.start(),
            after.end(),
            text.substring(t.start(), after.end()),
            c,
            mode,
            d,
            true,
            false));
    return i + 2;
  }

  /** "region" for область/край, "District" for район, "Community" for громада, else null. */
  static String divisionStem(String key) {
    String s = Gazetteer.stemKey(key).substring(1);
    if (s.startsWith("област") || s.equals("обл") || s.equals("кра")) {
      return "region";
    }
    if (s.startsWith("район") || s.equals("р-н")) {
      return "District";
    }
    if (s.startsWith("громад")) {
      return "Community";
    }
    return null;
  }

  private static String englishDivision(String word) {
    return switch (word) {
      case "community", "hromada" -> "Community";
      case "county" -> "County";
      case "parish" -> "Parish";
      case "municipality" -> "Municipality";
      case "borough" -> "Borough";
      default -> "District";
    };
  }

  /** Adjacent, or separated by the period of an abbreviated title ("Gov. Mine"). */
  private static boolean adjacentOrPeriod(String text, Token a, Token b) {
    if (adjacent(text, a, b)) {
      return true;
    }
    return b.start() - a.end() == 2
        && text.charAt(a.end()) == '.'
        && text.charAt(a.end() + 1) == ' ';
  }

  private static boolean adjacent(String text, Token a, Token b) {
    int gap = b.start() - a.end();
    if (gap > 2) {
      return false;
    }
    for (int p = a.end(); p < b.start(); p++) {
      char c = text.charAt(p);
      if (c != ' ' && c != '\u00A0') {
        return false;
      }
    }
    return true;
  }

  private boolean locativeBefore(String text, List<Token> tokens, Keys keys, int i) {
    int p = i - 1;
    if (p >= 0 && "the".equals(keys.get(p)) && adjacent(text, tokens.get(p), tokens.get(p + 1))) {
      p--;
    }
    return p >= 0
        && adjacent(text, tokens.get(p), tokens.get(p + 1))
        && WordLists.LOCATIVES.contains(keys.get(p));
  }

  private boolean rejectCyrillic(
      String text, List<Token> tokens, Keys keys, int i, int end, int[] cands) {
    Token t = tokens.get(i);
    if (end == i) {
      String stem = Gazetteer.stemKey(keys.get(i)).substring(1);
      if (WordLists.CYR_COMMON_STEMS.contains(stem)) {
        return true;
      }
      // a sentence-initial word found only through its case ending needs a well-known place
      if (t.sentenceStart() && gaz.lookup(keys.get(i)).length == 0 && !hasKind(cands, true)) {
        return true;
      }
    }
    // a capitalised Cyrillic word after a first name or a title is a surname
    if (i > 0) {
      Token prev = tokens.get(i - 1);
      if (prev.cyrillic()
          && prev.capitalized()
          && !prev.sentenceStart()
          && adjacent(text, prev, t)) {
        return gaz.lookup(Gazetteer.key(prev.text())).length == 0;
      }
    }
    return t.text().length() < 3;
  }

  private boolean rejectLatin(
      String text,
      List<Token> tokens,
      Keys keys,
      int i,
      int end,
      int[] cands,
      LowerCase lowerWords,
      Mention.Mode mode) {
    Token first = tokens.get(i);
    boolean single = end == i;
    boolean important = hasKind(cands, true);
    if (first.allCaps() && first.text().length() <= 4 && single && !important) {
      return true;
    }
    if (single) {
      String k = keys.get(i);
      if (gaz.demonym(k).isPresent()
          && i + 1 < tokens.size()
          && tokens.get(i + 1).word()
          && adjacent(text, first, tokens.get(i + 1))) {
        return true; // "Canadian troops": an adjective before its noun, not Canadian, Texas
      }
      if (WordLists.COMMON.contains(k) && !(important && !first.sentenceStart())) {
        return true;
      }
      if (lowerWords.contains(first.text().toLowerCase(Locale.ROOT)) && !important) {
        return true;
      }
      if (first.sentenceStart() && lowerWords.contains(first.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    if (mode != Mention.Mode.NAME) {
      return false;
    }
    // a title before: President X, Governor X
    if (i > 0) {
      Token prev = tokens.get(i - 1);
      if (WordLists.TITLES.contains(keys.get(i - 1))
          && prev.capitalized()
          && adjacentOrPeriod(text, prev, first)) {
        return !important || single;
      }
    }
    // part of a longer capitalised name: Antony Blinken, Astra Telegram
    boolean before =
        i > 0
            && tokens.get(i - 1).word()
            && tokens.get(i - 1).capitalized()
            && !tokens.get(i - 1).sentenceStart()
            && adjacent(text, tokens.get(i - 1), first)
            && !WordLists.COMMON.contains(keys.get(i - 1));
    boolean after =
        end + 1 < tokens.size()
            && tokens.get(end + 1).word()
            && tokens.get(end + 1).capitalized()
            && adjacent(text, tokens.get(end), tokens.get(end + 1))
            && !WordLists.TITLES.contains(keys.get(end + 1));
    if (before
        && gaz.lookup(keys.get(i - 1)).length > 0
        && !WordLists.COMPASS.contains(keys.get(i - 1))) {
      before = false; // "Kharkiv Kupiansk" lists, "Sumy Oblast" handled elsewhere
    }
    if (single && after && WordLists.COMPASS.contains(keys.get(i))) {
      return true; // "Northern Alliance": the compass word describes the name after it
    }
    if ((before || after) && !important) {
      return true;
    }
    if (first.sentenceStart() && single && before) {
      return true;
    }
    return false;
  }

  /** True when some candidate is a country, division, or (when {@code cities}) a big city. */
  private boolean hasKind(int[] cands, boolean cities) {
    for (int c : cands) {
      int ref = c >>> 1;
      PlaceKind k = gaz.kind(ref);
      if (k == PlaceKind.COUNTRY || k == PlaceKind.ADMIN1 || k == PlaceKind.AREA) {
        return true;
      }
      if (cities && (gaz.population(ref) >= 100_000 || k == PlaceKind.CAPITAL)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- resolution

  private void resolve(List<Mention> mentions, String text) {
    for (int k = 0; k + 1 < mentions.size(); k++) {
      Mention a = mentions.get(k);
      Mention b = mentions.get(k + 1);
      if (b.start > a.end
          && b.start - a.end <= 3
          && text.substring(a.end, b.start).trim().equals(",")) {
        a.qualifier = b;
        b.qualified = a;
      }
    }
    for (Mention m : mentions) {
      choose(m, null);
    }
    for (int round = 0; round < 2; round++) {
      Context ctx = new Context(mentions);
      for (Mention m : mentions) {
        choose(m, ctx);
      }
    }
    fallbackDistricts(mentions);
  }

  /** The countries and divisions the other mentions resolved to, one vote per distinct name. */
  private final class Context {
    final Map<String, String[]> byText = new HashMap<>();
    final Map<String, Integer> countries = new HashMap<>();
    final Map<String, Integer> admin1 = new HashMap<>();
    final List<Mention> points = new ArrayList<>();

    Context(List<Mention> mentions) {
      for (Mention m : mentions) {
        if (m.chosen < 0) {
          continue;
        }
        String t = m.text.toLowerCase(Locale.ROOT);
        PlaceKind k = gaz.kind(m.chosen);
        if (k != PlaceKind.COUNTRY && k != PlaceKind.AREA && k != PlaceKind.ADMIN1) {
          points.add(m);
        }
        if (byText.containsKey(t)) {
          continue;
        }
        String c = gaz.country(m.chosen);
        String a = gaz.admin1Code(m.chosen);
        byText.put(t, new String[] {c, a});
        if (c != null) {
          countries.merge(c, 1, Integer::sum);
        }
        if (a != null) {
          admin1.merge(a, 1, Integer::sum);
        }
      }
    }

    /** Share of the other distinct names resolved in this country / division. */
    double countryShare(String country, Mention self) {
      return share(countries, country, 0, self);
    }

    double admin1Share(String code, Mention self) {
      return share(admin1, code, 1, self);
    }

    private double share(Map<String, Integer> votes, String value, int field, Mention self) {
      String[] own = byText.get(self.text.toLowerCase(Locale.ROOT));
      int others = byText.size() - (own == null ? 0 : 1);
      if (others <= 0) {
        return 0;
      }
      int n = votes.getOrDefault(value, 0);
      if (own != null && value.equals(own[field])) {
        n--;
      }
      return Math.max(0, n) / (double) others;
    }
  }

  private void choose(Mention m, Context ctx) {
    double best = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    int bestRef = -1;
    boolean anyAdmin1 = false;
    m.primaryBigArea = false;
    for (int c : m.candidates) {
      PlaceKind k = gaz.kind(c >>> 1);
      if ((c & 1) == 1 && (k == PlaceKind.COUNTRY || k == PlaceKind.AREA)) {
        m.primaryBigArea = true;
      }
    }
    if (m.mode == Mention.Mode.REGION) {
      for (int c : m.candidates) {
        anyAdmin1 |= gaz.kind(c >>> 1) == PlaceKind.ADMIN1;
      }
    }
    for (int c : m.candidates) {
      int ref = c >>> 1;
      PlaceKind kind = gaz.kind(ref);
      if (anyAdmin1 && kind != PlaceKind.ADMIN1) {
        continue;
      }
      if (m.mode == Mention.Mode.DISTRICT
          && (kind == PlaceKind.COUNTRY || kind == PlaceKind.AREA || kind == PlaceKind.ADMIN1)) {
        continue;
      }
      double s = prior(ref, kind, (c & 1) == 1, m);
      s += qualifierScore(ref, m);
      if (ctx != null) {
        s += contextScore(ref, m, ctx);
      }
      if (s > best) {
        second = best;
        best = s;
        bestRef = ref;
      } else if (s > second) {
        second = s;
      }
    }
    m.chosen = bestRef;
    double margin = second == Double.NEGATIVE_INFINITY ? 1.0 : Math.min(1.0, best - second);
    m.margin = margin;
    m.score = Math.max(0.05, Math.min(0.99, 0.5 + 0.45 * margin));
  }

  /** "Paris, Texas": the place inside the qualifying division or country, and vice versa. */
  private double qualifierScore(int ref, Mention m) {
    double s = 0;
    if (m.qualifier != null && m.qualifier.chosen >= 0) {
      int q = m.qualifier.chosen;
      if (contains(q, ref)) {
        s += 1.0;
      }
    }
    if (m.qualified != null) {
      for (int c : m.qualified.candidates) {
        if (contains(ref, c >>> 1)) {
          s += 0.6;
          break;
        }
      }
    }
    return s;
  }

  /** True when place {@code inner} lies in country or division {@code outer}. */
  private boolean contains(int outer, int inner) {
    PlaceKind k = gaz.kind(outer);
    if (k == PlaceKind.COUNTRY) {
      String c = gaz.country(outer);
      return c != null && c.equals(gaz.country(inner)) && outer != inner;
    }
    if (k == PlaceKind.ADMIN1) {
      String a = gaz.admin1Code(outer);
      return a != null && a.equals(gaz.admin1Code(inner)) && gaz.kind(inner) != PlaceKind.ADMIN1;
    }
    return false;
  }

  private double prior(int ref, PlaceKind kind, boolean primary, Mention m) {
    int pop = gaz.population(ref);
    double s = Math.log10(pop + 1.0) / 7.0;
    switch (kind) {
      case COUNTRY -> s += 1.6;
      case AREA -> s += 1.5;
      case ADMIN1 -> s += m.mode == Mention.Mode.REGION ? 2.0 : 1.2;
      case ADMIN2 -> s += 0.6;
      case CAPITAL -> s += 0.45;
      case ADMIN1_SEAT -> s += 0.3;
      case ADMIN2_SEAT -> s += 0.12;
      default -> {}
    }
    if (pop >= 1_000_000) {
      s += 0.3;
    }
    if (primary) {
      s += 0.15;
    } else if (pop < 1_000_000) {
      s -= 0.15;
    }
    if (!primary && m.primaryBigArea && kind != PlaceKind.COUNTRY && kind != PlaceKind.AREA) {
      s -= 0.4;
    }
    String country = gaz.country(ref);
    if (country != null && options.roiCountries().contains(country)) {
      s += 0.12;
    } else {
      String a = gaz.admin1Code(ref);
      if (a != null && options.roiAdmin1().contains(a)) {
        s += 0.12;
      }
    }
    return s;
  }

  private double contextScore(int ref, Mention self, Context ctx) {
    double s = 0;
    String country = gaz.country(ref);
    String a1 = gaz.admin1Code(ref);
    PlaceKind kind = gaz.kind(ref);
    if (country != null) {
      s += 0.6 * ctx.countryShare(country, self);
    }
    if (a1 != null) {
      s += 0.8 * ctx.admin1Share(a1, self);
    }
    if (kind == PlaceKind.COUNTRY || kind == PlaceKind.AREA || kind == PlaceKind.ADMIN1) {
      return s;
    }
    double lat = gaz.lat(ref);
    double lon = gaz.lon(ref);
    double nearest = Double.MAX_VALUE;
    for (Mention o : ctx.points) {
      if (o == self || o.text.equalsIgnoreCase(self.text)) {
        continue;
      }
      double d = Gazetteer.distanceKm(lat, lon, gaz.lat(o.chosen), gaz.lon(o.chosen));
      nearest = Math.min(nearest, d);
    }
    if (nearest < 50) {
      s += 0.3;
    } else if (nearest < 200) {
      s += 0.15;
    }
    return s;
  }

  /**
   * Counties, parishes and districts the gazetteer lacks ("Laurel County") get the centre of the
   * text's other places in the division most of them lie in, when that is known.
   */
  private void fallbackDistricts(List<Mention> mentions) {
    Map<String, Integer> votes = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Mention m : mentions) {
      if (m.chosen < 0 || m.mode == Mention.Mode.DISTRICT) {
        continue;
      }
      String a = gaz.admin1Code(m.chosen);
      if (a != null && seen.add(m.text.toLowerCase(Locale.ROOT))) {
        votes.merge(a, 1, Integer::sum);
      }
    }
    String top = null;
    int topVotes = 0;
    for (Map.Entry<String, Integer> e : votes.entrySet()) {
      if (e.getValue() > topVotes) {
        top = e.getKey();
        topVotes = e.getValue();
      }
    }
    if (top == null) {
      return;
    }
    double lat = 0;
    double lon = 0;
    int n = 0;
    String country = null;
    for (Mention m : mentions) {
      if (m.chosen >= 0
          && m.mode != Mention.Mode.DISTRICT
          && top.equals(gaz.admin1Code(m.chosen))) {
        lat += gaz.lat(m.chosen);
        lon += gaz.lon(m.chosen);
        country = gaz.country(m.chosen);
        n++;
      }
    }
    for (Mention m : mentions) {
      if (m.mode != Mention.Mode.DISTRICT || m.divisionLabel.isEmpty()) {
        continue;
      }
      if (m.chosen >= 0 && top.equals(gaz.admin1Code(m.chosen))) {
        continue;
      }
      int inTop = -1;
      for (int c : m.candidates) {
        if (top.equals(gaz.admin1Code(c >>> 1))) {
          inTop = c >>> 1;
          break;
        }
      }
      if (inTop >= 0) {
        m.chosen = inTop;
        continue;
      }
      if (n > 0) {
        m.fallbackPoint = new double[] {lat / n, lon / n};
        m.fallbackCountry = country;
        m.fallbackAdmin1 = gaz.admin1Name(top);
        m.score = 0.3;
      }
    }
  }

  private boolean accept(Mention m, List<Mention> all) {
    if (!m.singleLatinWord || m.strong) {
      return true;
    }
    PlaceKind k = gaz.kind(m.chosen);
    if (k == PlaceKind.COUNTRY
        || k == PlaceKind.ADMIN1
        || k == PlaceKind.AREA
        || k == PlaceKind.CAPITAL) {
      return true;
    }
    if (gaz.population(m.chosen) >= 2000) {
      return true;
    }
    // a small place needs support: another mention nearby or in the same division
    String a1 = gaz.admin1Code(m.chosen);
    for (Mention o : all) {
      if (o == m || o.chosen < 0) {
        continue;
      }
      if (a1 != null && a1.equals(gaz.admin1Code(o.chosen))) {
        return true;
      }
      if (Gazetteer.distanceKm(
              gaz.lat(m.chosen), gaz.lon(m.chosen), gaz.lat(o.chosen), gaz.lon(o.chosen))
          < 100) {
        return true;
      }
    }
    return false;
  }

  private static Place fallbackPlace(Mention m) {
    return Place.builder()
        .name(m.text)
        .coordinates(m.fallbackPoint[0], m.fallbackPoint[1])
        .country(m.fallbackCountry)
        .admin1(m.fallbackAdmin1)
        .precision(PlacePrecision.DISTRICT)
        .text(m.text)
        .build();
  }

  private Place place(Mention m) {
    Place p = gaz.entry(m.chosen).toPlace(m.text);
    PlaceKind k = gaz.kind(m.chosen);
    if (m.mode == Mention.Mode.DISTRICT && k != PlaceKind.ADMIN1 && k != PlaceKind.ADMIN2) {
      return Place.builder()
          .name(p.name() + " " + m.divisionLabel)
          .coordinates(p.lat(), p.lon())
          .country(p.country())
          .admin1(p.admin1())
          .precision(PlacePrecision.DISTRICT)
          .text(m.text)
          .gazetteerId(p.gazetteerId())
          .build();
    }
    if (m.mode == Mention.Mode.REGION && k != PlaceKind.ADMIN1 && k != PlaceKind.COUNTRY) {
      return Place.builder()
          .name(p.name())
          .coordinates(p.lat(), p.lon())
          .country(p.country())
          .admin1(p.admin1())
          .precision(PlacePrecision.DISTRICT)
          .text(m.text)
          .gazetteerId(p.gazetteerId())
          .build();
    }
    return p;
  }
}
