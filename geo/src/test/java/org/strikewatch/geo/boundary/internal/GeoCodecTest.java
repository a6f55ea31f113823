package org.strikewatch.geo.boundary.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

class GeoCodecTest {

  private static final GeometryFactory GF = new GeometryFactory();

  @Test
  void polygons_survive_a_round_trip_to_a_metre() throws IOException {
    Random rnd = new Random(42);
    for (int round = 0; round < 200; round++) {
      int parts = 1 + rnd.nextInt(3);
      Polygon[] ps = new Polygon[parts];
      for (int k = 0; k < parts; k++) {
        double cx = rnd.nextDouble() * 340 - 170;
        double cy = rnd.nextDouble() * 160 - 80;
        int n = 3 + rnd.nextInt(20);
        Coordinate[] cs = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
          double a = 2 * Math.PI * i / n;
          double r = 0.1 + rnd.nextDouble() * 5;
          cs[i] = new Coordinate(cx + r * Math.cos(a) / 2, cy + r * Math.sin(a) / 2);
        }
        cs[n] = new Coordinate(cs[0]);
        ps[k] = GF.createPolygon(cs);
      }
      Geometry g = parts == 1 ? ps[0] : GF.createMultiPolygon(ps);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      GeoCodec.writeAreal(new DataOutputStream(bytes), g);
      Geometry back =
          GeoCodec.readAreal(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
      assertThat(back.getNumGeometries()).isEqualTo(parts);
      Coordinate[] a = g.getCoordinates();
      Coordinate[] b = back.getCoordinates();
      assertThat(b).hasSameSizeAs(a);
      for (int i = 0; i < a.length; i++) {
        assertThat(Math.abs(a[i].x - b[i].x)).isLessThanOrEqualTo(0.000006);
        assertThat(Math.abs(a[i].y - b[i].y)).isLessThanOrEqualTo(0.000006);
      }
    }
  }

  @Test
  void great_circle_distance_of_one_degree_of_latitude_is_111_km() {
    assertThat(BorderIndex.greatCircleKm(50, 30, 51, 30)).isBetween(111.1, 111.3);
  }
}
