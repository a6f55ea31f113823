package org.strikewatch.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.strikewatch.dedupe.Fixtures.region;
import static org.strikewatch.dedupe.Fixtures.settlement;
import static org.strikewatch.dedupe.Fixtures.strike;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.Incident;
import org.strikewatch.model.Place;
import org.strikewatch.model.PlacePrecision;
import org.strikewatch.model.Precision;
import org.strikewatch.model.TimeSpan;
import org.strikewatch.model.Weapon;

class BlockedLinkageDeduplicatorTest {

  private final Deduplicator dedupe = new BlockedLinkageDeduplicator();
  private static final LocalDate DAY = LocalDate.of(2024, 4, 20);

  @Test
  void three_reports_of_one_strike_in_three_languages_become_one_incident_with_three_sources() {
    // The English, Russian and Ukrainian reports name the same town; their extractions resolve it
    // to the same gazetteer entry (coordinates may differ slightly between name variants).
    Mention en =
        Mention.of(
            "en-report",
            0,
            strike(
                settlement("Shebekino", 50.4003, 36.8878, "geonames:496285"),
                DAY,
                List.of(Weapon.GUIDED_BOMB),
                Estimate.exactly(1)));
    Mention ru =
        Mention.of(
            "ru-report",
            0,
            strike(
                settlement("Shebekino", 50.4003, 36.8878, "geonames:496285"),
                DAY,
                List.of(Weapon.AERIAL_BOMB),
                Estimate.exactly(2)));
    Mention uk =
        Mention.of(
            "uk-report",
            0,
            strike(
                settlement("Shebekino", 50.4011, 36.8902, "geonames:496285"),
                DAY,
                List.of(),
                null));

    List<MergedIncident> out = dedupe.deduplicate(List.of(uk, en, ru), Set.of());

    assertThat(out).hasSize(1);
    MergedIncident m = out.get(0);
    assertThat(m.sources()).containsExactly(en.id(), ru.id(), uk.id());
    assertThat(m.links()).hasSize(2);
    assertThat(m.canonical().weapons()).containsExactly(Weapon.AERIAL_BOMB, Weapon.GUIDED_BOMB);
    assertThat(m.canonical().killed()).isEqualTo(new Estimate(1, 2, 2));
    assertThat(m.disagreements()).extracting(Disagreement::field).containsExactly("killed");
    assertThat(m.disagreements().get(0).values())
        .containsEntry(en.id(), "low 1, best 1, high 1")
        .containsEntry(ru.id(), "low 2, best 2, high 2");
  }

  @Test
  void two_strikes_on_the_same_day_30_km_apart_stay_two() {
    Mention a =
        Mention.of(
            "a", 0, strike(settlement("Belgorod", 50.5997, 36.5983, "g:1"), DAY, List.of(), null));
    // about 30 km east of Belgorod
    Mention b =
        Mention.of(
            "b", 0, strike(settlement("Village", 50.5997, 37.0213, "g:2"), DAY, List.of(), null));

    List<MergedIncident> out = dedupe.deduplicate(List.of(a, b), Set.of());

    assertThat(out).hasSize(2);
    assertThat(new SameStrikeRules().match(a, b).reason())
        .isEqualTo("places 29.9 km apart (limit 5 km at settlement precision)");
  }

  @Test
  void a_region_level_report_does_not_chain_two_distinct_strikes_together() {
    Mention a =
        Mention.of(
            "a", 0, strike(settlement("Belgorod", 50.5997, 36.5983, "g:1"), DAY, List.of(), null));
    Mention b =
        Mention.of(
            "b", 0, strike(settlement("Village", 50.5997, 37.0213, "g:2"), DAY, List.of(), null));
    Mention r = Mention.of("r", 0, strike(region("Belgorod Oblast"), DAY, List.of(), null));

    List<MergedIncident> out = dedupe.deduplicate(List.of(a, b, r), Set.of());

    assertThat(out).hasSize(2);
    assertThat(out.stream().mapToInt(m -> m.sources().size()).sum()).isEqualTo(3);
  }

