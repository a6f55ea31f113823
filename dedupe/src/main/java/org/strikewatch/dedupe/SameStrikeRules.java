package org.strikewatch.dedupe;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.strikewatch.dedupe.internal.Geo;
import org.strikewatch.model.Incident;
import org.strikewatch.model.Place;
import org.strikewatch.model.PlacePrecision;
import org.strikewatch.model.TimeSpan;
import org.strikewatch.model.Weapon;

/**
 * The rules for "same strike", with distances that depend on how precisely the places are known.
 * Two mentions describe the same strike when all of these hold:
 *
 * <ul>
 *   <li>they come from different reports (one report's extraction already separates its strikes);
 *   <li>both times are resolved, at most {@value #MAX_SPAN_DAYS} days wide, and share a day;
 *   <li>the places agree at the coarser precision of the two: point or settlement within {@value
 *       #SETTLEMENT_KM} km (or the same gazetteer entry), district within {@value #DISTRICT_KM} km,
 *       region: the same first-level division; a country or unknown place never merges;
 *   <li>the weapons are compatible (either side unknown, or a shared family: bombs guided or not;
 *       missiles and rockets; rockets, artillery and mortars; drones).
 * </ul>
 *
 * A conflicting firing side does not block a merge (reports often infer it); it lowers the score
 * and stays visible as a disagreement of the merged incident.
 */
public final class SameStrikeRules implements IncidentMatcher {

  /** The widest time span (days) a mention may have and still be merged. */
  public static final int MAX_SPAN_DAYS = 8;

  /** Largest distance (km) between point- or settlement-precision places of one strike. */
  public static final double SETTLEMENT_KM = 5.0;

  /** Largest distance (km) between places of one strike when one is known to a district. */
  public static final double DISTRICT_KM = 30.0;

  @Override
  public double score(Mention a, Mention b) {
    if (a.id().reportKey().equals(b.id().reportKey())) {
      return -1;
    }
    Incident x = a.incident();
    Incident y = b.incident();
    if (!isLinkable(x) || !isLinkable(y) || !x.when().overlaps(y.when())) {
      return -1;
    }
    if (!weaponsCompatible(x.weapons(), y.weapons())) {
      return -1;
    }
    Place px = x.where();
    Place py = y.where();
    PlacePrecision coarser = coarser(px.precision(), py.precision());
    double score;
    if (coarser == PlacePrecision.REGION) {
      if (px.admin1() == null
          || !px.admin1().equals(py.admin1())
          || !Objects.equals(px.country(), py.country())) {
        return -1;
      }
      score = 0.2;
    } else {
      boolean sameEntry = px.gazetteerId() != null && px.gazetteerId().equals(py.gazetteerId());
      double limit = coarser == PlacePrecision.DISTRICT ? DISTRICT_KM : SETTLEMENT_KM;
      double d = Geo.distanceKm(px.lat(), px.lon(), py.lat(), py.lon());
      if (!sameEntry && d > limit) {
        return -1;
      }
      score =
          (sameEntry ? 1.0 : 0.0)
              + 1.0
              - Math.min(1.0, d / limit)
              + (coarser == PlacePrecision.DISTRICT ? 0.3 : 0.6);
    }
    TimeSpan tx = x.when();
    TimeSpan ty = y.when();
    boolean sameSpan = tx.start().equals(ty.start()) && tx.end().equals(ty.end());
    score += sameSpan ? 1.0 : 0.5;
    if (!x.weapons().isEmpty() && x.weapons().equals(y.weapons())) {
      score += 0.25;
    }
    return score - sidePenalty(x, y);
  }

  /**
   * Reports disagree on the firing side more often than on place and time (it is often inferred),
   * so a conflict does not block a merge: it lowers the score, and the merge keeps it as a
   * disagreement.
   */
  private static double sidePenalty(Incident x, Incident y) {
    return x.launchedBy() != null
            && y.launchedBy() != null
            && !x.launchedBy().equals(y.launchedBy())
        ? 0.5
        : 0.0;
  }

