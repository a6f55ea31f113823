package org.strikewatch.cli.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.strikewatch.dedupe.BlockedLinkageDeduplicator;
import org.strikewatch.dedupe.Deduplicator;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.Incident;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.model.Rejection;
import org.strikewatch.store.AddResult;
import org.strikewatch.store.JdbcStore;
import org.strikewatch.store.ReportStatus;
import org.strikewatch.store.Store;
import org.strikewatch.store.StoredMention;
import org.strikewatch.store.StoredReport;

/**
 * Ingest -> store -> extract -> dedupe, in batches. Each batch is first committed to the store
 * (reports and quarantine entries) in one transaction; then its new reports are extracted; then the
 * extractions, mentions, claims and the re-clustered incidents are committed in a second
 * transaction. A crash between the two leaves reports with status {@code stored}, which {@link
 * #finish()} (and {@link #recoverPending()}) extracts, so an interrupted ingest re-run ends with
 * every report stored once and extracted.
 *
 * <p>Not thread-safe: one thread offers items; extraction of a batch runs on all cores.
 */
public final class IngestPipeline {

  /** Reports per transaction pair. */
  public static final int DEFAULT_BATCH = 256;

  private final Store store;
  private final ReportExtractor extractor;
  private final StoreDeduplication dedupe;
  private final int batchSize;
  private final List<IncomingReport> pending = new ArrayList<>();
  private final List<Rejection> rejections = new ArrayList<>();

  private long read;
  private long newReports;
  private long newVersions;
  private long duplicates;
  private long quarantined;
  private long skipped;
  private long extracted;
  private long failed;
  private long recovered;
  private long incidentsCreated;
  private long incidentsMerged;

  /** A pipeline with the default de-duplication and batch size. */
  public IngestPipeline(Store store, ReportExtractor extractor) {
    this(store, extractor, new BlockedLinkageDeduplicator(), DEFAULT_BATCH);
  }

