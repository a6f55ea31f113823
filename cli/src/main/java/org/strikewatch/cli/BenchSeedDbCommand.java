package org.strikewatch.cli;

import java.util.concurrent.Callable;
import org.strikewatch.bench.querydb.SyntheticIncidents;
import org.strikewatch.store.JdbcStore;
import org.strikewatch.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code strikewatch bench seed-db}: bulk-writes synthetic incidents for load tests. */
@Command(
    name = "seed-db",
    mixinStandardHelpOptions = true,
    description = "Bulk-write synthetic incidents into a database (for query and REST benchmarks).")
public final class BenchSeedDbCommand implements Callable<Integer> {

  @Option(
      names = "--db",
      required = true,
      paramLabel = "DB",
      description = "SQLite file or PostgreSQL URL to fill.")
  String db = "";

  @Option(
      names = "--incidents",
      defaultValue = "1000000",
      paramLabel = "N",
      description = "How many incidents (default ${DEFAULT-VALUE}).")
  long incidents = 1_000_000;

  @Option(
      names = "--seed",
      defaultValue = "42",
      paramLabel = "N",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(
      names = "--batch",
      defaultValue = "20000",
      paramLabel = "N",
      description = "Incidents per transaction (default ${DEFAULT-VALUE}).")
  int batch = 20_000;

  @Override
  public Integer call() {
    if (incidents < 1) {
      throw new UserError("--incidents must be positive: " + incidents);
    }
    if (batch < 1) {
      throw new UserError("--batch must be positive: " + batch);
    }
    long t0 = System.nanoTime();
    try (JdbcStore store = Stores.open(db)) {
      new SyntheticIncidents(seed)
          .writeInto(
              store,
              incidents,
              batch,
              n -> {
                if (n % 100_000 == 0 || n == incidents) {
                  System.err.printf(
                      "seed-db: %,d incidents (%.0f s)%n", n, (System.nanoTime() - t0) / 1e9);
                }
              });
      if (store.dialect() == org.strikewatch.store.Dialect.SQLITE) {
        try (var st = store.connection().createStatement()) {
          st.execute("ANALYZE");
        } catch (java.sql.SQLException e) {
          throw new UserError("ANALYZE failed on " + db + ": " + e.getMessage());
        }
      }
      System.err.printf(
          "seed-db: done, %,d incidents in %s in %.0f s%n",
          store.countIncidents(), store.describe(), (System.nanoTime() - t0) / 1e9);
    }
    return 0;
  }
}
