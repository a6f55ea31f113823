package org.strikewatch.geo.boundary.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

class BuiltStrTreeTest {

  @Test
  void answers_as_the_plain_tree_does_from_several_threads() throws Exception {
    Random random = new Random(8);
    STRtree plain = new STRtree();
    BuiltStrTree built = new BuiltStrTree();
    for (int i = 0; i < 2_000; i++) {
      double x = random.nextDouble() * 40;
      double y = random.nextDouble() * 20;
      Envelope e = new Envelope(x, x + random.nextDouble(), y, y + random.nextDouble());
      plain.insert(e, i);
      built.insert(e, i);
    }
    built.build();
    List<Envelope> boxes = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      double x = random.nextDouble() * 40;
      double y = random.nextDouble() * 20;
      boxes.add(new Envelope(x, x + 2, y, y + 2));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> checks = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        checks.add(
            pool.submit(
                () -> {
                  for (Envelope box : boxes) {
                    List<?> a = built.query(box);
                    List<?> b;
                    synchronized (plain) {
                      b = plain.query(box);
                    }
                    if (!sortedInts(a).equals(sortedInts(b))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> f : checks) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(built.size()).isEqualTo(2_000);
  }

  private static List<Integer> sortedInts(List<?> items) {
    List<Integer> out = new ArrayList<>();
    for (Object o : items) {
      out.add((Integer) o);
    }
    out.sort(null);
    return out;
  }
}