  @Override
  public Match match(Mention a, Mention b) {
    if (a.id().reportKey().equals(b.id().reportKey())) {
      return Match.different("same report");
    }
    Incident x = a.incident();
    Incident y = b.incident();
    if (!isLinkable(x) || !isLinkable(y)) {
      return Match.different("time or place too vague to merge");
    }
    TimeSpan tx = x.when();
    TimeSpan ty = y.when();
    if (!tx.overlaps(ty)) {
      return Match.different("times do not overlap: " + span(tx) + " vs " + span(ty));
    }
    if (!weaponsCompatible(x.weapons(), y.weapons())) {
      return Match.different("weapons differ: " + codes(x.weapons()) + " vs " + codes(y.weapons()));
    }
    Place px = x.where();
    Place py = y.where();
    PlacePrecision coarser = coarser(px.precision(), py.precision());
    double score = 0;
    String placeReason;
    boolean sameEntry = px.gazetteerId() != null && px.gazetteerId().equals(py.gazetteerId());
    if (coarser == PlacePrecision.REGION) {
      if (px.admin1() == null
          || !px.admin1().equals(py.admin1())
          || !Objects.equals(px.country(), py.country())) {
        return Match.different("regions differ: " + px.admin1() + " vs " + py.admin1());
      }
      placeReason = "same region " + px.admin1();
      score += 0.2;
    } else {
      double limit = coarser == PlacePrecision.DISTRICT ? DISTRICT_KM : SETTLEMENT_KM;
      double d = Geo.distanceKm(px.lat(), px.lon(), py.lat(), py.lon());
      if (!sameEntry && d > limit) {
        return Match.different(
            String.format(
                Locale.ROOT,
                "places %.1f km apart (limit %.0f km at %s precision)",
                d,
                limit,
                coarser.code()));
      }
      placeReason =
          sameEntry
              ? "same place " + label(px)
              : String.format(
                  Locale.ROOT,
                  "%s and %s %.1f km apart (limit %.0f km at %s precision)",
                  label(px),
                  label(py),
                  d,
                  limit,
                  coarser.code());
      score += (sameEntry ? 1.0 : 0.0) + 1.0 - Math.min(1.0, d / limit);
      if (coarser == PlacePrecision.DISTRICT) {
        score += 0.3;
      } else {
        score += 0.6;
      }
    }
    boolean sameSpan = tx.start().equals(ty.start()) && tx.end().equals(ty.end());
    score += sameSpan ? 1.0 : 0.5;
    String timeReason =
        sameSpan ? "same time " + span(tx) : "times overlap " + span(tx) + " / " + span(ty);
    String weaponReason =
        x.weapons().isEmpty() || y.weapons().isEmpty()
            ? "weapons compatible"
            : "weapons " + codes(x.weapons()) + " / " + codes(y.weapons());
    if (!x.weapons().isEmpty() && x.weapons().equals(y.weapons())) {
      score += 0.25;
    }
    String sideReason =
        sidePenalty(x, y) > 0
            ? "; fired by " + x.launchedBy() + " vs " + y.launchedBy() + " (kept as a disagreement)"
            : "";
    return new Match(
        true,
        placeReason + "; " + timeReason + "; " + weaponReason + sideReason,
        score - sidePenalty(x, y));
  }

  /**
   * True when a mention's time and place are precise enough to merge it with others: a resolved
   * span of at most {@value #MAX_SPAN_DAYS} days and a place with coordinates (point, settlement,
   * district) or a first-level division (region).
   */
  public static boolean isLinkable(Incident incident) {
    TimeSpan t = incident.when();
    if (!t.isResolved() || spanDays(t) > MAX_SPAN_DAYS) {
      return false;
    }
    Place p = incident.where();
    return switch (p.precision()) {
      case POINT, SETTLEMENT, DISTRICT -> p.lat() != null;
      case REGION -> p.admin1() != null;
      case COUNTRY, UNKNOWN -> false;
    };
  }

  /** Days covered by a resolved span (1 for a single day). */
  public static long spanDays(TimeSpan t) {
    LocalDate s = Objects.requireNonNull(t.start());
    LocalDate e = Objects.requireNonNull(t.end());
    return ChronoUnit.DAYS.between(s, e) + 1;
  }

  /** The coarser of two place precisions. */
  public static PlacePrecision coarser(PlacePrecision a, PlacePrecision b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  /** The largest distance at which two linkable mentions with coordinates may merge. */
  public static double maxDistanceKm() {
    return DISTRICT_KM;
  }

  static boolean weaponsCompatible(List<Weapon> a, List<Weapon> b) {
    Set<Family> fa = families(a);
    Set<Family> fb = families(b);
    if (fa.isEmpty() || fb.isEmpty()) {
      return true;
    }
    fa.retainAll(fb);
    return !fa.isEmpty();
  }

  private enum Family {
    BOMB,
    MISSILE,
    TUBE,
    DRONE
  }

  private static Set<Family> families(List<Weapon> weapons) {
    Set<Family> out = EnumSet.noneOf(Family.class);
    for (Weapon w : weapons) {
      switch (w) {
        case AERIAL_BOMB, GUIDED_BOMB -> out.add(Family.BOMB);
        case MISSILE -> out.add(Family.MISSILE);
        case ROCKET -> {
          out.add(Family.MISSILE);
          out.add(Family.TUBE);
        }
        case ARTILLERY, MORTAR -> out.add(Family.TUBE);
        case DRONE -> out.add(Family.DRONE);
        case CLUSTER, UNKNOWN -> {
          // a tag or no information: constrains nothing
        }
      }
    }
    return out;
  }

  private static String codes(List<Weapon> weapons) {
    return weapons.isEmpty()
        ? "none stated"
        : String.join(",", weapons.stream().map(Weapon::code).toList());
  }

  private static String span(TimeSpan t) {
    if (!t.isResolved()) {
      return "unresolved";
    }
    return Objects.equals(t.start(), t.end())
        ? String.valueOf(t.start())
        : t.start() + ".." + t.end();
  }

  private static String label(Place p) {
    @Nullable String name = p.name() != null ? p.name() : p.text();
    return name == null ? String.format(Locale.ROOT, "(%.4f, %.4f)", p.lat(), p.lon()) : name;
  }
}
