package org.strikewatch.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.strikewatch.server.ReportIngestor;
import org.strikewatch.server.ServerOptions;
import org.strikewatch.store.query.IncidentQueries;
import org.strikewatch.store.query.QueryOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code strikewatch serve}: the REST API, OpenAPI/Swagger UI and the web map. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the REST API (/api), its docs (/api/docs) and the web map (/) over HTTP.")
public final class ServeCommand implements Callable<Integer> {

  /** Environment variable holding the bearer token that enables write endpoints. */
  public static final String ENV_TOKEN = "STRIKEWATCH_TOKEN";

  @Mixin DbOption database = new DbOption();

  @Option(
      names = "--port",
      defaultValue = "8080",
      paramLabel = "PORT",
      description = "TCP port; 0 picks a free one (default ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "HOST",
      description =
          "Address to bind (default ${DEFAULT-VALUE}; 0.0.0.0 exposes it to the network).")
  String host = "127.0.0.1";

  @Option(
      names = "--readers",
      defaultValue = "4",
      paramLabel = "N",
      description = "Database read connections (default ${DEFAULT-VALUE}).")
  int readers = 4;

  @Option(
      names = "--cache-ms",
      defaultValue = "2000",
      paramLabel = "MS",
      description = "Keep GET answers this long; 0 disables (default ${DEFAULT-VALUE}).")
  long cacheMs = 2000;

  @Option(
      names = "--memory-index",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Keep an in-memory index of the incidents for map listings, counts and stats (SQLite"
              + " only; read again after each change; default ${DEFAULT-VALUE}).")
  boolean memoryIndex = true;

  @Option(
      names = "--rendered-rows",
      defaultValue = "200000",
      paramLabel = "N",
      description =
          "Listing items the in-memory index keeps rendered; 0 for none (default"
              + " ${DEFAULT-VALUE}).")
  int renderedRows = 200_000;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Most HTTP threads (default: cores + 4, at least 6).")
  @Nullable Integer threads;

  @Option(
      names = "--max-body",
      defaultValue = "1048576",
      paramLabel = "BYTES",
      description = "Largest request body (default ${DEFAULT-VALUE}).")
  int maxBody = 1 << 20;

  @Override
  public Integer call() throws InterruptedException {
    if (readers < 1 || readers > 64) {
      throw new UserError("--readers must be between 1 and 64: " + readers);
    }
    if (cacheMs < 0) {
      throw new UserError("--cache-ms must not be negative: " + cacheMs);
    }
    if (renderedRows < 0) {
      throw new UserError("--rendered-rows must not be negative: " + renderedRows);
    }
    if (threads != null && (threads < ServerOptions.MIN_THREADS || threads > 1000)) {
      throw new UserError(
          "--threads must be between " + ServerOptions.MIN_THREADS + " and 1000: " + threads);
    }
    String token = System.getenv(ENV_TOKEN);
    ServerOptions options;
    try {
      options =
          ServerOptions.DEFAULTS
              .withHost(host)
              .withPort(port)
              .withToken(token)
              .withMaxBodyBytes(maxBody)
              .withCacheTtl(Duration.ofMillis(cacheMs))
              .withMaxThreads(threads == null ? ServerOptions.defaultThreads() : threads);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    IncidentQueries queries =
        database.openQueries(
            new QueryOptions(readers, memoryIndex, memoryIndex ? renderedRows : 0));
    ReportIngestor ingestor =
        options.token() == null ? null : Ingestors.forDatabase(database.spec());
    ServerRun.untilStopped(
        queries,
        ingestor,
        options,
        e -> "cannot start the server on " + host + ":" + port + ": " + e.getMessage(),
        server ->
            System.err.println(
                "strikewatch: serving "
                    + queries.describe()
                    + " at "
                    + server.baseUrl()
                    + "/ (API "
                    + server.baseUrl()
                    + "/api, docs "
                    + server.baseUrl()
                    + "/api/docs); "
                    + (server.writable()
                        ? "write endpoints need the bearer token from " + ENV_TOKEN
                        : "read-only (set " + ENV_TOKEN + " to enable POST /api/reports)")));
    return 0;
  }
}
