package org.strikewatch.store;

/** A database operation failed; the message says which and the cause is the driver's error. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
