package org.strikewatch.extract.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.strikewatch.geo.Geography;
import org.strikewatch.geo.PlaceMention;
import org.strikewatch.geo.PointInfo;
import org.strikewatch.model.BorderDistance;
import org.strikewatch.model.Claim;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.Evidence;
import org.strikewatch.model.Incident;
import org.strikewatch.model.IsoCodes;
import org.strikewatch.model.Place;
import org.strikewatch.model.PlacePrecision;
import org.strikewatch.model.Precision;
import org.strikewatch.model.TimeSpan;
import org.strikewatch.model.Weapon;
import org.strikewatch.text.NormalizedText;
import org.strikewatch.time.TimeMention;
import org.strikewatch.time.TimexType;

/**
 * Turns the facts of a report's sentences, its time mentions and place mentions into incidents and
 * claims: one incident per distinct place and time, background statements, visits, troop movements
 * and interceptions without impact left out, times and sources inherited from the paragraph,
 * launcher and own-territory decided from the text and the geography. One instance per report; not
 * thread-safe.
 */
public final class Assembler {

  /** At most this many incidents are assembled from one report. */
  public static final int MAX_INCIDENTS = 200;

  private static final Set<String> FROM_WORDS = Set.of("from", "від", "от");
  private static final Set<String> ORIGIN_WORDS =
      Set.of("территории", "території", "стороны", "боку", "launched", "fired");
  private static final Set<String> CITY_ROLES =
      Set.of("mayor", "мэр", "мер", "мэра", "мера", "міський", "городской", "city");

  private final String text;
  private final NormalizedText nt;
  private final List<SentenceFacts> sentences;
  private final List<TimeMention> times;
  private final List<PlaceMention> places;
  private final @Nullable LocalDate anchor;
  private final boolean anchorGiven;
  private final @Nullable Geography geography;
  private final List<String> warnings;

  private final List<List<PlaceMention>> placesBySentence = new ArrayList<>();
  private final List<List<TimeMention>> timesBySentence = new ArrayList<>();
  private final List<Claim> claims = new ArrayList<>();
  private boolean reportHasStrikeWords;
  private boolean reportHasCue;
  private boolean capped;
  private final Map<Integer, List<Facts.WeaponFact>> interceptWeapons = new LinkedHashMap<>();

  /** Everything one report's assembly needs. */
  public Assembler(
      NormalizedText nt,
      List<SentenceFacts> sentences,
      List<TimeMention> times,
      List<PlaceMention> places,
      @Nullable LocalDate anchor,
      boolean anchorGiven,
      @Nullable Geography geography,
      List<String> warnings) {
    this.text = nt.original();
    this.nt = nt;
    this.sentences = sentences;
    this.times = times;
    this.places = places;
    this.anchor = anchor;
    this.anchorGiven = anchorGiven;
    this.geography = geography;
    this.warnings = warnings;
  }

  /** The claims found by the last {@link #incidents()} call. */
  public List<Claim> claims() {
    return claims;
  }

