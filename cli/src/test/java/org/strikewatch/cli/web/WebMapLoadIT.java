package org.strikewatch.cli.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * How long the page takes to become usable over 10,000 incidents: measured and written to
 * target/web-map-load.txt (reported in docs/performance.md), not asserted as a timing. "Usable"
 * means every incident drawn on the map (clustered), the timeline drawn and a filter answering.
 *
 * <p>Three loads: cold (server just started, empty browser cache), warm (the same browser again: it
 * revalidates the listing and gets 304), and a new visitor (browser cache cleared, the server has
 * the listing built).
 */
class WebMapLoadIT {

  static final int INCIDENTS = 10_000;

  @TempDir Path dir;

  private static final String SUMMARY =
      "const t = window.strikewatch.timing;"
          + "const drawn = [...document.querySelectorAll('.sw-cluster')]"
          + "  .reduce((n, c) => n + +c.dataset.count, 0)"
          + "  + document.querySelectorAll('.sw-marker').length;"
          + "const r = performance.getEntriesByType('resource')"
          + "  .filter(e => e.name.includes('/api/map/incidents'))[0];"
          + "return {total: window.strikewatch.total, drawn: drawn,"
          + "  bars: document.querySelectorAll('#timeline rect.bar').length,"
          + "  domContentLoaded: Math.round(performance.getEntriesByType('navigation')[0]"
          + "    .domContentLoadedEventStart),"
          + "  scriptStart: t.scriptStart, listingArrived: t.listingArrived,"
          + "  incidentsBuilt: t.incidentsBuilt, filtered: t.filtered, fitted: t.fitted, allDrawn: t.allDrawn, painted: t.painted || null,"
          + "  everything: Math.max(t.allDrawn, t.outlinesDrawn || 0),"
          + "  sinceScript: Math.max(t.allDrawn, t.outlinesDrawn || 0) - t.scriptStart,"
          + "  outlinesArrived: t.outlinesArrived, outlinesDrawn: t.outlinesDrawn,"
          + "  listingRequested: r ? Math.round(r.requestStart) : null,"
          + "  listingReceived: r ? Math.round(r.responseEnd) : null,"
          + "  listingWait: r ? Math.round(r.responseStart - r.requestStart) : null,"
          + "  listingBody: r ? Math.round(r.responseEnd - r.responseStart) : null,"
          + "  listingTransfer: r ? r.transferSize : null,"
          + "  listingEncoded: r ? r.encodedBodySize : null,"
          + "  listingDecoded: r ? r.decodedBodySize : null,"
          + "  serverTiming: r ? r.serverTiming.map(s => s.name + ' ' + s.duration.toFixed(1)"
          + "    + ' ms').join(', ') : ''};";

  @Test
  void page_over_ten_thousand_incidents_loads_and_reports_its_time() throws IOException {
    assumeTrue(
        Browser.available(), "chromium and chromedriver are not installed (./run-tests does)");
    try (Site site = Site.withSyntheticIncidents(dir, INCIDENTS);
        Browser browser = Browser.start(1366, 860)) {
      StringBuilder report = new StringBuilder();
      List<String> runs = List.of("cold", "warm", "new visitor");
      for (int run = 0; run < runs.size(); run++) {
        if (run == 2) {
          browser.driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        }
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        long t0 = System.nanoTime();
        browser.open(site.url() + "/?run=" + (run + 1));
        long wallMs = (System.nanoTime() - t0) / 1_000_000;
        browser
            .waitUpTo(Duration.ofSeconds(5))
            .until(d -> browser.js("return window.strikewatch.timing.painted || null") != null);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) browser.js(SUMMARY);
        assertThat(((Number) m.get("total")).intValue()).isEqualTo(INCIDENTS);
        assertThat(((Number) m.get("drawn")).intValue())
            .as("incidents the clusters and markers on the map stand for")
            .isEqualTo(INCIDENTS);
        assertThat(((Number) m.get("bars")).intValue()).as("timeline bars").isPositive();

        if (run == 0) {
          browser.screenshot("web-map-10k");
        }
        long filterStart = System.nanoTime();
        browser.driver.findElement(By.id("f-own")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("own=1"));
        long filterMs = (System.nanoTime() - filterStart) / 1_000_000;
        Number updateMs = (Number) browser.js("return window.strikewatch.timing.lastUpdateMs");
        Number ownShown = (Number) browser.js("return window.strikewatch.shown()");

        String line =
            String.format(
                "run %d (%s): %s incidents, %s drawn on the map, %s timeline bars; ms since"
                    + " navigation start: DOMContentLoaded %s, listing arrived %s, incidents"
                    + " built %s, filtered and timeline drawn %s, view fitted %s, incidents drawn %s; outlines arrived %s, drawn %s;"
                    + " EVERYTHING DRAWN %s (%s after the page script started), painted %s;"
                    + " WebDriver navigation %d ms; listing: requested %s, received %s, wait %s ms, body %s ms, %s bytes transferred"
                    + " (%s encoded, %s decoded), server %s; own-territory filter: %s incidents left,"
                    + " filtered and redrawn in %s ms in the page (%d ms seen from WebDriver);"
                    + " load average %s%n",
                run + 1,
                runs.get(run),
                m.get("total"),
                m.get("drawn"),
                m.get("bars"),
                m.get("domContentLoaded"),
                m.get("listingArrived"),
                m.get("incidentsBuilt"),
                m.get("filtered"),
                m.get("fitted"),
                m.get("allDrawn"),
                m.get("outlinesArrived"),
                m.get("outlinesDrawn"),
                m.get("everything"),
                m.get("sinceScript"),
                m.get("painted"),
                wallMs,
                m.get("listingRequested"),
                m.get("listingReceived"),
                m.get("listingWait"),
                m.get("listingBody"),
                m.get("listingTransfer"),
                m.get("listingEncoded"),
                m.get("listingDecoded"),
                m.get("serverTiming"),
                ownShown,
                updateMs,
                filterMs,
                load);
        report.append(line);
        System.out.println(
            browser.js(
                "return performance.getEntriesByType('resource').map(e => e.name.replace(/^.*:\\d+/, '')"
                    + " + ' start ' + Math.round(e.startTime) + ' requested ' + Math.round(e.requestStart)"
                    + " + ' first byte ' + Math.round(e.responseStart) + ' end ' + Math.round(e.responseEnd)"
                    + " + ' (' + e.transferSize + ' bytes)').join('\\n')"));
        System.out.print(line);
      }
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target", "web-map-load.txt"), report.toString());
    }
  }
}
