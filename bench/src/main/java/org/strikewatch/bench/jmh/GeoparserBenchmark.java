package org.strikewatch.bench.jmh;

import java.io.IOException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import org.strikewatch.geo.PlaceMention;
import org.strikewatch.geo.gazetteer.Gazetteer;
import org.strikewatch.geo.parse.GazetteerGeoparser;

/**
 * Gazetteer matching: the geoparser (tokens, name look-ups in the full gazetteer, resolution) on
 * one generated report per language. Needs the set-up data ({@code -Dstrikewatch.data}).
 */
@Warmup(iterations = 5, time = 1)
public class GeoparserBenchmark extends LanguageBenchmark {

  private GazetteerGeoparser geoparser;
  private String text = "";

  @Setup
  public void setUp() throws IOException {
    geoparser = GazetteerGeoparser.load(Gazetteer.dataDir());
    text = JmhReports.report(language).text();
  }

  @Benchmark
  public List<PlaceMention> parse() {
    return geoparser.parse(text, language);
  }
}
