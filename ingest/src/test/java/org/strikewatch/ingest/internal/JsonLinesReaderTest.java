package org.strikewatch.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strikewatch.ingest.TestInputs.fixture;
import static org.strikewatch.ingest.TestInputs.read;
import static org.strikewatch.ingest.TestInputs.rejections;
import static org.strikewatch.ingest.TestInputs.reports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strikewatch.ingest.ReadResult;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.model.Rejection;

class JsonLinesReaderTest {

  @Test
  void reads_each_line_as_a_report() {
    Path file = fixture("reports.jsonl");
    List<IncomingReport> good = reports(read(file));
    assertThat(good).hasSize(2);
    assertThat(good.get(0).text()).isEqualTo("A strike hit a fuel depot in Northtown.");
    assertThat(good.get(0).published()).isEqualTo(LocalDate.of(2024, 4, 2));
    assertThat(good.get(0).source()).isEqualTo("Wire A");
    assertThat(good.get(0).url()).isEqualTo("https://a.example/1");
    assertThat(good.get(0).origin()).isEqualTo(file + "#line 1");
    assertThat(good.get(1).published()).isEqualTo(LocalDate.of(2024, 4, 3));
    assertThat(good.get(1).origin()).isEqualTo(file + "#line 3");
  }

  @Test
  void rejects_bad_lines_each_naming_its_line() {
    Path file = fixture("reports.jsonl");
    List<ReadResult> results = read(file);
    assertThat(rejections(results))
        .extracting(Rejection::origin, Rejection::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                file + "#line 4",
                "broken JSON in reports.jsonl at line 4, column 38: Unexpected end-of-input within/between Object entries"),
            org.assertj.core.groups.Tuple.tuple(file + "#line 5", "line 5: no \"text\" field"),
            org.assertj.core.groups.Tuple.tuple(
                file + "#line 6",
                "expected an ISO date (YYYY-MM-DD) but found \"April 5th\" (line 6, \"published\")"));
  }
}
