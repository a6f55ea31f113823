package org.strikewatch.server;

/**
 * The report was stored but could not be extracted; the server answers 422 with the reason. The
 * report stays stored and can be re-extracted later.
 */
public final class IngestFailedException extends RuntimeException {
  private final long reportId;

  public IngestFailedException(long reportId, String reason) {
    super(reason);
    this.reportId = reportId;
  }

  /** The stored report's id. */
  public long reportId() {
    return reportId;
  }
}
