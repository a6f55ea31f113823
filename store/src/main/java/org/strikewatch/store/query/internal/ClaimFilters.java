package org.strikewatch.store.query.internal;

import org.jspecify.annotations.Nullable;
import org.strikewatch.model.Claim;
import org.strikewatch.model.Place;
import org.strikewatch.store.query.Circle;
import org.strikewatch.store.query.IncidentFilter;

/**
 * The incidents a claim is about: same launcher, same own-territory flag, first day within the
 * claim's period, and the claim's place — its first-level division for a region, 25 km around it
 * for a settlement or district, its country for a country.
 */
public final class ClaimFilters {

  /** Radius used when a claim names a settlement or district. */
  public static final double PLACE_RADIUS_KM = 25;

  private ClaimFilters() {}

  /** The filter, or null when the claim's period is not resolved to dates. */
  public static @Nullable IncidentFilter of(Claim claim) {
    if (claim.when().start() == null || claim.when().end() == null) {
      return null;
    }
    return place(claim)
        .launchedBy(claim.launchedBy())
        .ownTerritory(ownTerritory(claim))
        .from(claim.when().start())
        .to(claim.when().end())
        .build();
  }

  /** What the claim counts, without its period: "own-territory incidents launched by RU". */
  public static String subject(Claim claim) {
    return place(claim)
        .launchedBy(claim.launchedBy())
        .ownTerritory(ownTerritory(claim))
        .build()
        .describe();
  }

  /**
   * The claim's own-territory flag; when the claim leaves it open but names a launcher and a place
   * in the launcher's own country ("Russian aircraft bombed the Belgorod region"), the incidents it
   * counts are own-territory ones.
   */
  static @Nullable Boolean ownTerritory(Claim claim) {
    if (claim.ownTerritory() != null) {
      return claim.ownTerritory();
    }
    Place where = claim.where();
    if (claim.launchedBy() != null && where != null && claim.launchedBy().equals(where.country())) {
      return Boolean.TRUE;
    }
    return null;
  }

  private static IncidentFilter.Builder place(Claim claim) {
    IncidentFilter.Builder b = IncidentFilter.builder();
    Place where = claim.where();
    if (where == null) {
      return b;
    }
    switch (where.precision()) {
      case POINT:
      case SETTLEMENT:
      case DISTRICT:
        if (where.lat() != null && where.lon() != null) {
          return b.near(new Circle(where.lat(), where.lon(), PLACE_RADIUS_KM));
        }
        break;
      default:
        break;
    }
    if (where.admin1() != null) {
      return b.admin1(where.admin1()).country(where.country());
    }
    return b.country(where.country());
  }
}
