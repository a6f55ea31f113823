package org.strikewatch.geo.boundary.internal;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A region's polygon, decoded from its compact bytes on first use (most lookups touch a handful of
 * the world's regions), with its envelope known up front for the spatial index. Thread-safe.
 */
public final class LazyArea {

  private final Envelope envelope;
  private @Nullable byte[] encoded;
  private volatile @Nullable Geometry geometry;
  private volatile @Nullable IndexedPointInAreaLocator locator;

  private LazyArea(Envelope envelope, @Nullable byte[] encoded, @Nullable Geometry geometry) {
    this.envelope = envelope;
    this.encoded = encoded;
    this.geometry = geometry;
  }

  /** An area already decoded. */
  public static LazyArea of(Geometry g) {
    return new LazyArea(g.getEnvelopeInternal(), null, g);
  }

  /** An area to decode from {@link GeoCodec#writeAreal} bytes when first asked for. */
  static LazyArea encoded(Envelope envelope, byte[] bytes) {
    return new LazyArea(envelope, bytes, null);
  }

  public Envelope envelope() {
    return envelope;
  }

  /** The polygon. */
  public Geometry geometry() {
    Geometry g = geometry;
    if (g == null) {
      synchronized (this) {
        g = geometry;
        if (g == null) {
          byte[] bytes = encoded;
          try {
            g = GeoCodec.readAreal(new DataInputStream(new ByteArrayInputStream(bytes)));
          } catch (IOException e) {
            throw new UncheckedIOException("corrupt admin-1 geometry", e);
          }
          geometry = g;
          encoded = null;
        }
      }
    }
    return g;
  }

  /** A point-in-polygon locator for the polygon, built on first use. */
  public IndexedPointInAreaLocator locator() {
    IndexedPointInAreaLocator l = locator;
    if (l == null) {
      synchronized (this) {
        l = locator;
        if (l == null) {
          l = new IndexedPointInAreaLocator(geometry());
          locator = l;
        }
      }
    }
    return l;
  }
}
