package org.strikewatch.model;

import java.util.Collection;

/**
 * The ACLED sub-event type of a remote strike, from the weapons used: aerial or guided bombs make
 * an air strike; missiles, rockets, artillery or mortars a shelling/artillery/missile attack;
 * drones alone an air/drone strike; no known weapon counts as shelling (ACLED's default for remote
 * fire).
 */
public enum AcledSubEventType {
  AIR_DRONE_STRIKE("Air/drone strike"),
  SHELLING_ARTILLERY_MISSILE_ATTACK("Shelling/artillery/missile attack");

  private final String label;

  AcledSubEventType(String label) {
    this.label = label;
  }

  /** ACLED's wording, e.g. {@code "Air/drone strike"}. */
  public String label() {
    return label;
  }

  /** The sub-event type for a strike with these weapons. */
  public static AcledSubEventType of(Collection<Weapon> weapons) {
    if (weapons.contains(Weapon.AERIAL_BOMB) || weapons.contains(Weapon.GUIDED_BOMB)) {
      return AIR_DRONE_STRIKE;
    }
    if (weapons.contains(Weapon.MISSILE)
        || weapons.contains(Weapon.ROCKET)
        || weapons.contains(Weapon.ARTILLERY)
        || weapons.contains(Weapon.MORTAR)) {
      return SHELLING_ARTILLERY_MISSILE_ATTACK;
    }
    if (weapons.contains(Weapon.DRONE)) {
      return AIR_DRONE_STRIKE;
    }
    return SHELLING_ARTILLERY_MISSILE_ATTACK;
  }
}
