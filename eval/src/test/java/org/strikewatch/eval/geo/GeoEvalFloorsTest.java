package org.strikewatch.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.strikewatch.eval.SharedBenchmarks;
import org.strikewatch.geo.gazetteer.Gazetteer;
import org.strikewatch.geo.parse.GazetteerGeoparser;
import org.strikewatch.geo.parse.GeoparserOptions;

/**
 * Pins the geoparsing floors (issue 2's, and TR-News and GeoVirus) on the public benchmarks (skips
 * where ../shared or the compiled gazetteer is absent).
 */
class GeoEvalFloorsTest {
  private static Path benchmarks;
  private static GazetteerGeoparser parser;

  @BeforeAll
  static void setUp() throws IOException {
    Optional<Path> dir = SharedBenchmarks.locate();
    Assumptions.assumeTrue(dir.isPresent(), "../shared/benchmarks is not present");
    String data = System.getProperty("strikewatch.data");
    Assumptions.assumeTrue(data != null && Gazetteer.isInstalled(Path.of(data)), "no data");
    benchmarks = dir.get();
    parser = GazetteerGeoparser.create(Gazetteer.load(Path.of(data)), GeoparserOptions.worldwide());
  }

  @Test
  void geowebnews_resolution_within_161_km_is_at_least_85_percent() throws IOException {
    List<GeoDocument> docs = GeoCorpora.geoWebNews(benchmarks.resolve("GeoWebNews")).documents();
    GeoScores s = GeoEvaluator.evaluate("GeoWebNews", docs, parser);
    assertThat(s.goldResolution()).isGreaterThan(2300);
    assertThat(s.accuracy161()).isGreaterThanOrEqualTo(0.85);
    assertThat(s.overlapF1()).isGreaterThanOrEqualTo(0.70);
  }

  @Test
  void lgl_resolution_within_161_km_is_at_least_75_percent() throws IOException {
    List<GeoDocument> docs = GeoCorpora.lgl(benchmarks.resolve("LGL")).documents();
    GeoScores s = GeoEvaluator.evaluate("LGL", docs, parser);
    assertThat(s.goldResolution()).isGreaterThan(4400);
    assertThat(s.accuracy161()).isGreaterThanOrEqualTo(0.75);
    assertThat(s.overlapF1()).isGreaterThanOrEqualTo(0.63);
  }

  @Test
  void tr_news_resolution_within_161_km_is_at_least_82_percent() throws IOException {
    GeoCorpus c = GeoCorpora.trNews(benchmarks.resolve("TR-News"));
    GeoScores s = GeoEvaluator.evaluate("TR-News", c.documents(), parser);
    assertThat(c.skipped()).isEmpty();
    assertThat(s.goldRecognition()).isEqualTo(1319);
    assertThat(s.goldResolution()).isGreaterThan(1250);
    assertThat(s.accuracy161()).isGreaterThanOrEqualTo(0.82);
    assertThat(s.overlapF1()).isGreaterThanOrEqualTo(0.74);
  }

  @Test
  void geovirus_resolution_within_161_km_is_at_least_78_percent() throws IOException {
    GeoCorpus c = GeoCorpora.geoVirus(benchmarks.resolve("GeoVirus"));
    GeoScores s = GeoEvaluator.evaluate("GeoVirus", c.documents(), parser);
    assertThat(c.skipped()).isEmpty();
    assertThat(s.goldResolution()).isGreaterThan(2150);
    assertThat(s.accuracy161()).isGreaterThanOrEqualTo(0.78);
    assertThat(s.overlapF1()).isGreaterThanOrEqualTo(0.84);
  }
}
