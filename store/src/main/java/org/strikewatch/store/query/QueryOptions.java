package org.strikewatch.store.query;

/**
 * How {@link IncidentQueries} reads: {@code readers} connections (queries that may run at once);
 * whether to keep an in-memory index of the incidents ({@code memoryIndex}, SQLite only: box
 * listings, counts, stats and trends answered without SQL while the database is unchanged, read
 * again in the background after each change; worth it for a long-running server, not for one
 * question); and how many rendered listing items that index may keep ({@code renderedRows}, 0 for
 * none).
 */
public record QueryOptions(int readers, boolean memoryIndex, int renderedRows) {

  /** Four readers, SQL only. */
  public static final QueryOptions DEFAULTS = new QueryOptions(4, false, 0);

  public QueryOptions {
    if (readers < 1) {
      throw new IllegalArgumentException("readers must be positive: " + readers);
    }
    if (renderedRows < 0) {
      throw new IllegalArgumentException("renderedRows is negative: " + renderedRows);
    }
  }

  public QueryOptions withReaders(int value) {
    return new QueryOptions(value, memoryIndex, renderedRows);
  }

  public QueryOptions withMemoryIndex(boolean value) {
    return new QueryOptions(readers, value, renderedRows);
  }

  public QueryOptions withRenderedRows(int value) {
    return new QueryOptions(readers, memoryIndex, value);
  }
}
