package org.strikewatch.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.strikewatch.eval.SharedBenchmarks;
import org.strikewatch.extract.IncidentExtractor;
import org.strikewatch.extract.RuleBasedIncidentExtractor;
import org.strikewatch.geo.boundary.BoundaryGeography;
import org.strikewatch.geo.gazetteer.Gazetteer;
import org.strikewatch.geo.parse.GazetteerGeoparser;
import org.strikewatch.time.RuleBasedTemporalTagger;

/**
 * Pins the strike-type floors on CASE 2021 Task 2 (skips where ../shared or the data is absent).
 */
class Case2021FloorsTest {

  @Test
  void strike_types_of_the_case_2021_snippets_keep_their_floors() throws IOException {
    Optional<Path> dir = SharedBenchmarks.locate();
    Assumptions.assumeTrue(dir.isPresent(), "../shared/benchmarks is not present");
    String data = System.getProperty("strikewatch.data");
    Assumptions.assumeTrue(data != null && Gazetteer.isInstalled(Path.of(data)), "no data");
    IncidentExtractor extractor =
        RuleBasedIncidentExtractor.builder()
            .temporalTagger(new RuleBasedTemporalTagger())
            .geoparser(GazetteerGeoparser.load(Path.of(data)))
            .geography(BoundaryGeography.load(Path.of(data)))
            .build();
    List<EventSnippet> snippets = Case2021.read(dir.get().resolve("CASE2021-Task2"));

    EventTypeScores s = EventTypeEvaluator.evaluate(snippets, extractor::extract, null);

    assertThat(s.total()).isEqualTo(1019);
    assertThat(s.gold(EventClass.AIR_STRIKE)).isEqualTo(36);
    assertThat(s.accuracy()).isGreaterThanOrEqualTo(0.93);
    assertThat(s.strikeMacroF1()).isGreaterThanOrEqualTo(0.57);
    assertThat(s.f1(EventClass.AIR_STRIKE)).isGreaterThanOrEqualTo(0.50);
    assertThat(s.f1(EventClass.ART_MISS_ATTACK)).isGreaterThanOrEqualTo(0.58);
  }
}