  @Test
  void different_days_or_weapons_do_not_merge_but_a_disputed_firing_side_does() {
    Place town = settlement("Belgorod", 50.5997, 36.5983, "g:1");
    Mention base = Mention.of("a", 0, strike(town, DAY, List.of(Weapon.DRONE), null));
    Mention nextDay = Mention.of("b", 0, strike(town, DAY.plusDays(1), List.of(), null));
    Mention artillery = Mention.of("c", 0, strike(town, DAY, List.of(Weapon.ARTILLERY), null));
    Mention ukrainian =
        Mention.of(
            "d",
            0,
            strike(town, DAY, List.of(Weapon.DRONE), null).toBuilder().launchedBy("UA").build());

    assertThat(dedupe.deduplicate(List.of(base, nextDay, artillery), Set.of())).hasSize(3);
    List<MergedIncident> disputed = dedupe.deduplicate(List.of(base, ukrainian), Set.of());
    assertThat(disputed)
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.disagreements())
                    .extracting(Disagreement::field)
                    .containsExactly("launchedBy"));
    SameStrikeRules rules = new SameStrikeRules();
    assertThat(rules.match(base, nextDay).reason())
        .isEqualTo("times do not overlap: 2024-04-20 vs 2024-04-21");
    assertThat(rules.match(base, artillery).reason())
        .isEqualTo("weapons differ: drone vs artillery");
    assertThat(rules.match(base, ukrainian).reason())
        .endsWith("; fired by RU vs UA (kept as a disagreement)");
  }

  @Test
  void vague_times_and_places_stay_separate() {
    Place town = settlement("Belgorod", 50.5997, 36.5983, "g:1");
    Incident month =
        strike(town, DAY, List.of(), null).toBuilder()
            .when(
                new TimeSpan(
                    LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30), Precision.MONTH, "April"))
            .build();
    Incident country =
        strike(
            Place.builder().name("Russia").country("RU").precision(PlacePrecision.COUNTRY).build(),
            DAY,
            List.of(),
            null);
    Mention a = Mention.of("a", 0, strike(town, DAY, List.of(), null));

    assertThat(
            dedupe.deduplicate(
                List.of(a, Mention.of("b", 0, month), Mention.of("c", 0, country)), Set.of()))
        .hasSize(3);
  }

  @Test
  void a_users_split_keeps_two_reports_apart() {
    Place town = settlement("Belgorod", 50.5997, 36.5983, "g:1");
    Mention a = Mention.of("a", 0, strike(town, DAY, List.of(), null));
    Mention b = Mention.of("b", 0, strike(town, DAY, List.of(), null));
    Mention c = Mention.of("c", 0, strike(town, DAY, List.of(), null));

    List<MergedIncident> out =
        dedupe.deduplicate(List.of(a, b, c), Set.of(new CannotLink("c", "a")));

    assertThat(out)
        .extracting(m -> m.sources())
        .containsExactly(List.of(a.id(), b.id()), List.of(c.id()));
  }

  @Test
  void rejects_duplicate_mention_ids() {
    Mention a = Mention.of("a", 0, strike(settlement("B", 50, 36, "g:1"), DAY, List.of(), null));
    assertThatThrownBy(() -> dedupe.deduplicate(List.of(a, a), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate mention id: a#0");
  }

  /** Random strikes, each reported by 1-4 sources with jittered places, counts and weapons. */
  static List<Mention> randomMentions(Random random, int strikes) {
    List<Mention> out = new ArrayList<>();
    Weapon[] ws = {Weapon.DRONE, Weapon.GUIDED_BOMB, Weapon.AERIAL_BOMB, Weapon.MISSILE};
    for (int s = 0; s < strikes; s++) {
      // strikes on a small area over a few days so that many are neighbours
      double lat = 50.0 + random.nextInt(40) * 0.02;
      double lon = 36.0 + random.nextInt(40) * 0.03;
      LocalDate day = DAY.plusDays(random.nextInt(5));
      int sources = 1 + random.nextInt(4);
      for (int k = 0; k < sources; k++) {
        Place p =
            random.nextInt(6) == 0
                ? region(random.nextBoolean() ? "Belgorod Oblast" : "Kursk Oblast")
                : settlement(
                    "P" + s,
                    lat + random.nextGaussian() * 0.01,
                    lon + random.nextGaussian() * 0.01,
                    "g:" + s);
        List<Weapon> weapons =
            random.nextInt(3) == 0 ? List.of() : List.of(ws[random.nextInt(ws.length)]);
        Estimate killed = random.nextBoolean() ? null : Estimate.exactly(random.nextInt(4));
        String report = "r" + random.nextInt(1_000_000);
        out.add(Mention.of(report, out.size() % 3, strike(p, day, weapons, killed)));
      }
    }
    // drop accidental id clashes
    return new ArrayList<>(
        out.stream()
            .collect(java.util.stream.Collectors.toMap(Mention::id, m -> m, (x, y) -> x))
            .values());
  }

  @Test
  void any_ingest_order_gives_the_same_incidents() {
    Random random = new Random(20240420L);
    for (int round = 0; round < 60; round++) {
      List<Mention> mentions = randomMentions(random, 5 + random.nextInt(60));
      List<MergedIncident> expected = dedupe.deduplicate(mentions, Set.of());
      for (int shuffle = 0; shuffle < 4; shuffle++) {
        List<Mention> shuffled = new ArrayList<>(mentions);
        Collections.shuffle(shuffled, random);
        assertThat(dedupe.deduplicate(shuffled, Set.of())).isEqualTo(expected);
      }
      assertThat(expected.stream().mapToInt(m -> m.sources().size()).sum())
          .isEqualTo(mentions.size());
    }
  }

  @Test
  void merging_is_idempotent_over_its_own_clusters() {
    Random random = new Random(7L);
    for (int round = 0; round < 30; round++) {
      List<Mention> mentions = randomMentions(random, 5 + random.nextInt(40));
      List<MergedIncident> once = dedupe.deduplicate(mentions, Set.of());
      // de-duplicating each cluster on its own gives back that cluster unchanged
      for (MergedIncident m : once) {
        List<Mention> members =
            mentions.stream().filter(x -> m.sources().contains(x.id())).toList();
        assertThat(dedupe.deduplicate(members, Set.of())).containsExactly(m);
      }
    }
  }
}
