package org.strikewatch.cli.pipeline;

/** The extraction stage the commands run. */
public final class Extractors {

  /**
   * Recorded with every stored extraction; bump it when the extraction rules change so that {@code
   * strikewatch reextract} picks up reports extracted by an older version.
   */
  public static final String VERSION = "strikewatch-rules/0.1.0";

  private Extractors() {}

  /** The standard incident extractor over the installed geographic data. */
  public static ReportExtractor standard() {
    return ReportExtractor.of(VERSION, org.strikewatch.cli.Extractors.fromData()::extract);
  }
}
