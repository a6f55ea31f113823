package org.strikewatch.geo.boundary.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/**
 * Compact binary form of polygons and lines: coordinates as fixed-point integers of 1e-5 degree
 * (about a metre, the precision of the Natural Earth files), delta-encoded as zigzag varints.
 */
public final class GeoCodec {

  /** Coordinates per degree. */
  static final double SCALE = 1e5;

  /** The factory geometries are read with: packed double coordinates, lon/lat (x/y). */
  public static final GeometryFactory FACTORY =
      new GeometryFactory(PackedCoordinateSequenceFactory.DOUBLE_FACTORY);

  private GeoCodec() {}

  /** Writes a Polygon or MultiPolygon as a list of polygons. */
  public static void writeAreal(DataOutputStream out, Geometry g) throws IOException {
    List<Polygon> polys = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part instanceof Polygon p && !p.isEmpty()) {
        polys.add(p);
      }
    }
    writeVarint(out, polys.size());
    long[] prev = new long[2];
    for (Polygon p : polys) {
      writeVarint(out, 1 + p.getNumInteriorRing());
      writeRing(out, p.getExteriorRing().getCoordinates(), prev);
      for (int r = 0; r < p.getNumInteriorRing(); r++) {
        writeRing(out, p.getInteriorRingN(r).getCoordinates(), prev);
      }
    }
  }

  /** Reads what {@link #writeAreal} wrote: a Polygon, or a MultiPolygon of several. */
  public static Geometry readAreal(DataInputStream in) throws IOException {
    int n = readVarint(in);
    long[] prev = new long[2];
    Polygon[] polys = new Polygon[n];
    for (int i = 0; i < n; i++) {
      int rings = readVarint(in);
      LinearRing shell = FACTORY.createLinearRing(readSeq(in, prev));
      LinearRing[] holes = new LinearRing[rings - 1];
      for (int r = 0; r < holes.length; r++) {
        holes[r] = FACTORY.createLinearRing(readSeq(in, prev));
      }
      polys[i] = FACTORY.createPolygon(shell, holes);
    }
    if (n == 1) {
      return polys[0];
    }
    MultiPolygon mp = FACTORY.createMultiPolygon(polys);
    return mp;
  }

  /** Writes a line string. */
  public static void writeLine(DataOutputStream out, Coordinate[] coords) throws IOException {
    writeRing(out, coords, new long[2]);
  }

  /** Reads what {@link #writeLine} wrote. */
  public static LineString readLine(DataInputStream in) throws IOException {
    return FACTORY.createLineString(readSeq(in, new long[2]));
  }

  private static void writeRing(DataOutputStream out, Coordinate[] coords, long[] prev)
      throws IOException {
    writeVarint(out, coords.length);
    for (Coordinate c : coords) {
      long x = Math.round(c.x * SCALE);
      long y = Math.round(c.y * SCALE);
      writeSigned(out, x - prev[0]);
      writeSigned(out, y - prev[1]);
      prev[0] = x;
      prev[1] = y;
    }
  }

  private static PackedCoordinateSequence.Double readSeq(DataInputStream in, long[] prev)
      throws IOException {
    int n = readVarint(in);
    double[] xy = new double[n * 2];
    for (int i = 0; i < n; i++) {
      prev[0] += readSigned(in);
      prev[1] += readSigned(in);
      xy[2 * i] = prev[0] / SCALE;
      xy[2 * i + 1] = prev[1] / SCALE;
    }
    return new PackedCoordinateSequence.Double(xy, 2, 0);
  }

  static void writeVarint(DataOutputStream out, long v) throws IOException {
    if (v < 0) {
      throw new IllegalArgumentException("negative varint: " + v);
    }
    while (v >= 0x80) {
      out.writeByte((int) (v & 0x7f) | 0x80);
      v >>>= 7;
    }
    out.writeByte((int) v);
  }

  static void writeSigned(DataOutputStream out, long v) throws IOException {
    writeVarint(out, (v << 1) ^ (v >> 63));
  }

  static int readVarint(DataInputStream in) throws IOException {
    long v = readLong(in);
    if (v > Integer.MAX_VALUE) {
      throw new IOException("corrupt geometry file: count " + v);
    }
    return (int) v;
  }

  private static long readLong(DataInputStream in) throws IOException {
    long v = 0;
    int shift = 0;
    while (true) {
      int b = in.readUnsignedByte();
      v |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
      shift += 7;
      if (shift > 63) {
        throw new IOException("corrupt geometry file: varint too long");
      }
    }
  }

  static long readSigned(DataInputStream in) throws IOException {
    long v = readLong(in);
    return (v >>> 1) ^ -(v & 1);
  }
}