  /** Assembles the incidents (and collects the claims). */
  public List<Incident> incidents() {
    distribute();
    for (SentenceFacts f : sentences) {
      reportHasStrikeWords |= f.strike || f.attack;
      reportHasCue |= !f.cues.isEmpty();
    }
    List<Draft> drafts = new ArrayList<>();
    Draft current = null;
    int paragraph = -1;
    List<Integer> pending = new ArrayList<>();
    Draft lastOfPreviousParagraph = null;
    Draft lastDraft = null;
    for (int si = 0; si < sentences.size() && !capped; si++) {
      SentenceFacts f = sentences.get(si);
      if (f.span.paragraph() != paragraph) {
        resolvePending(pending, paragraph, drafts, lastOfPreviousParagraph);
        lastOfPreviousParagraph =
            lastDraft != null && lastDraft.paragraph == paragraph ? lastDraft : null;
        paragraph = f.span.paragraph();
        current = null;
      }
      if (f.count != null) {
        claims.add(claim(si, f));
        continue;
      }
      boolean strongEvent = f.hasNamedWeapon() && (f.strike || f.impact || f.hasHarm());
      if (f.background || f.repeated) {
        continue;
      }
      if ((f.visit || f.offensive) && !strongEvent) {
        continue;
      }
      boolean interceptOnly = f.intercept && !f.impact && !f.hasHarm();
      if (interceptOnly) {
        interceptWeapons.computeIfAbsent(paragraph, k -> new ArrayList<>()).addAll(f.weapons);
      }
      List<Object[]> impactPlaces = impactPlaces(si, f);
      boolean trigger =
          !interceptOnly
              && (f.strike
                  || (f.attack && (!impactPlaces.isEmpty() || f.hasHarm() || f.impact))
                  || (f.hasHarm() && reportHasStrikeWords && !impactPlaces.isEmpty()));
      if (trigger && !impactPlaces.isEmpty()) {
        Draft made = null;
        for (Object[] ip : impactPlaces) {
          Place p = (Place) ip[0];
          Draft d = new Draft(p, (int) ip[1], (int) ip[2], paragraph, si);
          d.ownTime = ownTime(si, d.placeStart);
          if (drafts.size() >= MAX_INCIDENTS) {
            capped = true;
            warnings.add(
                "more than "
                    + MAX_INCIDENTS
                    + " incident candidates; kept the first "
                    + MAX_INCIDENTS);
            break;
          }
          drafts.add(d);
          made = d;
        }
        attach(si, f, drafts.subList(drafts.size() - impactPlaces.size(), drafts.size()));
        for (int pi : pending) {
          attach(pi, sentences.get(pi), List.of(made));
        }
        pending.clear();
        current = made;
        lastDraft = made;
      } else if (trigger) {
        if (current != null) {
          attach(si, f, List.of(current));
        } else {
          pending.add(si);
        }
      } else if (current != null && impactPlaces.isEmpty() && !interceptOnly) {
        attach(si, f, List.of(current));
      } else if (current == null
          && impactPlaces.isEmpty()
          && !f.casualties.isEmpty()
          && !interceptOnly) {
        pending.add(si);
      }
    }
    resolvePending(pending, paragraph, drafts, lastOfPreviousParagraph);
    List<Draft> merged = merge(drafts);
    List<Incident> out = new ArrayList<>();
    for (Draft d : merged) {
      out.add(build(d));
    }
    return out;
  }

  // ---------------------------------------------------------------- distribution

  private void distribute() {
    int pi = 0;
    int ti = 0;
    for (SentenceFacts f : sentences) {
      List<PlaceMention> ps = new ArrayList<>();
      while (pi < places.size() && places.get(pi).start() < f.span.start()) {
        pi++;
      }
      while (pi < places.size() && places.get(pi).start() < f.span.end()) {
        ps.add(places.get(pi));
        pi++;
      }
      placesBySentence.add(ps);
      List<TimeMention> ts = new ArrayList<>();
      while (ti < times.size() && times.get(ti).start() < f.span.start()) {
        ti++;
      }
      while (ti < times.size() && times.get(ti).start() < f.span.end()) {
        TimeMention t = times.get(ti);
        if (t.type() == TimexType.DATE || t.type() == TimexType.TIME) {
          ts.add(t);
        }
        ti++;
      }
      timesBySentence.add(ts);
    }
  }

