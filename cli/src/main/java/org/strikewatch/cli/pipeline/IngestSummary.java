package org.strikewatch.cli.pipeline;

import java.util.Locale;

/**
 * What one ingest run did: items read, reports new (of which new versions of a stored URL),
 * duplicates, quarantined and skipped items, extractions done and failed, incidents created and
 * incident mentions merged into an incident with other sources. {@code recovered} counts reports
 * left unextracted by an interrupted earlier run and completed by this one.
 */
public record IngestSummary(
    long read,
    long newReports,
    long newVersions,
    long duplicates,
    long quarantined,
    long skipped,
    long extracted,
    long failed,
    long recovered,
    long incidentsCreated,
    long incidentsMerged) {

  /** One line for the end of an ingest. */
  public String line() {
    return String.format(
        Locale.ROOT,
        "read %d, new %d (%d new versions), duplicate %d, quarantined %d, skipped %d;"
            + " extracted %d, failed %d%s; incidents created %d, merged %d",
        read,
        newReports,
        newVersions,
        duplicates,
        quarantined,
        skipped,
        extracted,
        failed,
        recovered == 0 ? "" : ", recovered " + recovered,
        incidentsCreated,
        incidentsMerged);
  }
}
