package org.strikewatch.store.query.internal;

import java.util.ArrayList;
import java.util.List;
import org.strikewatch.store.GridCell;
import org.strikewatch.store.query.BoundingBox;
import org.strikewatch.store.query.IncidentFilter;
import org.strikewatch.store.query.IncidentSort;

/**
 * Decides when a listing is answered cell by cell: date-sorted listings inside a box (or around a
 * point) that covers at most {@link #MAX_CELLS} grid cells. Larger boxes hold so many incidents
 * that walking the date index and testing the box is already cheap.
 */
final class CellPlan {

  static final int MAX_CELLS = 36;
  private static final int COLUMNS = (int) Math.round(360 / GridCell.SIZE_DEGREES);

  private CellPlan() {}

  /** The cells to read one by one, or an empty list for the single-query plan. */
  static List<Long> cells(IncidentFilter filter, IncidentSort sort) {
    if (sort.key() != IncidentSort.Key.DATE) {
      return List.of();
    }
    BoundingBox box = filter.bbox();
    if (box == null && filter.near() != null) {
      box = filter.near().bounds();
    }
    if (box == null) {
      return List.of();
    }
    long sw = GridCell.of(box.south(), box.west());
    long ne = GridCell.of(box.north(), box.east());
    long row0 = sw / COLUMNS;
    long row1 = ne / COLUMNS;
    long col0 = sw % COLUMNS;
    long col1 = ne % COLUMNS;
    if (col1 < col0) {
      return List.of();
    }
    long count = (row1 - row0 + 1) * (col1 - col0 + 1);
    if (count > MAX_CELLS) {
      return List.of();
    }
    List<Long> cells = new ArrayList<>();
    for (long r = row0; r <= row1; r++) {
      for (long col = col0; col <= col1; col++) {
        cells.add(r * COLUMNS + col);
      }
    }
    return cells;
  }
}
