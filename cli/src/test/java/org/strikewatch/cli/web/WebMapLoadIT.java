package org.strikewatch.cli.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * How long the page takes to become usable over 10,000 incidents: measured and written to
 * target/web-map-load.txt (reported in docs/performance.md), not asserted as a timing.
 */
class WebMapLoadIT {

  static final int INCIDENTS = 10_000;

  @TempDir Path dir;

  @Test
  void page_over_ten_thousand_incidents_loads_and_reports_its_time() throws IOException {
    assumeTrue(
        Browser.available(), "chromium and chromedriver are not installed (./run-tests does)");
    try (Site site = Site.withSyntheticIncidents(dir, INCIDENTS);
        Browser browser = Browser.start(1366, 860)) {
      StringBuilder report = new StringBuilder();
      for (int run = 1; run <= 2; run++) {
        long t0 = System.nanoTime();
        browser.open(site.url() + "/?run=" + run);
        long wallMs = (System.nanoTime() - t0) / 1_000_000;
        Number pageMs = (Number) browser.js("return window.strikewatch.loadMs");
        Number firstMs = (Number) browser.js("return window.strikewatch.firstPageMs || null");
        Number total = (Number) browser.js("return window.strikewatch.total");
        assertThat(total.intValue()).isEqualTo(INCIDENTS);
        assertThat(browser.driver.findElements(By.cssSelector(".sw-cluster"))).isNotEmpty();
        long filterStart = System.nanoTime();
        browser.driver.findElement(By.id("f-own")).click();
        browser
            .waitUpTo(java.time.Duration.ofSeconds(10))
            .until(d -> d.getCurrentUrl().contains("own=1"));
        long filterMs = (System.nanoTime() - filterStart) / 1_000_000;
        String line =
            String.format(
                "run %d: %d incidents; first page drawn %s ms, all drawn %d ms after script start,"
                    + " %d ms from navigation (WebDriver); own-territory filter applied in %d ms%n",
                run, total.intValue(), firstMs, pageMs.longValue(), wallMs, filterMs);
        report.append(line);
        Object timings =
            browser.js(
                "return performance.getEntriesByType('resource')"
                    + ".filter(e => e.name.includes('/api/'))"
                    + ".map(e => e.name.replace(/^.*\\/api/, '/api') + ' '"
                    + " + Math.round(e.responseStart - e.requestStart) + 'ms wait, '"
                    + " + Math.round(e.responseEnd - e.responseStart) + 'ms body, '"
                    + " + e.encodedBodySize + ' bytes').join('\\n')");
        System.out.println(timings);
        System.out.print(line);
        if (run == 1) {
          browser.screenshot("web-map-10k");
        }
      }
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target", "web-map-load.txt"), report.toString());
    }
  }
}
