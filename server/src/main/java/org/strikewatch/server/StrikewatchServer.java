package org.strikewatch.server;

import io.javalin.Javalin;
import org.jspecify.annotations.Nullable;
import org.strikewatch.server.internal.Routes;
import org.strikewatch.store.query.IncidentQueries;

/**
 * The running HTTP server. {@link #start} binds and returns at once; {@link #close} stops it. The
 * caller owns the queries and the ingestor and closes them after the server.
 */
public final class StrikewatchServer implements AutoCloseable {

  private final Javalin app;
  private final ServerOptions options;

  private StrikewatchServer(Javalin app, ServerOptions options) {
    this.app = app;
    this.options = options;
  }

  /**
   * Starts serving {@code queries} (and, when given, accepting reports through {@code ingestor})
   * with {@code options}.
   */
  public static StrikewatchServer start(
      IncidentQueries queries, @Nullable ReportIngestor ingestor, ServerOptions options) {
    Javalin app = Routes.create(queries, ingestor, options);
    app.start(options.host(), options.port());
    return new StrikewatchServer(app, options);
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return app.port();
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
  public String baseUrl() {
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return "http://" + host + ":" + port();
  }

  /** True when write endpoints are enabled (a token is set). */
  public boolean writable() {
    return options.token() != null;
  }

  @Override
  public void close() {
    app.stop();
  }
}
