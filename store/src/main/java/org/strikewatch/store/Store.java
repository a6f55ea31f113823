package org.strikewatch.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An open Strikewatch database: reports, incidents and the quarantine. Methods are safe to call
 * from several threads; each call is its own transaction unless it runs inside {@link
 * #inTransaction(Supplier)}.
 */
public interface Store extends ReportStore, IncidentStore, QuarantineStore, AutoCloseable {

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
   * Nested calls join the outer transaction.
   */
  <T> T inTransaction(Supplier<T> work);

  /** Like {@link #inTransaction(Supplier)} for work without a result. */
  default void inTransaction(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * Stores an extraction of a report with its mentions (keyed by the report's content hash) and
   * claims, and marks the report extracted, in one transaction; returns the new mentions, not yet
   * assigned to incidents, in index order.
   */
  default List<StoredMention> saveExtractionResults(
      StoredReport report, String extractorVersion, ExtractionRows rows) {
    return inTransaction(
        () -> {
          List<MentionRow> unwritten = saveExtractionAndClaims(report, extractorVersion, rows);
          List<Long> ids = addMentions(unwritten);
          List<StoredMention> mentions = new ArrayList<>(unwritten.size());
          for (int i = 0; i < unwritten.size(); i++) {
            MentionRow m = unwritten.get(i);
            mentions.add(
                new StoredMention(
                    ids.get(i), m.reportId(), m.index(), m.reportKey(), null, m.incident()));
          }
          return mentions;
        });
  }

  /**
   * Stores an extraction of a report with its claims and marks the report extracted, like {@link
   * #saveExtractionResults} but without the mentions: returns them, unwritten and unassigned, for
   * {@link #addMentions} once de-duplication has placed them (so each is written once, with its
   * incident). Call both inside one transaction.
   */
  default List<MentionRow> saveExtractionAndClaims(
      StoredReport report, String extractorVersion, ExtractionRows rows) {
    return inTransaction(
        () -> {
          long extractionId = saveExtraction(report.id(), extractorVersion, rows.extraction());
          List<MentionRow> mentions = new ArrayList<>();
          for (int i = 0; i < rows.extraction().incidents().size(); i++) {
            mentions.add(
                new MentionRow(
                    report.id(),
                    extractionId,
                    i,
                    report.contentHash(),
                    null,
                    rows.extraction().incidents().get(i),
                    rows.incidentJson().get(i)));
          }
          for (int i = 0; i < rows.extraction().claims().size(); i++) {
            addClaim(report.id(), extractionId, i, rows.extraction().claims().get(i));
          }
          return mentions;
        });
  }

  /** Stores mentions in order, each with its incident when it has one; returns their ids. */
  default List<Long> addMentions(List<MentionRow> mentions) {
    return inTransaction(
        () -> {
          List<Long> ids = new ArrayList<>(mentions.size());
          for (MentionRow m : mentions) {
            long id =
                addMention(m.reportId(), m.extractionId(), m.index(), m.reportKey(), m.incident());
            if (m.incidentId() != null) {
              assignMentions(m.incidentId(), List.of(id));
            }
            ids.add(id);
          }
          return ids;
        });
  }

  /** A one-line description of the database, such as {@code sqlite:/home/u/strikewatch.db}. */
  String describe();

  @Override
  void close();
}
