package org.strikewatch.bench.jmh;

import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;
import org.strikewatch.extract.RuleBasedIncidentExtractor;
import org.strikewatch.extract.StandardExtractor;
import org.strikewatch.geo.gazetteer.Gazetteer;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.Report;

/**
 * The whole extractor (language, time, places, geography, incidents, claims) on one generated
 * report per language. Needs the set-up data ({@code -Dstrikewatch.data}). The warm-up is long
 * because the extractor is a lot of code: C2 is still compiling its large methods ten seconds in.
 */
@Warmup(iterations = 10, time = 2)
public class ExtractorBenchmark extends LanguageBenchmark {

  private RuleBasedIncidentExtractor extractor;
  private Report report;

  @Setup
  public void setUp() throws IOException {
    extractor = StandardExtractor.load(Gazetteer.dataDir());
    report = JmhReports.report(language).toReport();
  }

  @Benchmark
  public Extraction extract() {
    return extractor.extract(report);
  }
}
