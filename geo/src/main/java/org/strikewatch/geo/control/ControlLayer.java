package org.strikewatch.geo.control;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A set of control features from one source.
 *
 * @param name where it came from (file name, or "default")
 * @param rank precedence among layers: higher was imported later and wins ties
 * @param features the areas and who held them
 * @param snapshotScope for a snapshot (a map of everything one side held in a country on a day,
 *     like a DeepStateMap export) the country it covers: a point of that country outside all its
 *     features was held by that country on the snapshot's days; null for other layers
 * @param snapshotFrom the snapshot's day, for snapshot layers
 * @param snapshotTo the day the next snapshot of the same scope takes over (exclusive), or null
 */
public record ControlLayer(
    String name,
    int rank,
    List<ControlFeature> features,
    @Nullable String snapshotScope,
    @Nullable LocalDate snapshotFrom,
    @Nullable LocalDate snapshotTo) {

  public ControlLayer {
    features = List.copyOf(features);
    if ((snapshotScope == null) != (snapshotFrom == null)) {
      throw new IllegalArgumentException("a snapshot needs both scope and day: " + name);
    }
  }

  /** Whether this is a snapshot covering the day. */
  public boolean snapshotCovers(LocalDate day) {
    return snapshotFrom != null
        && !day.isBefore(snapshotFrom)
        && (snapshotTo == null || day.isBefore(snapshotTo));
  }
}
