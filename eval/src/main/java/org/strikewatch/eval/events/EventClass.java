package org.strikewatch.eval.events;

import java.util.Collection;
import java.util.EnumSet;
import org.strikewatch.model.AcledSubEventType;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.Incident;
import org.strikewatch.model.Weapon;

/**
 * The classes scored: the two remote-strike sub-types Strikewatch's weapons map to, and the rest.
 */
public enum EventClass {
  /** ACLED "Air/drone strike" (CASE 2021 AIR_STRIKE). */
  AIR_STRIKE,
  /** ACLED "Shelling/artillery/missile attack" (CASE 2021 ART_MISS_ATTACK). */
  ART_MISS_ATTACK,
  /** Any other event type, or no event. */
  OTHER;

  /** The class of a CASE 2021 gold label. */
  public static EventClass ofGold(String subType) {
    return switch (subType) {
      case "AIR_STRIKE" -> AIR_STRIKE;
      case "ART_MISS_ATTACK" -> ART_MISS_ATTACK;
      default -> OTHER;
    };
  }

  /**
   * The class an extraction predicts: the ACLED sub-event type (as the ACLED export writes it) of
   * the known weapons of all its incidents; {@link #OTHER} when no incident names a known weapon
   * (an incident without one cannot be typed: a shooting, a clash or an explosion of unknown cause
   * reads the same).
   */
  public static EventClass predicted(Extraction e) {
    EnumSet<Weapon> weapons = EnumSet.noneOf(Weapon.class);
    for (Incident i : e.incidents()) {
      weapons.addAll(i.weapons());
    }
    weapons.remove(Weapon.UNKNOWN);
    return weapons.isEmpty() ? OTHER : of(weapons);
  }

  private static EventClass of(Collection<Weapon> weapons) {
    return AcledSubEventType.of(weapons) == AcledSubEventType.AIR_DRONE_STRIKE
        ? AIR_STRIKE
        : ART_MISS_ATTACK;
  }
}
