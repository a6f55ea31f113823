package org.strikewatch.cli.pipeline;

import java.util.function.Function;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.Report;

/** The extraction stage as the pipeline sees it: a pure function with a version. */
public interface ReportExtractor {

  /** The version recorded with every extraction (re-extraction targets older versions). */
  String version();

  /** Extracts one report; may throw, and the pipeline then records the failure. */
  Extraction extract(Report report);

  /** An extractor from a function. */
  static ReportExtractor of(String version, Function<Report, Extraction> function) {
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("extractor version is required");
    }
    return new ReportExtractor() {
      @Override
      public String version() {
        return version;
      }

      @Override
      public Extraction extract(Report report) {
        return function.apply(report);
      }
    };
  }
}
