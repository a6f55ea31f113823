package org.strikewatch.bench.corpus;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.Weapon;

/** What a generated report really says about one strike: the ground truth to score against. */
public record TruthIncident(
    String place,
    double lat,
    double lon,
    LocalDate start,
    LocalDate end,
    List<Weapon> weapons,
    @Nullable Integer killed,
    @Nullable Integer injured,
    @Nullable String launchedBy) {

  public TruthIncident {
    weapons = List.copyOf(weapons);
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("truth ends before it starts: " + start + ".." + end);
    }
  }
}
