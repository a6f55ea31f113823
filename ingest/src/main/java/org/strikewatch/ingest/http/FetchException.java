package org.strikewatch.ingest.http;

/** A URL could not be fetched: the message says which URL and why, in one line. */
public final class FetchException extends Exception {
  private final boolean permanent;

  public FetchException(String message, boolean permanent) {
    super(message);
    this.permanent = permanent;
  }

  /** True when retrying later will not help (a 404, a malformed URL); false for outages. */
  public boolean permanent() {
    return permanent;
  }
}
