package org.strikewatch.dedupe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.BorderDistance;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.Incident;
import org.strikewatch.model.Place;
import org.strikewatch.model.TimeSpan;
import org.strikewatch.model.Weapon;

/**
 * Merges the mentions of one strike into a canonical incident. The rules, applied to the sources in
 * id order so the result does not depend on arrival order:
 *
 * <ul>
 *   <li>time: the narrowest resolved span wins (ties: the span most sources give, then the
 *       earliest);
 *   <li>place: the most precise place wins (ties: the place most sources give, then the first
 *       source's);
 *   <li>weapons, weapon words and attribution: the union ({@code unknown} dropped when a weapon is
 *       known);
 *   <li>firing side and own-territory: the value most sources state (ties: the first source's);
 *   <li>counts (killed, injured, evacuated), over the sources that give one, as a range across the
 *       sources: low = the smallest floor (a source's low, else its best), high = the largest
 *       ceiling (a source's high, else its best, else its low), best = the upper median of the
 *       stated best figures (tolls rise as reports update), clamped into [low, high];
 *   <li>border distance: the lower median of stated distances; the computed distance of the winning
 *       place;
 *   <li>confidence: 1 - the product of (1 - confidence) over sources, at most 0.99 when merged;
 *   <li>evidence stays with each source (offsets point into that source's text).
 * </ul>
 *
 * Differences between sources in place, time, firing side, own-territory and counts are returned as
 * {@link Disagreement}s.
 */
public final class IncidentMerger {

  private IncidentMerger() {}

  /** Merges mentions of one strike, with the links that joined them. */
  public static MergedIncident merge(List<Mention> mentions, List<Link> links) {
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("nothing to merge");
    }
    List<Mention> ms = new ArrayList<>(mentions);
    ms.sort(Comparator.comparing(Mention::id));
    List<MentionId> ids = ms.stream().map(Mention::id).toList();
    List<Link> sortedLinks = new ArrayList<>(links);
    sortedLinks.sort(Comparator.comparing(Link::a).thenComparing(Link::b));
    if (ms.size() == 1) {
      return new MergedIncident(ms.get(0).incident(), ids, sortedLinks, List.of());
    }
    List<Disagreement> disagreements = new ArrayList<>();

    TimeSpan when = chooseTime(ms, disagreements);
    Mention placeSource = choosePlace(ms, disagreements);
    Place where = placeSource.incident().where();

    Set<Weapon> weapons = EnumSet.noneOf(Weapon.class);
    Set<String> weaponsText = new LinkedHashSet<>();
    Set<String> attribution = new TreeSet<>();
    for (Mention m : ms) {
      weapons.addAll(m.incident().weapons());
      weaponsText.addAll(m.incident().weaponsText());
      attribution.addAll(m.incident().attribution());
    }
    if (weapons.size() > 1) {
      weapons.remove(Weapon.UNKNOWN);
    }

    String launchedBy = mode(ms, i -> i.launchedBy(), "launchedBy", disagreements);
    Boolean own = mode(ms, Incident::ownTerritory, "ownTerritory", disagreements);
    String ownReason = null;
    if (own != null) {
      for (Mention m : ms) {
        if (own.equals(m.incident().ownTerritory()) && m.incident().ownTerritoryReason() != null) {
          ownReason = m.incident().ownTerritoryReason();
          break;
        }
      }
    }

