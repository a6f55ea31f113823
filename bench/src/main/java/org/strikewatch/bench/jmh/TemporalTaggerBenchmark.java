package org.strikewatch.bench.jmh;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.strikewatch.bench.corpus.CorpusGenerator;
import org.strikewatch.bench.corpus.CorpusOptions;
import org.strikewatch.bench.corpus.GeneratedReport;
import org.strikewatch.time.RuleBasedTemporalTagger;
import org.strikewatch.time.TaggedText;

/** The temporal tagger on one generated ~3 KB report per language. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TemporalTaggerBenchmark {

  @Param({"en", "ru", "uk"})
  public String language;

  private final RuleBasedTemporalTagger tagger = new RuleBasedTemporalTagger();
  private String text = "";
  private LocalDate published = LocalDate.of(2024, 5, 16);

  @Setup
  public void setUp() {
    CorpusOptions options =
        language.equals("en")
            ? CorpusOptions.english(3000)
            : new CorpusOptions(
                language.equals("ru") ? 1 : 0, language.equals("uk") ? 1 : 0, 1800, 2200);
    GeneratedReport r = CorpusGenerator.withBuiltInPlaces(42, options).next();
    text = r.text();
    published = r.published();
  }

  @Benchmark
  public TaggedText tag() {
    return tagger.analyze(text, language, published);
  }
}
