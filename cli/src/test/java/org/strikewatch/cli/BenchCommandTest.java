package org.strikewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

  private static String[] run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = Main.run(args);
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return new String[] {
      String.valueOf(code),
      out.toString(StandardCharsets.UTF_8),
      err.toString(StandardCharsets.UTF_8)
    };
  }

  @Test
  void json_has_the_issue_keys_every_round_and_the_median() throws Exception {
    assumeTrue(
        Files.isDirectory(Path.of(System.getProperty("strikewatch.data", "")).resolve("geo")),
        "no data set up");
    String[] r =
        run(
            "bench",
            "--reports",
            "40",
            "--rounds",
            "3",
            "--ingest-reports",
            "30",
            "--chars",
            "600",
            "--json");
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    JsonNode o = new ObjectMapper().readTree(r[1]);
    for (String key :
        new String[] {
          "reportsPerSecond1Thread",
          "reportsPerSecond2Threads",
          "p99Millis",
          "startupSeconds",
          "peakHeapMb",
          "ingestReportsPerSecond"
        }) {
      assertThat(o.get(key).isNumber()).as(key).isTrue();
      assertThat(o.get(key).asDouble()).as(key).isPositive();
    }
    assertThat(o.get("rounds").asInt()).isEqualTo(3);
    assertThat(o.get("runs")).hasSize(2);
    for (JsonNode run : o.get("runs")) {
      assertThat(run.get("roundReportsPerSecond")).hasSize(3);
      assertThat(run.get("cpuMillisPerReport").asDouble()).isPositive();
      double[] rates = new double[3];
      for (int i = 0; i < 3; i++) {
        rates[i] = run.get("roundReportsPerSecond").get(i).asDouble();
      }
      Arrays.sort(rates);
      assertThat(run.get("reportsPerSecond").asDouble()).isEqualTo(rates[1]);
    }
    assertThat(o.get("speedup2Threads").asDouble())
        .isCloseTo(
            o.get("reportsPerSecond2Threads").asDouble()
                / o.get("reportsPerSecond1Thread").asDouble(),
            offset(0.01));
    JsonNode ingest = o.get("ingestRoundReportsPerSecond");
    assertThat(ingest).hasSize(3);
    double[] rates = new double[3];
    for (int i = 0; i < 3; i++) {
      rates[i] = ingest.get(i).asDouble();
    }
    Arrays.sort(rates);
    assertThat(o.get("ingestReportsPerSecond").asDouble()).isEqualTo(rates[1]);
  }

  @Test
  void zero_rounds_is_a_one_line_error() {
    String[] r = run("bench", "--rounds", "0");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2].strip()).isEqualTo("bench: --rounds must be between 1 and 99: 0");
  }

  @Test
  void the_microbenchmarks_run_and_print_a_summary() {
    String[] r =
        run(
            "bench",
            "jmh",
            "--include",
            "NumberReader",
            "--param",
            "language=en,uk",
            "--forks",
            "0",
            "--warmup",
            "0",
            "--iterations",
            "1",
            "--iteration-millis",
            "50");
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1])
        .containsPattern("NumberReaderBenchmark.readNumbers +en +[0-9.]+")
        .containsPattern("NumberReaderBenchmark.readNumbers +uk +[0-9.]+");
  }

  @Test
  void an_unmatched_or_bad_include_is_a_one_line_error() {
    String[] none = run("bench", "jmh", "--include", "NoSuchBenchmark", "--forks", "0");
    assertThat(none[0]).isEqualTo("2");
    assertThat(none[2].strip())
        .isEqualTo("jmh: no microbenchmark matches --include NoSuchBenchmark");
    String[] bad = run("bench", "jmh", "--include", "(", "--forks", "0");
    assertThat(bad[0]).isEqualTo("2");
    assertThat(bad[2].strip()).isEqualTo("jmh: --include is not a regular expression: (");
  }
}
