package org.strikewatch.extract.internal;

import org.strikewatch.model.Estimate;
import org.strikewatch.model.Weapon;

/** The small facts a sentence yields, each with the offsets of the words it came from. */
public final class Facts {

  private Facts() {}

  /** A weapon word; weak ones (a bare "обстрел") give way to any named weapon. */
  public record WeaponFact(Weapon weapon, boolean weak, int start, int end) {}

  /** A casualty or evacuation figure for {@code field} ("killed", "injured", "evacuated"). */
  public record CasualtyFact(String field, Estimate estimate, int start, int end) {}

  /** The side that fired, as an ISO alpha-2 code, and whether the text said it outright. */
  public record ActorFact(String country, int start, int end) {}

  /** Who the report says the information comes from. */
  public record AttributionFact(String name, int start, int end) {}

  /** A stated distance to the border in kilometres. */
  public record DistanceFact(double km, int start, int end) {}

  /** A word or phrase that says a munition fell where its own side holds ("accidentally"). */
  public record CueFact(int start, int end) {}

  /** A count claim: how many times, with the words. */
  public record CountFact(Estimate count, int start, int end) {}
}