  private @Nullable TimeMention ownTime(int si, int near) {
    TimeMention best = null;
    int bestDist = Integer.MAX_VALUE;
    for (TimeMention t : timesBySentence.get(si)) {
      int dist = Math.abs(t.start() - near);
      boolean better =
          best == null
              || (t.type() == TimexType.DATE && best.type() != TimexType.DATE)
              || (t.type() == best.type() && dist < bestDist);
      if (better) {
        best = t;
        bestDist = dist;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- places

  /** Impact places of a sentence: {Place, start, end}, most specific first, in text order. */
  private List<Object[]> impactPlaces(int si, SentenceFacts f) {
    List<Object[]> out = new ArrayList<>();
    for (PlaceMention pm : placesBySentence.get(si)) {
      Object[] r = classify(f, pm, false);
      if (r != null) {
        out.add(r);
      }
    }
    if (out.isEmpty()) {
      Object[] country = countryInside(f, placesBySentence.get(si));
      if (country != null) {
        List<Object[]> only = new ArrayList<>();
        only.add(country);
        return only;
      }
    }
    // in a report about this war, a place in Ukraine or Russia beats a namesake abroad
    boolean inTheatre = false;
    for (Object[] r : out) {
      String c = ((Place) r[0]).country();
      inTheatre |= "UA".equals(c) || "RU".equals(c);
    }
    if (inTheatre) {
      out.removeIf(
          r -> !"UA".equals(((Place) r[0]).country()) && !"RU".equals(((Place) r[0]).country()));
    }
    // drop regions that contain a more specific place of the same sentence
    List<Object[]> kept = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (Object[] r : out) {
      Place p = (Place) r[0];
      if (p.precision() == PlacePrecision.REGION) {
        boolean covered = false;
        for (Object[] o : out) {
          Place q = (Place) o[0];
          if (q != p
              && q.precision() != PlacePrecision.REGION
              && q.admin1() != null
              && (q.admin1().equals(p.admin1()) || q.admin1().equals(p.name()))) {
            covered = true;
          }
        }
        if (covered) {
          continue;
        }
      }
      String key = p.name() + "|" + p.precision() + "|" + p.country();
      if (keys.add(key)) {
        kept.add(r);
      }
    }
    return kept;
  }

  /**
   * Classifies a mention: an impact place {Place, start, end}, or null when it names an authority,
   * a launch site, a distance target or a country. With {@code authorities} true it returns
   * authority places (as regions) instead.
   */
  private Object @Nullable [] classify(SentenceFacts f, PlaceMention pm, boolean authorities) {
    Place p = pm.place();
    if (p.precision() == PlacePrecision.COUNTRY || p.name() == null) {
      return null;
    }
    for (int[] b : f.placeBlockers) {
      if (b[0] < pm.end() && pm.start() < b[1]) {
        return null;
      }
    }
    int first = tokenAt(f.tokens, pm.start());
    if (first < f.tokens.size() && f.tokens.get(first).start() < pm.end()) {
      Lexicon.Match m = f.matchAt(first);
      if (m != null && !placeLike(m)) {
        return null; // "Трое", "Града": a word the lexicon reads otherwise
      }
      if (f.numberAt(first)) {
        return null;
      }
    }
    List<Token> tokens = f.tokens;
    int ti = tokenAt(tokens, pm.start());
    int prev = ti - 1;
    while (prev >= 0
        && (tokens.get(prev).text().equals("the") || tokens.get(prev).text().equals("its"))) {
      prev--;
    }
    if (prev >= 0) {
      String w = tokens.get(prev).text();
      if (FROM_WORDS.contains(w) || ORIGIN_WORDS.contains(w)) {
        return null;
      }
    }
    boolean authority = false;
    boolean cityRole = false;
    for (int[] r : f.roles) {
      boolean overlaps = r[0] < pm.end() && pm.start() < r[1];
      boolean before = r[1] <= pm.start() && gapTokens(tokens, r[1], pm.start()) <= 2;
      boolean after = r[0] >= pm.end() && gapTokens(tokens, pm.end(), r[0]) <= 1;
      if (overlaps || before || after) {
        authority = true;
        String role = nt.folded().substring(r[0], r[1]);
        for (String c : CITY_ROLES) {
          cityRole |= role.contains(c);
        }
      }
    }
    if (authority != authorities) {
      return null;
    }
    int end = pm.end();
    boolean regionWord = false;
    for (int[] r : f.regionWords) {
      if (r[0] >= pm.end() && gapTokens(tokens, pm.end(), r[0]) == 0 && r[0] - pm.end() <= 2) {
        regionWord = true;
        end = r[1];
      }
    }
    if ((regionWord || (authority && !cityRole))
        && p.precision() != PlacePrecision.REGION
        && p.admin1() != null) {
      String word = end > pm.end() ? nt.folded().substring(pm.end(), end).strip() : "";
      boolean district =
          word.startsWith("district") || word.startsWith("район") || word.startsWith("округ");
      if (!district) {
        p =
            Place.builder()
                .name(p.admin1())
                .country(p.country())
                .admin1(p.admin1())
                .precision(PlacePrecision.REGION)
                .text(text.substring(pm.start(), end))
                .build();
      } else {
        p = p.withText(text.substring(pm.start(), end));
      }
    } else {
      end = pm.end();
    }
    return new Object[] {p, pm.start(), end};
  }

  /**
   * A country named as where something happened ("in northern Syria", "across Ukraine") when the
   * sentence names no finer place: {Place, start, end}, or null. A bare country name is more often
   * an actor ("Russia struck..."), so only these locative forms count.
   */
  private static Object @Nullable [] countryInside(SentenceFacts f, List<PlaceMention> mentions) {
    Object[] found = null;
    for (PlaceMention pm : mentions) {
      if (pm.place().precision() != PlacePrecision.COUNTRY || pm.place().name() == null) {
        continue;
      }
      int prev = tokenAt(f.tokens, pm.start()) - 1;
      while (prev >= 0 && COMPASS_WORDS.contains(f.tokens.get(prev).text())) {
        prev--;
      }
      if (prev >= 0 && f.tokens.get(prev).text().equals("the")) {
        prev--;
      }
      if (prev < 0 || !INSIDE_WORDS.contains(f.tokens.get(prev).text())) {
        continue;
      }
      if (found != null) {
        return null; // two countries: which one was hit is not clear
      }
      found = new Object[] {pm.place(), pm.start(), pm.end()};
    }
    return found;
  }

  private static final Set<String> INSIDE_WORDS = Set.of("in", "across", "inside", "throughout");

  private static final Set<String> COMPASS_WORDS =
      Set.of(
          "northern",
          "southern",
          "eastern",
          "western",
          "central",
          "north-eastern",
          "north-western",
          "south-eastern",
          "south-western",
          "northeastern",
          "northwestern",
          "southeastern",
          "southwestern",
          "northeast",
          "northwest",
          "southeast",
          "southwest",
          "north",
          "south",
          "east",
          "west");

  private static boolean placeLike(Lexicon.Match m) {
    for (Term t : m.terms()) {
      switch (t.key()) {
        case "actor-name", "region-word", "org", "role", "occupied", "by", "border" -> {
          return true;
        }
        default -> {}
      }
    }
    return false;
  }

  private static int gapTokens(List<Token> tokens, int from, int to) {
    int n = 0;
    for (int i = tokenAt(tokens, from); i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.end() > to) {
        break;
      }
      if (t.isPunct() && !t.text().equals("'")) {
        return 99;
      }
      if (++n > 3) {
        return n;
      }
    }
    return n;
  }

  /** Index of the first token that starts at or after {@code offset}. */
  static int tokenAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  // ---------------------------------------------------------------- attaching

  private void attach(int si, SentenceFacts f, List<Draft> targets) {
    if (targets.isEmpty()) {
      return;
    }
    for (Draft d : targets) {
      if (!d.sentences.contains(si)) {
        d.sentences.add(si);
      }
      d.weapons.addAll(f.weapons);
      d.actors.addAll(f.actors);
      d.cues.addAll(f.cues);
      d.attributions.addAll(f.attributions);
      if (d.ownTime == null) {
        d.ownTime = ownTime(si, d.placeStart);
      }
    }
    for (Facts.CasualtyFact c : f.casualties) {
      nearest(targets, c.start()).casualties.add(c);
    }
    for (Facts.DistanceFact c : f.distances) {
      nearest(targets, c.start()).distances.add(c);
    }
  }

  private static Draft nearest(List<Draft> targets, int offset) {
    Draft best = targets.get(0);
    int bestDist = Integer.MAX_VALUE;
    for (Draft d : targets) {
      int dist = d.placeStart <= offset ? offset - d.placeStart : (d.placeStart - offset) * 2;
      if (dist < bestDist) {
        best = d;
        bestDist = dist;
      }
    }
    return best;
  }

  private void resolvePending(
      List<Integer> pending, int paragraph, List<Draft> drafts, @Nullable Draft previous) {
    if (pending.isEmpty()) {
      return;
    }
    // an authority's region named in the same paragraph ("the Belgorod governor said ...")
    Draft target = null;
    boolean paragraphHasPlaces = false;
    for (int si = 0; si < sentences.size() && target == null; si++) {
      SentenceFacts f = sentences.get(si);
      if (f.span.paragraph() != paragraph) {
        continue;
      }
      for (PlaceMention pm : placesBySentence.get(si)) {
        if (pm.place().precision() != PlacePrecision.COUNTRY) {
          paragraphHasPlaces = true;
        }
        Object[] r = classify(f, pm, true);
        if (r != null && target == null) {
          target = new Draft((Place) r[0], (int) r[1], (int) r[2], paragraph, pending.get(0));
          drafts.add(target);
        }
      }
    }
    if (target == null) {
      // where air defence worked or where the paragraph set the scene ("над Києвом")
      for (int si = 0; si < sentences.size() && target == null; si++) {
        SentenceFacts f = sentences.get(si);
        if (f.span.paragraph() != paragraph || f.background || f.visit || f.count != null) {
          continue;
        }
        List<Object[]> ps = impactPlaces(si, f);
        if (!ps.isEmpty()) {
          Object[] r = ps.get(0);
          target = new Draft((Place) r[0], (int) r[1], (int) r[2], paragraph, pending.get(0));
          if (drafts.size() < MAX_INCIDENTS) {
            drafts.add(target);
          } else {
            target = null;
          }
        }
      }
    }
    if (target == null && !paragraphHasPlaces && previous != null) {
      boolean ownTimes = false;
      for (int si : pending) {
        ownTimes |= !timesBySentence.get(si).isEmpty();
      }
      if (!ownTimes) {
        target = previous;
      }
    }
    if (target != null) {
      for (int si : pending) {
        attach(si, sentences.get(si), List.of(target));
      }
    }
    pending.clear();
  }

  // ---------------------------------------------------------------- merging

  private List<Draft> merge(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      TimeSpan dt = span(d.ownTime);
      Draft into = null;
      for (Draft o : out) {
        if (!o.key().equals(d.key())) {
          continue;
        }
        TimeSpan ot = span(o.ownTime);
        if (d.ownTime == null || o.ownTime == null || dt.equals(ot) || sameText(d, o)) {
          into = o;
          break;
        }
      }
      if (into == null) {
        // a region-wide line and a place inside it, in one paragraph, at compatible times
        for (Draft o : out) {
          if (o.paragraph == d.paragraph && compatibleTimes(o, d) && nested(o.place, d.place)) {
            into = o.place.precision() == PlacePrecision.REGION ? null : o;
            if (into == null) {
              out.remove(o);
              d.absorb(o);
            }
            break;
          }
        }
      }
      if (into != null) {
        into.absorb(d);
      } else {
        out.add(d);
      }
    }
    return out;
  }

  private static boolean sameText(Draft a, Draft b) {
    return a.ownTime != null && b.ownTime != null && a.ownTime.text().equals(b.ownTime.text());
  }

  private boolean compatibleTimes(Draft a, Draft b) {
    return a.ownTime == null || b.ownTime == null || span(a.ownTime).equals(span(b.ownTime));
  }

  private static boolean nested(Place a, Place b) {
    Place region = a.precision() == PlacePrecision.REGION ? a : b;
    Place inner = region == a ? b : a;
    return region.precision() == PlacePrecision.REGION
        && inner.precision() != PlacePrecision.REGION
        && inner.admin1() != null
        && inner.admin1().equals(region.admin1());
  }

  private static TimeSpan span(@Nullable TimeMention t) {
    return t == null ? TimeSpan.unresolved(null) : t.span();
  }

  // ---------------------------------------------------------------- building

  private Incident build(Draft d) {
    Incident.Builder b = Incident.builder();
    List<Evidence> evidence = new ArrayList<>();
    double confidence = 0.35;
    // when
    TimeSpan when;
    TimeMention tm = d.ownTime;
    if (tm == null) {
      tm = governingTime(d);
    }
    if (tm != null) {
      when = new TimeSpan(tm.span().start(), tm.span().end(), tm.span().precision(), tm.text());
      evidence.add(ev("when", tm.start(), tm.end()));
      confidence += !when.isResolved() ? 0.0 : d.ownTime != null ? 0.2 : 0.1;
      if (!when.isResolved()) {
        warnings.add(
            "time \""
                + tm.text()
                + "\" of the incident at "
                + d.place.name()
                + " left unresolved: "
                + (anchor == null || !anchorGiven
                    ? "no publication date to anchor it"
                    : "unclear"));
      }
    } else if (anchor != null && anchorGiven) {
      when = new TimeSpan(anchor.minusDays(7), anchor, Precision.WEEK, null);
    } else {
      when = TimeSpan.unresolved(null);
      warnings.add(
          "incident at "
              + d.place.name()
              + " has no time expression and no publication date; its date is unknown");
    }
    b.when(when);
    // where
    b.where(d.place);
    evidence.add(ev("where", d.placeStart, d.placeEnd));
    confidence +=
        switch (d.place.precision()) {
          case POINT, SETTLEMENT -> 0.15;
          case DISTRICT, REGION -> 0.1;
          default -> 0;
        };
    // weapons
    boolean strong = false;
    for (Facts.WeaponFact w : d.weapons) {
      strong |= !w.weak();
    }
    Set<Weapon> weapons = new LinkedHashSet<>();
    Set<String> weaponsText = new LinkedHashSet<>();
    List<Facts.WeaponFact> sorted = new ArrayList<>(d.weapons);
    if (sorted.isEmpty()) {
      // debris of what air defence shot down in the same paragraph
      sorted.addAll(interceptWeapons.getOrDefault(d.paragraph, List.of()));
      for (Facts.WeaponFact w : sorted) {
        strong |= !w.weak();
      }
    }
    sorted.sort((x, y) -> Integer.compare(x.start(), y.start()));
    Set<Integer> seen = new LinkedHashSet<>();
    for (Facts.WeaponFact w : sorted) {
      if ((strong && w.weak()) || !seen.add(w.start())) {
        continue;
      }
      weapons.add(w.weapon());
      weaponsText.add(text.substring(w.start(), w.end()));
      evidence.add(ev("weapons", w.start(), w.end()));
    }
    b.weapons(new ArrayList<>(weapons)).weaponsText(new ArrayList<>(weaponsText));
    if (!weapons.isEmpty()) {
      confidence += 0.1;
    }
    // casualties
    b.killed(best(d, "killed", evidence));
    b.injured(best(d, "injured", evidence));
    b.evacuated(best(d, "evacuated", evidence));
    // geography of the impact point
    PointInfo info = null;
    LocalDate on = when.start() != null ? when.start() : anchor;
    if (geography != null && d.place.lat() != null && d.place.lon() != null) {
      info = geography.describe(d.place.lat(), d.place.lon(), on);
    }
    String holder = null;
    String holderHow = null;
    if (info != null
        && info.controlledBy() != null
        && IsoCodes.isUpperAlpha2(info.controlledBy())) {
      holder = info.controlledBy();
      holderHow = "held by " + holder + (on != null ? " on " + on : "");
    } else if (info != null && info.country() != null) {
      holder = info.country();
      holderHow = "in " + holder;
    } else if (d.place.country() != null) {
      holder = d.place.country();
      holderHow = "in " + holder;
    }
    String where = d.place.admin1() != null ? " (" + d.place.admin1() + ")" : "";
    // launchedBy
    Facts.ActorFact actor = actor(d);
    Facts.CueFact cue = d.cues.isEmpty() ? null : d.cues.get(0);
    String launchedBy = null;
    Boolean own = null;
    String reason = null;
    if (actor != null) {
      launchedBy = actor.country();
      evidence.add(ev("launchedBy", actor.start(), actor.end()));
      confidence += 0.1;
    }
    if (launchedBy != null && holder != null) {
      own = launchedBy.equals(holder);
      reason = "launched by " + launchedBy + "; impact point " + holderHow + where;
      if (cue != null) {
        reason += "; text says \"" + text.substring(cue.start(), cue.end()) + "\"";
      }
      evidence.add(
          cue != null && own
              ? ev("ownTerritory", cue.start(), cue.end())
              : ev("ownTerritory", d.placeStart, d.placeEnd));
    } else if (cue != null) {
      own = true;
      if (launchedBy == null && holder != null) {
        launchedBy = holder;
        evidence.add(ev("launchedBy", cue.start(), cue.end()));
      }
      reason =
          "text says \""
              + text.substring(cue.start(), cue.end())
              + "\""
              + (holder != null
                  ? "; the side holding the impact point (" + holder + ") fired"
                  : "");
      evidence.add(ev("ownTerritory", cue.start(), cue.end()));
    } else if (holder != null
        && info != null
        && info.controlledBy() != null
        && holder.equals(info.country())
        && (holder.equals("UA") || holder.equals("RU"))) {
      launchedBy = holder.equals("UA") ? "RU" : "UA";
      own = false;
      reason =
          "no side named; impact point "
              + holderHow
              + where
              + ", so the other side ("
              + launchedBy
              + ") fired";
      evidence.add(ev("launchedBy", d.placeStart, d.placeEnd));
      evidence.add(ev("ownTerritory", d.placeStart, d.placeEnd));
    }
    b.launchedBy(launchedBy).ownTerritory(own, reason);
    // border distance
    Double stated = null;
    if (!d.distances.isEmpty()) {
      Facts.DistanceFact df = d.distances.get(0);
      stated = df.km();
      evidence.add(ev("borderDistanceKm", df.start(), df.end()));
    }
    Double computed =
        info != null && info.borderDistanceKm() != null
            ? Math.round(info.borderDistanceKm() * 10) / 10.0
            : null;
    if (stated != null || computed != null) {
      b.borderDistanceKm(new BorderDistance(stated, computed));
      if (stated == null) {
        evidence.add(ev("borderDistanceKm", d.placeStart, d.placeEnd));
      }
    }
    // attribution
    List<Facts.AttributionFact> attr = attribution(d);
    Set<String> names = new LinkedHashSet<>();
    for (Facts.AttributionFact a : attr) {
      if (names.add(a.name())) {
        evidence.add(ev("attribution", a.start(), a.end()));
      }
    }
    b.attribution(new ArrayList<>(names));
    if (!names.isEmpty()) {
      confidence += 0.05;
    }
    b.evidence(evidence);
    b.confidence(Math.min(0.95, Math.round(confidence * 100) / 100.0));
    return b.build();
  }

  private @Nullable TimeMention governingTime(Draft d) {
    TimeMention before = null;
    TimeMention after = null;
    int first = d.sentences.isEmpty() ? d.firstSentence : d.sentences.get(0);
    for (int si = 0; si < sentences.size(); si++) {
      SentenceFacts f = sentences.get(si);
      if (f.span.paragraph() != d.paragraph || f.count != null) {
        continue;
      }
      for (TimeMention t : timesBySentence.get(si)) {
        if (si < first) {
          before = t;
        } else if (after == null) {
          after = t;
        }
      }
    }
    return before != null ? before : after;
  }

  private Facts.@Nullable ActorFact actor(Draft d) {
    if (!d.actors.isEmpty()) {
      Facts.ActorFact best = d.actors.get(0);
      for (Facts.ActorFact a : d.actors) {
        if (Math.abs(a.start() - d.placeStart) < Math.abs(best.start() - d.placeStart)) {
          best = a;
        }
      }
      return best;
    }
    Facts.ActorFact last = null;
    int first = d.sentences.isEmpty() ? d.firstSentence : d.sentences.get(0);
    for (int si = 0; si < first; si++) {
      SentenceFacts f = sentences.get(si);
      if (f.span.paragraph() == d.paragraph && f.count == null && !f.actors.isEmpty()) {
        last = f.actors.get(f.actors.size() - 1);
      }
    }
    return last;
  }

  private List<Facts.AttributionFact> attribution(Draft d) {
    if (!d.attributions.isEmpty()) {
      return d.attributions;
    }
    List<Facts.AttributionFact> para = new ArrayList<>();
    Map<String, Facts.AttributionFact> all = new LinkedHashMap<>();
    for (SentenceFacts f : sentences) {
      if (f.span.paragraph() == d.paragraph) {
        para.addAll(f.attributions);
      }
      for (Facts.AttributionFact a : f.attributions) {
        all.putIfAbsent(a.name().toLowerCase(Locale.ROOT), a);
      }
    }
    if (!para.isEmpty()) {
      return para;
    }
    if (all.size() == 1) {
      return new ArrayList<>(all.values());
    }
    return List.of();
  }

  private @Nullable Estimate best(Draft d, String field, List<Evidence> evidence) {
    Facts.CasualtyFact best = null;
    for (Facts.CasualtyFact c : d.casualties) {
      if (!c.field().equals(field)) {
        continue;
      }
      if (best == null || weight(c.estimate()) > weight(best.estimate())) {
        best = c;
      }
    }
    if (best == null) {
      return null;
    }
    evidence.add(ev(field, best.start(), best.end()));
    return best.estimate();
  }

  private static double weight(Estimate e) {
    double v = 0;
    if (e.best() != null) {
      v = e.best() + 0.5;
    } else if (e.low() != null) {
      v = e.low();
    } else if (e.high() != null) {
      v = e.high() * 0.5;
    }
    return v;
  }

  private Evidence ev(String field, int start, int end) {
    return Evidence.of(field, text, start, end);
  }

  // ---------------------------------------------------------------- claims

  private Claim claim(int si, SentenceFacts f) {
    Facts.CountFact count = f.count;
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(ev("count", count.start(), count.end()));
    TimeMention tm = ownTime(si, count.start());
    TimeSpan when = TimeSpan.unresolved(null);
    if (tm != null) {
      when = new TimeSpan(tm.span().start(), tm.span().end(), tm.span().precision(), tm.text());
      evidence.add(ev("when", tm.start(), tm.end()));
    }
    String launchedBy = null;
    if (!f.actors.isEmpty()) {
      Facts.ActorFact a = f.actors.get(0);
      launchedBy = a.country();
      evidence.add(ev("launchedBy", a.start(), a.end()));
    }
    Boolean own = null;
    if (launchedBy != null) {
      for (Facts.ActorFact o : f.occupied) {
        if (o.country().equals(launchedBy)) {
          own = true;
        }
      }
      for (PlaceMention pm : placesBySentence.get(si)) {
        if (pm.place().precision() == PlacePrecision.COUNTRY
            && launchedBy.equals(pm.place().country())) {
          own = true;
        }
      }
    }
    if (!f.cues.isEmpty() || (own == null && reportHasCue)) {
      own = true;
    }
    Place where = null;
    for (Object[] r : impactPlaces(si, f)) {
      where = (Place) r[0];
      evidence.add(ev("where", (int) r[1], (int) r[2]));
      break;
    }
    List<Facts.AttributionFact> attr = f.attributions;
    if (attr.isEmpty()) {
      Draft probe =
          new Draft(
              Place.builder().build(), f.span.start(), f.span.start(), f.span.paragraph(), si);
      probe.sentences.add(si);
      attr = attribution(probe);
    }
    Set<String> names = new LinkedHashSet<>();
    for (Facts.AttributionFact a : attr) {
      if (names.add(a.name())) {
        evidence.add(ev("attribution", a.start(), a.end()));
      }
    }
    return Claim.builder()
        .count(count.count())
        .subject(
            Boolean.TRUE.equals(own)
                ? "munitions that fell on own or own-held territory"
                : "strikes")
        .launchedBy(launchedBy)
        .ownTerritory(own)
        .when(when)
        .where(where)
        .attribution(new ArrayList<>(names))
        .evidence(evidence)
        .build();
  }
}
