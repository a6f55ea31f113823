package org.strikewatch.cli.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.strikewatch.dedupe.BlockedLinkageDeduplicator;
import org.strikewatch.dedupe.Deduplicator;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.model.Rejection;
import org.strikewatch.store.AddResult;
import org.strikewatch.store.ExtractionRows;
import org.strikewatch.store.JdbcStore;
import org.strikewatch.store.MentionRow;
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
 * <p>Pipelined: a batch's reports are extracted (and their rows' JSON written) on a pool of worker
 * threads, one per core, while the offering thread, the only one that writes, stores the next batch
 * and merges the previous one. Batches are merged in the order they were offered, and {@link
 * #flush()} returns only when everything offered is merged.
 *
 * <p>Not thread-safe: one thread offers items.
 */
public final class IngestPipeline {

  /** Reports per transaction pair. */
  public static final int DEFAULT_BATCH = 1024;

  private final Store store;
  private final ReportExtractor extractor;
  private final StoreDeduplication dedupe;
  private final int batchSize;
  private final List<IncomingReport> pending = new ArrayList<>();

  /** The content hashes of the pending reports, computed on the workers. */
  private final List<CompletableFuture<String>> pendingHashes = new ArrayList<>();

  private final List<Rejection> rejections = new ArrayList<>();

  /** The batch being extracted on the workers, stored but not yet merged. */
  private @Nullable List<CompletableFuture<Outcome>> inFlight;

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
    pendingHashes.add(
        CompletableFuture.supplyAsync(() -> JdbcStore.contentHash(report.text()), Workers.POOL));
    if (pending.size() >= batchSize) {
      submit();
    }
  }

  /** Offers input that could not be read: it goes to the quarantine. */
  public void reject(Rejection rejection) {
    read++;
    rejections.add(rejection);
    if (rejections.size() >= batchSize) {
      submit();
    }
  }

  /** Counts an item a source passed over on purpose (not a report, not an error). */
  public void skip() {
    read++;
    skipped++;
  }

  /** Processes everything offered so far: when it returns, all of it is stored and merged. */
  public void flush() {
    submit();
    List<CompletableFuture<Outcome>> last = inFlight;
    inFlight = null;
    if (last != null) {
      merge(last);
    }
  }

  /**
   * Commits the offered reports and quarantine entries, starts extracting the new reports on the
   * workers, then merges the batch extracted before (so its extraction overlapped this one's
   * storing and the caller's reading).
   */
  private void submit() {
    if (pending.isEmpty() && rejections.isEmpty()) {
      return;
    }
    List<IncomingReport> batch = List.copyOf(pending);
    List<CompletableFuture<String>> hashes = List.copyOf(pendingHashes);
    List<Rejection> bad = List.copyOf(rejections);
    pending.clear();
    pendingHashes.clear();
    rejections.clear();
    List<StoredReport> reports =
        store.inTransaction(
            () -> {
              List<StoredReport> added = new ArrayList<>();
              Set<Long> seen = new HashSet<>();
              Instant now = Instant.now();
              for (int i = 0; i < batch.size(); i++) {
                IncomingReport r = batch.get(i);
                AddResult result = store.add(r, join(hashes.get(i)));
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
                        result.contentHash(),
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
    List<CompletableFuture<Outcome>> started = reports.isEmpty() ? null : extractAsync(reports);
    List<CompletableFuture<Outcome>> previous = inFlight;
    inFlight = started;
    if (previous != null) {
      merge(previous);
    }
  }

  /** Extracts reports left with status {@code stored} by an interrupted run. */
  public void recoverPending() {
    flush(); // nothing of this run may still be extracting: it would be taken up twice
    while (true) {
      List<StoredReport> left = store.reportsWithStatus(ReportStatus.STORED, batchSize);
      if (left.isEmpty()) {
        return;
      }
      recovered += left.size();
      merge(extractAsync(left));
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
    flush();
    for (int from = 0; from < reportIds.size(); from += batchSize) {
      List<StoredReport> batch = new ArrayList<>();
      for (long id : reportIds.subList(from, Math.min(reportIds.size(), from + batchSize))) {
        store.report(id).ifPresent(batch::add);
      }
      List<Outcome> outcomes = join(extractAsync(batch));
      store.inTransaction(
          () -> {
            List<StoredMention> seeds = new ArrayList<>();
            Set<Long> fresh = new HashSet<>();
            Set<Long> touched = new HashSet<>();
            for (Outcome o : outcomes) {
              long id = o.report().id();
              read++;
              ExtractionRows rows = o.rows();
              if (rows == null) {
                store.markFailed(id, String.valueOf(o.error()));
                failed++;
                continue;
              }
              touched.addAll(store.deleteExtractionResults(id));
              List<StoredMention> added =
                  store.saveExtractionResults(o.report(), extractor.version(), rows);
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

  /** A report's extraction with its rows' JSON, or why extraction failed. */
  private record Outcome(
      StoredReport report, @Nullable ExtractionRows rows, @Nullable String error) {}

  /**
   * Merges a batch whose extraction was started: waits for it, then writes it in one transaction.
   */
  private void merge(List<CompletableFuture<Outcome>> batch) {
    List<Outcome> outcomes = join(batch);
    store.inTransaction(
        () -> {
          List<MentionRow> mentions = new ArrayList<>();
          for (Outcome o : outcomes) {
            long id = o.report().id();
            ExtractionRows rows = o.rows();
            if (rows == null) {
              store.markFailed(id, String.valueOf(o.error()));
              failed++;
              continue;
            }
            mentions.addAll(store.saveExtractionAndClaims(o.report(), extractor.version(), rows));
            extracted++;
          }
          // the mentions are written by de-duplication, each once, with its incident
          StoreDeduplication.Outcome d = dedupe.integrateUnwritten(mentions);
          incidentsCreated += d.created();
          incidentsMerged += d.merged();
        });
  }

  /** Starts extracting the reports on the workers, one task per report, results in input order. */
  private List<CompletableFuture<Outcome>> extractAsync(List<StoredReport> reports) {
    List<CompletableFuture<Outcome>> out = new ArrayList<>(reports.size());
    for (StoredReport r : reports) {
      out.add(CompletableFuture.supplyAsync(() -> extractOne(r), Workers.POOL));
    }
    return out;
  }

  private Outcome extractOne(StoredReport r) {
    try {
      return new Outcome(r, ExtractionRows.of(extractor.extract(r.toReport())), null);
    } catch (RuntimeException | StackOverflowError e) {
      return new Outcome(r, null, describe(e));
    }
  }

  private static List<Outcome> join(List<CompletableFuture<Outcome>> batch) {
    List<Outcome> out = new ArrayList<>(batch.size());
    for (CompletableFuture<Outcome> f : batch) {
      out.add(join(f));
    }
    return out;
  }

  private static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      // extractOne catches what an extractor throws: what is left (an Error) ends the ingest
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw e;
    }
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  /**
   * The extraction threads, one per core, shared by all pipelines; daemons, so none needs closing.
   */
  private static final class Workers {
    static final ExecutorService POOL =
        Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            new java.util.concurrent.ThreadFactory() {
              private final AtomicInteger count = new AtomicInteger();

              @Override
              public Thread newThread(Runnable task) {
                Thread t = new Thread(task, "strikewatch-extract-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
              }
            });

    private Workers() {}
  }
}
