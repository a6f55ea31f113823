package org.strikewatch.server.web;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.plugin.Plugin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The server side of the web map (whose page lives in the classpath folder {@code web/}, served at
 * {@code /} with the Leaflet WebJar under {@code /webjars/}): {@code GET /api/outlines}, the
 * simplified country and oblast outlines (GeoJSON) the map draws as its offline base layer.
 *
 * <p>Register it with {@code config.registerPlugin(new WebMap(dataDir))}. The outlines are compiled
 * at data set-up into {@code DATA/web/outlines.geojson}; without them the page still works on a
 * blank background and says why.
 */
public final class WebMap extends Plugin<Void> {

  /** Where the outlines file lives under the data directory. */
  public static final String OUTLINES = "web/outlines.geojson";

  private final @Nullable Path outlines;
  private volatile byte @Nullable [] cached;

  /**
   * A web map whose base layer comes from {@code dataDir}.
   *
   * @param dataDir the Strikewatch data directory, or null when there is none (no base layer)
   */
  public WebMap(@Nullable Path dataDir) {
    this.outlines = dataDir == null ? null : dataDir.resolve(OUTLINES);
  }

  /**
   * A web map over the data directory named by the {@code strikewatch.data} system property or the
   * {@code STRIKEWATCH_DATA} environment variable.
   */
  public static WebMap fromEnvironment() {
    String dir = System.getProperty("strikewatch.data");
    if (dir == null || dir.isBlank()) {
      dir = System.getenv("STRIKEWATCH_DATA");
    }
    return new WebMap(dir == null || dir.isBlank() ? null : Path.of(dir));
  }

  @Override
  public String name() {
    return "strikewatch-web-map";
  }

  @Override
  public void onInitialize(JavalinState state) {
    state.routes.get("/api/outlines", this::outlines);
  }

  private void outlines(Context ctx) {
    byte[] body = cached;
    if (body == null) {
      if (outlines == null || !Files.isRegularFile(outlines)) {
        throw new NotFoundResponse(
            "base-layer outlines are not installed"
                + (outlines == null ? "" : " (no " + outlines + ")")
                + "; run ./strikewatch once to set up data");
      }
      try {
        body = Files.readAllBytes(outlines);
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + outlines, e);
      }
      cached = body;
    }
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.contentType("application/geo+json");
    ctx.result(body);
  }
}
