package org.strikewatch.cli;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.Incident;
import org.strikewatch.model.Weapon;
import org.strikewatch.store.query.HeldIncident;

/** Fixed-width text tables for the terminal (at most 92 columns). */
final class Tables {
  private Tables() {}

  static final String INCIDENT_HEADER =
      String.format(
          Locale.ROOT,
          "%7s %-10s %-20s %-18s %-16s %-2s %-3s %4s %4s",
          "ID",
          "DATE",
          "PLACE",
          "REGION",
          "WEAPONS",
          "BY",
          "OWN",
          "KIL",
          "INJ");

  static String incidentRow(HeldIncident h) {
    Incident i = h.incident();
    String date = i.when().start() == null ? "?" : i.when().start().toString();
    String place = i.where().name() != null ? i.where().name() : i.where().text();
    String region =
        i.where().admin1() != null
            ? i.where().admin1()
            : i.where().country() != null ? i.where().country() : "";
    return String.format(
        Locale.ROOT,
        "%7d %-10s %-20s %-18s %-16s %-2s %-3s %4s %4s",
        h.id(),
        date,
        cut(place == null ? "?" : place, 20),
        cut(region, 18),
        cut(weapons(i.weapons()), 16),
        i.launchedBy() == null ? "?" : i.launchedBy(),
        i.ownTerritory() == null ? "?" : i.ownTerritory() ? "yes" : "no",
        count(i.killed()),
        count(i.injured()));
  }

  static String weapons(List<Weapon> weapons) {
    if (weapons.isEmpty()) {
      return "-";
    }
    StringBuilder s = new StringBuilder();
    for (Weapon w : weapons) {
      if (s.length() > 0) {
        s.append(',');
      }
      s.append(w.code().replace("guided_bomb", "kab").replace("aerial_bomb", "bomb"));
    }
    return s.toString();
  }

  static String count(@Nullable Estimate e) {
    if (e == null) {
      return "-";
    }
    if (e.best() != null) {
      return e.best().toString();
    }
    if (e.low() != null) {
      return e.low() + "+";
    }
    return e.high() != null ? "≤" + e.high() : "?";
  }

  static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }

  /** A bar of up to {@code width} blocks for {@code value} against {@code max}. */
  static String bar(long value, long max, int width) {
    if (max <= 0 || value <= 0) {
      return "";
    }
    int n = (int) Math.max(1, Math.round(value * (double) width / max));
    return "█".repeat(n);
  }
}
