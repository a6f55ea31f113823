package org.strikewatch.cli.pipeline;

import org.strikewatch.cli.UserError;

/** The extraction stage the commands run. */
public final class Extractors {

  private Extractors() {}

  /** The standard incident extractor over the installed geographic data. */
  public static ReportExtractor standard() {
    throw new UserError("the incident extractor is not part of this build yet");
  }
}
