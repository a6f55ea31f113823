package org.strikewatch.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strikewatch.dedupe.Fixtures.region;
import static org.strikewatch.dedupe.Fixtures.settlement;
import static org.strikewatch.dedupe.Fixtures.strike;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.Incident;
import org.strikewatch.model.Precision;
import org.strikewatch.model.TimeSpan;
import org.strikewatch.model.Weapon;

class IncidentMergerTest {

  private static final LocalDate DAY = LocalDate.of(2024, 4, 20);

  @Test
  void counts_span_the_sources_from_the_smallest_floor_to_the_largest_ceiling() {
    Mention a =
        Mention.of("a", 0, strike(region("Belgorod Oblast"), DAY, List.of(), Estimate.atLeast(2)));
    Mention b =
        Mention.of(
            "b", 0, strike(region("Belgorod Oblast"), DAY, List.of(), new Estimate(3, 4, 6)));
    Mention c =
        Mention.of("c", 0, strike(region("Belgorod Oblast"), DAY, List.of(), Estimate.about(10)));

    Incident merged = IncidentMerger.merge(List.of(c, a, b), List.of()).canonical();

    assertThat(merged.killed()).isEqualTo(new Estimate(2, 4, 10));
  }

  @Test
  void a_lower_exact_count_and_a_higher_floor_become_a_range_with_the_disagreement_kept() {
    Mention a = Mention.of("a", 0, strike(region("X"), DAY, List.of(), Estimate.exactly(2)));
    Mention b = Mention.of("b", 0, strike(region("X"), DAY, List.of(), Estimate.atLeast(5)));

    MergedIncident m = IncidentMerger.merge(List.of(a, b), List.of());

    assertThat(m.canonical().killed()).isEqualTo(new Estimate(2, 5, 5));
    assertThat(m.disagreements()).extracting(Disagreement::field).containsExactly("killed");
  }

  @Test
  void the_most_precise_time_and_place_win() {
    Incident vague =
        strike(region("Belgorod Oblast"), DAY, List.of(Weapon.UNKNOWN), null).toBuilder()
            .when(new TimeSpan(DAY.minusDays(2), DAY, Precision.DAYS, "this week"))
            .build();
    Incident precise =
        strike(settlement("Shebekino", 50.4, 36.89, "g:9"), DAY, List.of(Weapon.DRONE), null);

    MergedIncident m =
        IncidentMerger.merge(
            List.of(Mention.of("a", 0, vague), Mention.of("b", 0, precise)), List.of());

    assertThat(m.canonical().when()).isEqualTo(precise.when());
    assertThat(m.canonical().where()).isEqualTo(precise.where());
    assertThat(m.canonical().weapons()).containsExactly(Weapon.DRONE);
    assertThat(m.canonical().confidence())
        .isCloseTo(0.91, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(m.disagreements()).isEmpty();
  }

  @Test
  void disagreeing_places_of_equal_precision_are_kept() {
    Mention a =
        Mention.of("a", 0, strike(settlement("Alpha", 50.40, 36.89, "g:1"), DAY, List.of(), null));
    Mention b =
        Mention.of("b", 0, strike(settlement("Beta", 50.41, 36.90, "g:2"), DAY, List.of(), null));
    Mention c =
        Mention.of("c", 0, strike(settlement("Beta", 50.41, 36.90, "g:2"), DAY, List.of(), null));

    MergedIncident m = IncidentMerger.merge(List.of(a, b, c), List.of());

    assertThat(m.canonical().where().name()).isEqualTo("Beta");
    assertThat(m.disagreements())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.field()).isEqualTo("where");
              assertThat(d.distinctValues())
                  .containsExactly("Alpha (50.4000, 36.8900)", "Beta (50.4100, 36.9000)");
            });
  }

  @Test
  void provenance_survives_a_json_round_trip() {
    Mention a = Mention.of("a", 0, strike(region("X"), DAY, List.of(), Estimate.exactly(2)));
    Mention b = Mention.of("b", 1, strike(region("X"), DAY, List.of(), Estimate.atLeast(5)));
    MergedIncident m =
        IncidentMerger.merge(List.of(a, b), List.of(new Link(b.id(), a.id(), "same region X")));

    Provenance p = Provenance.of(m);

    assertThat(Provenance.parse(p.toJson())).isEqualTo(p);
    assertThat(p.links().get(0).a()).isEqualTo(a.id());
  }
}
