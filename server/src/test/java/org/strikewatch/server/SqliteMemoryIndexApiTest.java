package org.strikewatch.server;

import org.strikewatch.store.query.QueryOptions;

/**
 * The API end to end against an embedded SQLite database, answered from the in-memory index where
 * it can (as {@code strikewatch serve} runs by default).
 */
class SqliteMemoryIndexApiTest extends SqliteApiTest {
  @Override
  QueryOptions queryOptions() {
    return super.queryOptions().withMemoryIndex(true).withRenderedRows(1000);
  }
}
