package org.strikewatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.strikewatch.cli.demo.DemoReports;
import org.strikewatch.cli.pipeline.Extractors;
import org.strikewatch.cli.pipeline.IngestPipeline;
import org.strikewatch.cli.pipeline.IngestSummary;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.server.ServerOptions;
import org.strikewatch.store.JdbcStore;
import org.strikewatch.store.Stores;
import org.strikewatch.store.query.IncidentQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code strikewatch demo}: ingests the bundled example reports (English, Russian, Ukrainian) into
 * a demo database on the embedded default (SQLite, under the data directory), then serves the web
 * map and the REST API until Ctrl-C.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Ingest the bundled example reports into a demo database and serve the web map until Ctrl-C.")
public final class DemoCommand implements Callable<Integer> {

  @Option(
      names = "--db",
      paramLabel = "DB",
      description = "Database for the demo (default: demo.db in the data directory).")
  @Nullable String db;

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
      description = "Address to bind (default ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Override
  public Integer call() throws InterruptedException {
    String spec = db != null ? db : defaultDatabase();
    ingest(spec);
    ServerOptions options;
    try {
      options = ServerOptions.DEFAULTS.withHost(host).withPort(port).withCacheTtl(Duration.ZERO);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    IncidentQueries queries = IncidentQueries.open(spec, 2);
    ServerRun.untilStopped(
        queries,
        null,
        options,
        e ->
            "cannot start the server on "
                + host
                + ":"
                + port
                + " ("
                + e.getMessage()
                + "); is another program using the port? Try --port 0",
        server -> {
          System.out.println("Strikewatch demo: open " + server.baseUrl() + "/ in a browser.");
          System.out.println(
              "The REST API is at " + server.baseUrl() + "/api (docs at /api/docs). Ctrl-C stops.");
          System.out.flush();
        });
    return 0;
  }

  private static void ingest(String spec) {
    try (JdbcStore store = Stores.open(spec)) {
      IngestPipeline pipeline = new IngestPipeline(store, Extractors.standard());
      for (IncomingReport report : DemoReports.load(Instant.now())) {
        pipeline.accept(report);
      }
      IngestSummary summary = pipeline.finish();
      System.out.println("Strikewatch demo: " + summary.line() + " (" + store.describe() + ")");
    }
  }

  private static String defaultDatabase() {
    String data = System.getProperty("strikewatch.data");
    if (data == null || data.isBlank()) {
      data = System.getenv("STRIKEWATCH_DATA");
    }
    if (data == null || data.isBlank()) {
      throw new UserError(
          "no data directory: run the demo through ./strikewatch, or give --db FILE");
    }
    Path dir = Path.of(data);
    try {
      Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      throw new UserError("cannot create the data directory " + dir + ": " + e.getMessage());
    }
    return dir.resolve("demo.db").toString();
  }
}
