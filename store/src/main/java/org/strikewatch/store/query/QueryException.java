package org.strikewatch.store.query;

import org.jspecify.annotations.Nullable;

/** A query could not be answered because the database failed (not because the question was bad). */
public final class QueryException extends RuntimeException {
  public QueryException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
