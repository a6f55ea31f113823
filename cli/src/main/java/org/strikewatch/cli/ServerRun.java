package org.strikewatch.cli;

import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.strikewatch.server.ReportIngestor;
import org.strikewatch.server.ServerOptions;
import org.strikewatch.server.StrikewatchServer;
import org.strikewatch.store.query.IncidentQueries;

/** Runs the HTTP server for {@code serve} and {@code demo} until the process is told to stop. */
final class ServerRun {
  private ServerRun() {}

  /**
   * Starts the server, tells the user through {@code started}, and waits until Ctrl-C; the server,
   * the queries and the ingestor are closed on the way out (or at once when the start fails, which
   * becomes the {@link UserError} {@code failure} words).
   */
  static void untilStopped(
      IncidentQueries queries,
      @Nullable ReportIngestor ingestor,
      ServerOptions options,
      Function<RuntimeException, String> failure,
      Consumer<StrikewatchServer> started)
      throws InterruptedException {
    StrikewatchServer server;
    try {
      server = StrikewatchServer.start(queries, ingestor, options);
    } catch (RuntimeException e) {
      queries.close();
      closeIngestor(ingestor);
      throw new UserError(failure.apply(e));
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  queries.close();
                  closeIngestor(ingestor);
                  stopped.countDown();
                }));
    started.accept(server);
    stopped.await();
  }

  private static void closeIngestor(@Nullable ReportIngestor ingestor) {
    if (ingestor instanceof AutoCloseable) {
      try {
        ((AutoCloseable) ingestor).close();
      } catch (Exception e) {
        System.err.println("strikewatch: closing the ingest pipeline failed: " + e.getMessage());
      }
    }
  }
}
