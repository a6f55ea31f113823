package org.strikewatch.bench.corpus;

import java.time.LocalDate;
import java.util.List;
import org.strikewatch.model.Report;

/** One generated report and its ground truth. */
public record GeneratedReport(
    String id,
    String language,
    LocalDate published,
    String source,
    String url,
    String text,
    List<TruthIncident> truth) {

  public GeneratedReport {
    truth = List.copyOf(truth);
  }

  /** The extraction input for this report (language left to detection). */
  public Report toReport() {
    return Report.builder(text).published(published).source(source).url(url).build();
  }
}
