package org.strikewatch.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.PublishedSource;
import org.strikewatch.model.Report;

class ThroughputBenchTest {

  private static final List<Report> CORPUS =
      List.of(
          Report.builder("Drones struck Kharkiv overnight.").build(),
          Report.builder("Shelling of Nikopol killed one man.").build(),
          Report.builder("A missile hit Odesa port.").build(),
          Report.builder("Two guided bombs fell on Belgorod.").build());

  private static Extraction busy(Report r) {
    // some real work, so that every round takes measurable CPU time
    long h = 0;
    for (int i = 0; i < 20_000; i++) {
      h = h * 31 + r.text().charAt(i % r.text().length());
    }
    return new Extraction(
        "en", null, PublishedSource.UNKNOWN, h == 42 ? "x" : null, List.of(), List.of(), List.of());
  }

  @Test
  void measures_every_thread_count_for_every_round_and_reports_the_median_round() {
    AtomicInteger calls = new AtomicInteger();
    Set<String> threadNames = ConcurrentHashMap.newKeySet();
    ThroughputBench bench =
        new ThroughputBench(
            r -> {
              calls.incrementAndGet();
              threadNames.add(Thread.currentThread().getName());
              return busy(r);
            },
            CORPUS);

    List<ThroughputResult> results = bench.measure(List.of(1, 2), 3);

    assertThat(calls).hasValue(CORPUS.size() * 2 * (3 + 1)); // one unmeasured round each
    assertThat(threadNames.size()).isGreaterThanOrEqualTo(2);
    assertThat(results).extracting(ThroughputResult::threads).containsExactly(1, 2);
    for (ThroughputResult r : results) {
      assertThat(r.reports()).isEqualTo(CORPUS.size());
      assertThat(r.roundReportsPerSecond()).hasSize(3).allSatisfy(v -> assertThat(v).isPositive());
      List<Double> sorted = new ArrayList<>(r.roundReportsPerSecond());
      Collections.sort(sorted);
      assertThat(r.reportsPerSecond()).isEqualTo(sorted.get(1));
      assertThat(r.reportsPerSecond()).isEqualTo(CORPUS.size() / r.seconds());
      assertThat(r.p99Millis()).isGreaterThanOrEqualTo(r.p50Millis()).isPositive();
      assertThat(r.cpuMillisPerReport()).isPositive();
      assertThat(r.gcMillis()).isNotNegative();
      assertThat(r.compileMillis()).isNotNegative();
    }
  }

  @Test
  void rejects_no_rounds_and_no_threads() {
    ThroughputBench bench = new ThroughputBench(ThroughputBenchTest::busy, CORPUS);
    assertThatThrownBy(() -> bench.measure(List.of(1), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rounds must be at least 1: 0");
    assertThatThrownBy(() -> bench.measure(List.of(0), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threads must be at least 1: 0");
  }
}
