package org.strikewatch.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.IncomingReport;

/** Reports as received and the extractions run over them. */
public interface ReportStore {

  /**
   * Stores a report unless one with the same text (content hash) is stored; a report whose URL
   * matches a stored report but whose text differs becomes a new version of it.
   */
  AddResult add(IncomingReport report);

  /**
   * Like {@link #add(IncomingReport)} for a caller that computed the report's content hash already
   * ({@link JdbcStore#contentHash(String)} of its text, for instance on another thread).
   */
  AddResult add(IncomingReport report, String contentHash);

  /** The stored report with this id. */
  Optional<StoredReport> report(long id);

  /** The stored report with this content hash. */
  Optional<StoredReport> reportByHash(String contentHash);

  /** Up to {@code limit} reports with this status, oldest first. */
  List<StoredReport> reportsWithStatus(ReportStatus status, int limit);

  /**
   * Ids of reports to extract again, in id order: all reports when {@code currentVersion} is null,
   * else those not yet extracted by that extractor version.
   */
  List<Long> reportIdsForReextraction(@Nullable String currentVersion);

  /** Stores an extraction of a report and marks the report extracted; returns the extraction id. */
  long saveExtraction(long reportId, String extractorVersion, Extraction extraction);

  /** Marks a report whose extraction failed, keeping it and the reason. */
  void markFailed(long reportId, String reason);

  /** The latest extraction of a report. */
  Optional<StoredExtraction> latestExtraction(long reportId);

  /** How many reports are stored, by status. */
  Map<ReportStatus, Long> countReportsByStatus();
}
