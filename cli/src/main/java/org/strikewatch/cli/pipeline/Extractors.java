package org.strikewatch.cli.pipeline;

import org.strikewatch.extract.IncidentExtractor;

/** The extraction stage the commands run. */
public final class Extractors {

  /** The version recorded with every extraction by the standard extractor. */
  public static final String STANDARD_VERSION = "rule-based-1";

  private Extractors() {}

  /**
   * The standard incident extractor over the installed geographic data (gazetteer, boundaries),
   * loaded once per process.
   *
   * @throws org.strikewatch.cli.UserError when the data is not set up, saying what to run
   */
  public static ReportExtractor standard() {
    IncidentExtractor extractor = org.strikewatch.cli.Extractors.fromData();
    return ReportExtractor.of(STANDARD_VERSION, extractor::extract);
  }
}
