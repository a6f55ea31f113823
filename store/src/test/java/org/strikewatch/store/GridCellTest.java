package org.strikewatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GridCellTest {

  @Test
  void the_cells_covering_a_box_hold_every_point_in_it_and_no_more_than_its_rows_and_columns() {
    Random random = new Random(8L);
    for (int run = 0; run < 2_000; run++) {
      double minLat = -90 + random.nextDouble() * 179;
      double maxLat = Math.min(90, minLat + random.nextDouble() * 2);
      double minLon = -180 + random.nextDouble() * 359;
      double maxLon = Math.min(180, minLon + random.nextDouble() * 2);
      if (random.nextInt(10) == 0) {
        maxLon = 180; // the east edge, whose cells wrap to the west edge's column
      }
      CandidateQuery.Box box = new CandidateQuery.Box(minLat, maxLat, minLon, maxLon);
      var cells = GridCell.covering(box);
      for (int k = 0; k < 20; k++) {
        double lat = minLat + random.nextDouble() * (maxLat - minLat);
        double lon = minLon + random.nextDouble() * (maxLon - minLon);
        assertThat(cells).contains(GridCell.of(lat, lon));
      }
      assertThat(cells)
          .contains(GridCell.of(minLat, minLon), GridCell.of(maxLat, maxLon))
          .hasSizeLessThanOrEqualTo(
              (int)
                  ((Math.floor(maxLat * 2) - Math.floor(minLat * 2) + 1)
                      * (Math.floor(maxLon * 2) - Math.floor(minLon * 2) + 1)));
    }
  }

  @Test
  void a_box_inside_one_cell_is_covered_by_that_cell_alone() {
    assertThat(GridCell.covering(new CandidateQuery.Box(50.1, 50.3, 36.6, 36.9)))
        .containsExactly(GridCell.of(50.2, 36.7));
  }

  @Test
  void a_box_beyond_the_globe_is_refused() {
    assertThatThrownBy(() -> GridCell.covering(new CandidateQuery.Box(50, 51, 179.5, 180.5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("box out of range: 50.0..51.0, 179.5..180.5");
  }
}