    Incident canonical =
        Incident.builder()
            .when(when)
            .where(where)
            .weapons(new ArrayList<>(weapons))
            .weaponsText(new ArrayList<>(weaponsText))
            .launchedBy(launchedBy)
            .ownTerritory(own, ownReason)
            .killed(estimate(ms, Incident::killed, "killed", disagreements))
            .injured(estimate(ms, Incident::injured, "injured", disagreements))
            .evacuated(estimate(ms, Incident::evacuated, "evacuated", disagreements))
            .borderDistanceKm(border(ms, placeSource))
            .attribution(new ArrayList<>(attribution))
            .evidence(List.of())
            .confidence(confidence(ms))
            .build();
    return new MergedIncident(canonical, ids, sortedLinks, disagreements);
  }

  private static TimeSpan chooseTime(List<Mention> ms, List<Disagreement> out) {
    List<Mention> resolved = ms.stream().filter(m -> m.incident().when().isResolved()).toList();
    if (resolved.isEmpty()) {
      return ms.get(0).incident().when();
    }
    long narrowest =
        resolved.stream()
            .mapToLong(m -> SameStrikeRules.spanDays(m.incident().when()))
            .min()
            .orElseThrow();
    Map<String, List<Mention>> bySpan = new TreeMap<>();
    for (Mention m : resolved) {
      TimeSpan t = m.incident().when();
      if (SameStrikeRules.spanDays(t) == narrowest) {
        bySpan.computeIfAbsent(t.start() + ".." + t.end(), k -> new ArrayList<>()).add(m);
      }
    }
    List<Mention> best = null;
    for (List<Mention> group : bySpan.values()) {
      if (best == null || group.size() > best.size()) {
        best = group;
      }
    }
    if (bySpan.size() > 1) {
      Map<MentionId, String> values = new LinkedHashMap<>();
      for (List<Mention> group : bySpan.values()) {
        for (Mention m : group) {
          values.put(m.id(), span(m.incident().when()));
        }
      }
      out.add(new Disagreement("when", values));
    }
    return Objects.requireNonNull(best).get(0).incident().when();
  }

  private static Mention choosePlace(List<Mention> ms, List<Disagreement> out) {
    int bestRank =
        ms.stream().mapToInt(m -> m.incident().where().precision().ordinal()).min().orElseThrow();
    Map<String, List<Mention>> byPlace = new LinkedHashMap<>();
    for (Mention m : ms) {
      Place p = m.incident().where();
      if (p.precision().ordinal() == bestRank) {
        byPlace.computeIfAbsent(placeKey(p), k -> new ArrayList<>()).add(m);
      }
    }
    List<Mention> best = null;
    for (List<Mention> group : byPlace.values()) {
      if (best == null || group.size() > best.size()) {
        best = group;
      }
    }
    if (byPlace.size() > 1) {
      Map<MentionId, String> values = new LinkedHashMap<>();
      for (List<Mention> group : byPlace.values()) {
        for (Mention m : group) {
          values.put(m.id(), placeLabel(m.incident().where()));
        }
      }
      out.add(new Disagreement("where", values));
    }
    return Objects.requireNonNull(best).get(0);
  }

  private static String placeKey(Place p) {
    if (p.gazetteerId() != null) {
      return p.gazetteerId();
    }
    return p.name() + "|" + p.lat() + "|" + p.lon() + "|" + p.admin1();
  }

  private static String placeLabel(Place p) {
    String name = p.name() != null ? p.name() : p.admin1() != null ? p.admin1() : "unnamed place";
    return p.lat() == null
        ? name
        : String.format(Locale.ROOT, "%s (%.4f, %.4f)", name, p.lat(), p.lon());
  }

  private static <T> @Nullable T mode(
      List<Mention> ms,
      Function<Incident, @Nullable T> field,
      String name,
      List<Disagreement> out) {
    Map<T, Integer> counts = new LinkedHashMap<>();
    Map<MentionId, String> values = new LinkedHashMap<>();
    for (Mention m : ms) {
      T v = field.apply(m.incident());
      if (v != null) {
        counts.merge(v, 1, Integer::sum);
        values.put(m.id(), String.valueOf(v));
      }
    }
    if (counts.isEmpty()) {
      return null;
    }
    if (counts.size() > 1) {
      out.add(new Disagreement(name, values));
    }
    T best = null;
    int bestCount = 0;
    for (Map.Entry<T, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  private static @Nullable Estimate estimate(
      List<Mention> ms,
      Function<Incident, @Nullable Estimate> field,
      String name,
      List<Disagreement> out) {
    Integer low = null;
    Integer high = null;
    List<Integer> bests = new ArrayList<>();
    Map<MentionId, String> values = new LinkedHashMap<>();
    for (Mention m : ms) {
      Estimate e = field.apply(m.incident());
      if (e == null) {
        continue;
      }
      values.put(m.id(), format(e));
      Integer floor = e.low() != null ? e.low() : e.best();
      if (floor != null) {
        low = low == null ? floor : Math.min(low, floor);
      }
      Integer ceiling = e.high() != null ? e.high() : e.best() != null ? e.best() : e.low();
      if (ceiling != null) {
        high = high == null ? ceiling : Math.max(high, ceiling);
      }
      if (e.best() != null) {
        bests.add(e.best());
      }
    }
    if (values.isEmpty()) {
      return null;
    }
    if (values.values().stream().distinct().count() > 1) {
      out.add(new Disagreement(name, values));
    }
    Integer best = null;
    if (!bests.isEmpty()) {
      bests.sort(Integer::compare);
      best = bests.get(bests.size() / 2);
      if (low != null && best < low) {
        best = low;
      }
      if (high != null && best > high) {
        best = high;
      }
    }
    return new Estimate(low, best, high);
  }

  private static String format(Estimate e) {
    return "low " + e.low() + ", best " + e.best() + ", high " + e.high();
  }

  private static @Nullable BorderDistance border(List<Mention> ms, Mention placeSource) {
    List<Double> stated = new ArrayList<>();
    for (Mention m : ms) {
      BorderDistance b = m.incident().borderDistanceKm();
      if (b != null && b.stated() != null) {
        stated.add(b.stated());
      }
    }
    BorderDistance fromPlace = placeSource.incident().borderDistanceKm();
    Double computed = fromPlace == null ? null : fromPlace.computed();
    if (computed == null) {
      for (Mention m : ms) {
        BorderDistance b = m.incident().borderDistanceKm();
        if (b != null && b.computed() != null) {
          computed = b.computed();
          break;
        }
      }
    }
    Double statedValue = null;
    if (!stated.isEmpty()) {
      stated.sort(Double::compare);
      statedValue = stated.get((stated.size() - 1) / 2);
    }
    if (statedValue == null && computed == null) {
      return null;
    }
    return new BorderDistance(statedValue, computed);
  }

  private static double confidence(List<Mention> ms) {
    double miss = 1.0;
    for (Mention m : ms) {
      miss *= 1.0 - m.incident().confidence();
    }
    return Math.min(0.99, 1.0 - miss);
  }

  private static String span(TimeSpan t) {
    return Objects.equals(t.start(), t.end())
        ? String.valueOf(t.start())
        : t.start() + ".." + t.end();
  }
}
