package org.strikewatch.cli;

import org.jspecify.annotations.Nullable;
import org.strikewatch.store.Stores;
import org.strikewatch.store.query.IncidentQueries;
import picocli.CommandLine.Option;

/** The {@code --db} option and opening the database for queries. */
final class DatabaseOption {

  @Option(
      names = "--db",
      paramLabel = "DB",
      description =
          "SQLite file or PostgreSQL URL (default: $STRIKEWATCH_DB, else ~/.local/share/strikewatch/strikewatch.db).")
  @Nullable String db;

  /** The resolved database spec. */
  String spec() {
    return Stores.resolveSpec(db);
  }

  /** Migrates the database if needed and opens {@code readers} read connections. */
  IncidentQueries openQueries(int readers) {
    String spec = spec();
    Stores.open(spec).close();
    return IncidentQueries.open(spec, readers);
  }
}
