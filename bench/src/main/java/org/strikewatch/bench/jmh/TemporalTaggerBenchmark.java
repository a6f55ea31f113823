package org.strikewatch.bench.jmh;

import java.time.LocalDate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.strikewatch.bench.corpus.GeneratedReport;
import org.strikewatch.time.RuleBasedTemporalTagger;
import org.strikewatch.time.TaggedText;

/** The temporal tagger on one generated ~3 KB report per language. */
public class TemporalTaggerBenchmark extends LanguageBenchmark {

  private final RuleBasedTemporalTagger tagger = new RuleBasedTemporalTagger();
  private String text = "";
  private LocalDate published = LocalDate.of(2024, 5, 16);

  @Setup
  public void setUp() {
    GeneratedReport r = JmhReports.report(language);
    text = r.text();
    published = r.published();
  }

  @Benchmark
  public TaggedText tag() {
    return tagger.analyze(text, language, published);
  }
}
