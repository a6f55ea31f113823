package org.strikewatch.store;

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

  /** A one-line description of the database, such as {@code sqlite:/home/u/strikewatch.db}. */
  String describe();

  @Override
  void close();
}
