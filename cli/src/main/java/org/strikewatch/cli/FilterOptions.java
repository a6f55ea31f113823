package org.strikewatch.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.Weapon;
import org.strikewatch.store.query.BoundingBox;
import org.strikewatch.store.query.Circle;
import org.strikewatch.store.query.IncidentFilter;
import picocli.CommandLine.Option;

/** The incident filter options shared by incidents, stats, trend and export. */
final class FilterOptions {

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (inclusive).")
  @Nullable String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (inclusive).")
  @Nullable String to;

  @Option(names = "--country", paramLabel = "CC", description = "Impact country (ISO alpha-2).")
  @Nullable String country;

  @Option(
      names = "--admin1",
      paramLabel = "NAME",
      description = "First-level division, e.g. \"Belgorod Oblast\".")
  @Nullable String admin1;

  @Option(names = "--near", paramLabel = "LAT,LON,KM", description = "Within KM of a point.")
  @Nullable String near;

  @Option(names = "--bbox", paramLabel = "W,S,E,N", description = "Inside a lon/lat box.")
  @Nullable String bbox;

  @Option(
      names = "--weapon",
      paramLabel = "CODE",
      split = ",",
      description =
          "Any of these weapons (aerial_bomb, guided_bomb, missile, rocket, artillery, mortar, drone, cluster, unknown).")
  List<String> weapons = new ArrayList<>();

  @Option(
      names = "--launched-by",
      paramLabel = "CC",
      description = "Force that fired (ISO alpha-2).")
  @Nullable String launchedBy;

  @Option(
      names = "--own-territory",
      arity = "0..1",
      fallbackValue = "true",
      paramLabel = "BOOL",
      description = "Landed on the launcher's own territory (true/false; alone means true).")
  @Nullable Boolean ownTerritory;

  @Option(names = "--min-killed", paramLabel = "N", description = "At least N killed.")
  @Nullable Integer minKilled;

  @Option(names = "--source", paramLabel = "NAME", description = "A report from this source.")
  @Nullable String source;

  @Option(
      names = "--text",
      paramLabel = "WORDS",
      description = "Text contains this (case-insensitive).")
  @Nullable String text;

  IncidentFilter toFilter() {
    IncidentFilter.Builder b = IncidentFilter.builder();
    b.from(date("--from", from)).to(date("--to", to));
    b.country(country).admin1(admin1);
    try {
      b.near(near == null ? null : Circle.parse(near));
      b.bbox(bbox == null ? null : BoundingBox.parse(bbox));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    Set<Weapon> ws = EnumSet.noneOf(Weapon.class);
    for (String w : weapons) {
      try {
        ws.add(Weapon.fromCode(w.trim().toLowerCase(Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        throw new UserError("--weapon: " + e.getMessage());
      }
    }
    b.weapons(ws);
    b.launchedBy(launchedBy).ownTerritory(ownTerritory).minKilled(minKilled);
    b.source(source).text(text);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  static @Nullable LocalDate date(String option, @Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new UserError(
          option + ": expected an ISO date (YYYY-MM-DD) but found \"" + value + "\"");
    }
  }
}
