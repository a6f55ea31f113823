package org.strikewatch.server.internal;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikewatch.store.query.MapListing;

/**
 * {@code GET /api/map/incidents}: the lean listing of every incident that the web map draws in one
 * answer (see {@link MapListing}). The gzip'd body is built once per version of the incidents table
 * and kept; every answer carries an entity tag and {@code Last-Modified} from that version and
 * {@code Cache-Control: no-cache}, so a browser revalidates and gets {@code 304 Not Modified} until
 * an incident is written. {@code Server-Timing} says where the server's time went. {@link
 * #prepared} builds the first body ahead of the first request.
 */
public final class MapListingHandler implements Handler {

  private static final Logger LOG = LoggerFactory.getLogger(MapListingHandler.class);
  private static final String JSON = "application/json; charset=utf-8";

  private record Built(String tag, byte[] gzip) {}

  private final MapListing listing;
  private volatile @Nullable Built built;

  public MapListingHandler(MapListing listing) {
    this.listing = listing;
  }

  /**
   * A handler that starts building the listing at once in a background thread, so the first visitor
   * after the server starts does not wait for it.
   */
  public static MapListingHandler prepared(MapListing listing) {
    MapListingHandler h = new MapListingHandler(listing);
    Thread warmUp =
        new Thread(
            () -> {
              try {
                h.body(listing.version().tag());
                listing.warmUp();
              } catch (IOException | RuntimeException e) {
                // the first request builds it instead (and reports a failure properly)
                LOG.debug("building the map listing ahead of the first request failed", e);
              }
            },
            "map-listing-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
    return h;
  }

  @Override
  public void handle(Context ctx) throws IOException {
    QueryParams.of(ctx.queryParamMap(), List.of());
    long t0 = System.nanoTime();
    MapListing.Version version = listing.version();
    long t1 = System.nanoTime();
    boolean gzip = acceptsGzip(ctx.header("Accept-Encoding"));
    String etag = "\"map-" + version.tag() + (gzip ? "-gz" : "") + "\"";
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", "no-cache");
    ctx.header("Vary", "Accept-Encoding");
    version
        .lastModified()
        .ifPresent(
            at ->
                ctx.header(
                    "Last-Modified",
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC))));
    if (matches(ctx.header("If-None-Match"), etag)) {
      ctx.header("Server-Timing", timing("version", t1 - t0));
      ctx.status(304);
      return;
    }
    Built body = body(version.tag());
    long t2 = System.nanoTime();
    ctx.header("Server-Timing", timing("version", t1 - t0) + ", " + timing("listing", t2 - t1));
    ctx.contentType(JSON);
    if (gzip) {
      ctx.header("Content-Encoding", "gzip");
      ctx.result(body.gzip());
    } else {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body.gzip()))) {
        ctx.result(in.readAllBytes());
      }
    }
  }

  /** The kept body when it is of {@code tag}, else a fresh one (built by one request at a time). */
  private Built body(String tag) throws IOException {
    Built b = built;
    if (b != null && b.tag().equals(tag)) {
      return b;
    }
    synchronized (this) {
      b = built;
      if (b != null && b.tag().equals(tag)) {
        return b;
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 18);
      try (GZIPOutputStream out = new GZIPOutputStream(bytes, 1 << 16)) {
        listing.write(out);
      }
      b = new Built(tag, bytes.toByteArray());
      built = b;
      return b;
    }
  }

  private static String timing(String name, long nanos) {
    return String.format(Locale.ROOT, "%s;dur=%.1f", name, nanos / 1e6);
  }

  private static boolean acceptsGzip(@Nullable String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String part : acceptEncoding.split(",")) {
      String[] p = part.trim().split(";");
      if (!p[0].trim().equalsIgnoreCase("gzip") && !p[0].trim().equals("*")) {
        continue;
      }
      for (int i = 1; i < p.length; i++) {
        String q = p[i].trim().replace(" ", "");
        if (q.equals("q=0") || q.matches("q=0\\.0*")) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean matches(@Nullable String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String candidate : ifNoneMatch.split(",")) {
      String c = candidate.trim();
      if (c.startsWith("W/")) {
        c = c.substring(2);
      }
      if (c.equals(etag) || c.equals("*")) {
        return true;
      }
    }
    return false;
  }
}
