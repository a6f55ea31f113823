package org.strikewatch.cli;

import org.jspecify.annotations.Nullable;
import org.strikewatch.store.JdbcStore;
import org.strikewatch.store.StoreException;
import org.strikewatch.store.Stores;
import org.strikewatch.store.query.IncidentQueries;
import org.strikewatch.store.query.QueryOptions;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that reads or writes the database. */
public final class DbOption {

  @Option(
      names = "--db",
      paramLabel = "PATH|URL",
      description =
          "Database: a SQLite file, or postgresql://user:pass@host:port/db. Default:"
              + " $STRIKEWATCH_DB, else $XDG_DATA_HOME/strikewatch/strikewatch.db, else"
              + " ~/.local/share/strikewatch/strikewatch.db.")
  @Nullable String db;

  /** Opens (and migrates) the chosen database; a failure is a one-line user error. */
  public JdbcStore open() {
    String spec = Stores.resolveSpec(db);
    try {
      return Stores.open(spec);
    } catch (StoreException | IllegalArgumentException e) {
      throw new UserError("cannot open database " + spec + ": " + rootMessage(e));
    }
  }

  /** The resolved database spec. */
  String spec() {
    return Stores.resolveSpec(db);
  }

  /** Migrates the database if needed and opens {@code readers} read connections for queries. */
  IncidentQueries openQueries(int readers) {
    return openQueries(QueryOptions.DEFAULTS.withReaders(readers));
  }

  /** Migrates the database if needed and opens it for queries with {@code options}. */
  IncidentQueries openQueries(QueryOptions options) {
    open().close();
    return IncidentQueries.open(spec(), options);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
