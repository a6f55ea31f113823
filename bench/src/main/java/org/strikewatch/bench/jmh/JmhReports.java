package org.strikewatch.bench.jmh;

import org.strikewatch.bench.corpus.CorpusGenerator;
import org.strikewatch.bench.corpus.CorpusOptions;
import org.strikewatch.bench.corpus.GeneratedReport;

/** The one generated report each microbenchmark runs on, per language. */
final class JmhReports {

  private JmhReports() {}

  /** A generated report (seed 42): English ~3 KB, Russian or Ukrainian ~2 KB. */
  static GeneratedReport report(String language) {
    CorpusOptions options =
        switch (language) {
          case "en" -> CorpusOptions.english(3000);
          case "ru" -> new CorpusOptions(1, 0, 1800, 2200);
          case "uk" -> new CorpusOptions(0, 1, 1800, 2200);
          default -> throw new IllegalArgumentException("no such corpus language: " + language);
        };
    return CorpusGenerator.withBuiltInPlaces(42, options).next();
  }
}
