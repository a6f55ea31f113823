package org.strikewatch.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strikewatch.model.IncomingReport;

class DemoReportsTest {

  @Test
  void bundles_example_reports_in_english_russian_and_ukrainian() {
    List<IncomingReport> reports = DemoReports.load(Instant.parse("2024-06-01T00:00:00Z"));

    assertThat(reports).hasSizeBetween(20, 30);
    assertThat(reports).extracting(IncomingReport::language).contains("en", "ru", "uk");
    assertThat(reports).allSatisfy(r -> assertThat(r.text()).isNotBlank());
    assertThat(reports).allSatisfy(r -> assertThat(r.published()).isNotNull());
    assertThat(reports.get(0).text()).contains("Belgorod");
  }
}