  public IngestPipeline(
      Store store, ReportExtractor extractor, Deduplicator deduplicator, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive: " + batchSize);
    }
    this.store = store;
    this.extractor = extractor;
    this.dedupe = new StoreDeduplication(store, deduplicator);
    this.batchSize = batchSize;
  }

  /** Offers a report read from a source. */
  public void accept(IncomingReport report) {
    read++;
    pending.add(report);
    if (pending.size() >= batchSize) {
      flush();
    }
  }

  /** Offers input that could not be read: it goes to the quarantine. */
  public void reject(Rejection rejection) {
    read++;
    rejections.add(rejection);
    if (rejections.size() >= batchSize) {
      flush();
    }
  }

  /** Counts an item a source passed over on purpose (not a report, not an error). */
  public void skip() {
    read++;
    skipped++;
  }

  /** Processes everything offered so far. */
  public void flush() {
    if (pending.isEmpty() && rejections.isEmpty()) {
      return;
    }
    List<IncomingReport> batch = List.copyOf(pending);
    List<Rejection> bad = List.copyOf(rejections);
    pending.clear();
    rejections.clear();
    List<StoredReport> reports =
        store.inTransaction(
            () -> {
              List<StoredReport> added = new ArrayList<>();
              Set<Long> seen = new HashSet<>();
              Instant now = Instant.now();
              for (IncomingReport r : batch) {
                AddResult result = store.add(r);
                if (!result.isNew() || !seen.add(result.reportId())) {
                  duplicates++;
                  continue;
                }
                newReports++;
                if (result.outcome() == AddResult.Outcome.NEW_VERSION) {
                  newVersions++;
                }
                // what the store now holds, without reading the text back
                added.add(
                    new StoredReport(
                        result.reportId(),
                        JdbcStore.contentHash(r.text()),
                        r,
                        now,
                        ReportStatus.STORED,
                        null,
                        null,
                        result.previousVersionId()));
              }
              for (Rejection r : bad) {
                store.quarantine(r);
                quarantined++;
              }
              return added;
            });
    extractAndMerge(reports);
  }

  /** Extracts reports left with status {@code stored} by an interrupted run. */
  public void recoverPending() {
    while (true) {
      List<StoredReport> left = store.reportsWithStatus(ReportStatus.STORED, batchSize);
      if (left.isEmpty()) {
        return;
      }
      recovered += left.size();
      extractAndMerge(left);
    }
  }

  /** Flushes, completes reports an earlier run left unextracted, and returns the counts. */
  public IngestSummary finish() {
    flush();
    recoverPending();
    return summary();
  }

  /** The counts so far. */
  public IngestSummary summary() {
    return new IngestSummary(
        read,
        newReports,
        newVersions,
        duplicates,
        quarantined,
        skipped,
        extracted,
        failed,
        recovered,
        incidentsCreated,
        incidentsMerged);
  }

  /**
   * Extracts stored reports again (after an extractor upgrade) and re-merges the incidents they
   * touch. User splits are kept: they are stored per report pair, not per incident.
   */
  public IngestSummary reextract(List<Long> reportIds) {
    for (int from = 0; from < reportIds.size(); from += batchSize) {
      List<StoredReport> batch = new ArrayList<>();
      for (long id : reportIds.subList(from, Math.min(reportIds.size(), from + batchSize))) {
        store.report(id).ifPresent(batch::add);
      }
      List<Outcome> outcomes = extractAll(batch);
      store.inTransaction(
          () -> {
            List<StoredMention> seeds = new ArrayList<>();
            Set<Long> fresh = new HashSet<>();
            Set<Long> touched = new HashSet<>();
            for (Outcome o : outcomes) {
              long id = o.report().id();
              read++;
              if (o.extraction() == null) {
                store.markFailed(id, String.valueOf(o.error()));
                failed++;
                continue;
              }
              touched.addAll(store.deleteExtractionResults(id));
              List<StoredMention> added = save(o.report(), o.extraction());
              added.forEach(m -> fresh.add(m.id()));
              seeds.addAll(added);
              extracted++;
            }
            for (long incident : touched) {
              List<StoredMention> left = store.mentionsOfIncident(incident);
              if (left.isEmpty()) {
                store.deleteIncident(incident);
              } else {
                seeds.addAll(left);
              }
            }
            StoreDeduplication.Outcome d = dedupe.integrate(seeds, fresh);
            incidentsCreated += d.created();
            incidentsMerged += d.merged();
          });
    }
    return summary();
  }

  private record Outcome(
      StoredReport report, @Nullable Extraction extraction, @Nullable String error) {}

  private void extractAndMerge(List<StoredReport> reports) {
    if (reports.isEmpty()) {
      return;
    }
    List<Outcome> outcomes = extractAll(reports);
    store.inTransaction(
        () -> {
          List<StoredMention> seeds = new ArrayList<>();
          for (Outcome o : outcomes) {
            long id = o.report().id();
            if (o.extraction() == null) {
              store.markFailed(id, String.valueOf(o.error()));
              failed++;
              continue;
            }
            seeds.addAll(save(o.report(), o.extraction()));
            extracted++;
          }
          Set<Long> fresh = new HashSet<>();
          seeds.forEach(m -> fresh.add(m.id()));
          StoreDeduplication.Outcome d = dedupe.integrate(seeds, fresh);
          incidentsCreated += d.created();
          incidentsMerged += d.merged();
        });
  }

  /** Saves an extraction with its mentions and claims; returns the new mentions. */
  List<StoredMention> save(StoredReport report, Extraction extraction) {
    long extractionId = store.saveExtraction(report.id(), extractor.version(), extraction);
    List<StoredMention> mentions = new ArrayList<>();
    for (int i = 0; i < extraction.incidents().size(); i++) {
      Incident incident = extraction.incidents().get(i);
      long id = store.addMention(report.id(), extractionId, i, report.contentHash(), incident);
      mentions.add(new StoredMention(id, report.id(), i, report.contentHash(), null, incident));
    }
    for (int i = 0; i < extraction.claims().size(); i++) {
      store.addClaim(report.id(), extractionId, i, extraction.claims().get(i));
    }
    return mentions;
  }

  private List<Outcome> extractAll(List<StoredReport> reports) {
    return reports.parallelStream()
        .map(
            r -> {
              try {
                return new Outcome(r, extractor.extract(r.toReport()), null);
              } catch (RuntimeException | StackOverflowError e) {
                return new Outcome(r, null, describe(e));
              }
            })
        .toList();
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
