package org.strikewatch.cli.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web map in a real headless Chromium, over the real server and a real SQLite database filled
 * through the real ingest pipeline with the demo reports and one report full of markup.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebMapIT {

  @TempDir static Path dir;

  private Site site;
  private Browser browser;

  @BeforeAll
  void start() {
    assumeTrue(
        Browser.available(), "chromium and chromedriver are not installed (./run-tests does)");
    site = Site.withReports(dir, Site.fixtureReports());
    browser = Browser.start(1366, 860);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (site != null) {
      site.close();
    }
  }

  private int shown() {
    return Integer.parseInt(browser.driver.findElement(By.id("count")).getAttribute("data-shown"));
  }

  /** How many incidents the markers and clusters on the map stand for. */
  private long onMap() {
    Object n =
        browser.js(
            "let n = document.querySelectorAll('.sw-marker').length;"
                + "document.querySelectorAll('.sw-cluster').forEach(c => n += +c.dataset.count);"
                + "return n;");
    return ((Number) n).longValue();
  }

  private JsonNode belgorodOwnTerritoryIncident() {
    JsonNode items =
        site.api("/api/incidents?ownTerritory=true&country=RU&limit=100").path("items");
    JsonNode inRegion = null;
    for (JsonNode item : items) {
      JsonNode where = item.path("where");
      if (!where.path("lat").isNumber()) {
        continue;
      }
      if (where.path("name").asText().equals("Belgorod")) {
        return item;
      }
      if (inRegion == null && where.path("admin1").asText().contains("Belgorod")) {
        inRegion = item;
      }
    }
    if (inRegion != null) {
      return inRegion;
    }
    throw new AssertionError("no own-territory incident in or around Belgorod among " + items);
  }

  private String atIncident(JsonNode incident, int zoom) {
    JsonNode where = incident.path("where");
    return site.url()
        + "/?z="
        + zoom
        + "&lat="
        + where.path("lat").asDouble()
        + "&lon="
        + where.path("lon").asDouble();
  }

  @Test
  void page_shows_the_seed_reports_incidents_on_the_map() {
    browser.open(site.url() + "/");
    browser.screenshot("web-map-overview");

    assertThat(shown()).isGreaterThanOrEqualTo(10);
    long withPlace =
        ((Number) browser.js("return window.strikewatch.shownWithPlace();")).longValue();
    assertThat(onMap()).isEqualTo(withPlace).isPositive();
    assertThat(browser.driver.findElements(By.cssSelector("path.leaflet-interactive, svg path")))
        .as("country and oblast outlines drawn as the base layer")
        .isNotEmpty();

    browser.open(site.url() + "/?q=Vovchansk");
    assertThat(shown()).isPositive();
    browser.open(site.url() + "/?q=Belgorod");
    assertThat(shown()).isPositive();
  }

  @Test
  void belgorod_incident_shows_as_own_territory() {
    JsonNode incident = belgorodOwnTerritoryIncident();
    String id = incident.path("id").asText();
    browser.open(atIncident(incident, 13));

    WebElement marker =
        browser.driver.findElement(By.cssSelector(".sw-marker.own[data-id='" + id + "']"));
    assertThat(marker.getAttribute("data-own")).isEqualTo("true");
    assertThat(marker.getAttribute("title")).contains("own territory");
    assertThat(browser.driver.findElement(By.cssSelector("#legend-list .legend-own")).getText())
        .isEqualTo("Landed on own territory");

    marker.click();
    WebElement flag =
        browser
            .waitUpTo(Duration.ofSeconds(10))
            .until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#detail .own-flag")));
    assertThat(flag.getText()).startsWith("Yes");
    browser.screenshot("web-map-belgorod-own-territory");
  }

  @Test
  void a_filter_narrows_the_markers() {
    browser.open(site.url() + "/");
    int all = shown();
    long allOnMap = onMap();

    browser.driver.findElement(By.id("f-own")).click();
    browser.waitUpTo(Duration.ofSeconds(5)).until(d -> shown() < all);
    int own = shown();
    assertThat(own).isPositive();
    assertThat(onMap()).isLessThan(allOnMap);
    assertThat(browser.driver.findElements(By.cssSelector(".sw-marker:not(.own)"))).isEmpty();
    browser.screenshot("web-map-own-territory-only");

    browser.driver.findElement(By.id("f-reset")).click();
    browser.waitUpTo(Duration.ofSeconds(5)).until(d -> shown() == all);
    browser.driver.findElement(By.id("f-weapon-drone")).click();
    browser.waitUpTo(Duration.ofSeconds(5)).until(d -> shown() < all);
    assertThat(shown()).isPositive();
  }

  @Test
  void clicking_a_marker_shows_its_sources_with_the_evidence_highlighted() {
    JsonNode incident = belgorodOwnTerritoryIncident();
    String id = incident.path("id").asText();
    browser.open(atIncident(incident, 13));

    browser.driver.findElement(By.cssSelector(".sw-marker[data-id='" + id + "']")).click();
    browser
        .waitUpTo(Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector("#detail blockquote.report mark")).isEmpty());
    WebElement source = browser.driver.findElement(By.cssSelector("#detail .source"));
    List<WebElement> marks =
        browser.driver.findElements(By.cssSelector("#detail blockquote.report mark"));
    assertThat(marks).extracting(WebElement::getText).anyMatch(t -> t.contains("Belgorod"));
    WebElement link = source.findElement(By.cssSelector("a[href^='https://example.org/demo/']"));
    assertThat(link.getAttribute("rel")).contains("noopener");
    assertThat(browser.driver.findElement(By.id("detail-body")).getText())
        .contains("Killed", "Injured", "Evacuated", "Distance to border");
    assertThat(browser.driver.getCurrentUrl()).contains("id=" + id);
    browser.screenshot("web-map-incident-sources");
  }

  @Test
  void markers_are_reachable_from_the_keyboard() {
    JsonNode incident = belgorodOwnTerritoryIncident();
    String id = incident.path("id").asText();
    browser.open(atIncident(incident, 13));

    WebElement marker =
        browser.driver.findElement(By.cssSelector(".sw-marker[data-id='" + id + "']"));
    assertThat(marker.getAttribute("tabindex")).isEqualTo("0");
    marker.sendKeys(Keys.ENTER);
    browser
        .waitUpTo(Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#detail .source")));
  }

  @Test
  void the_url_restores_the_view() {
    browser.open(site.url() + "/");
    browser.driver.findElement(By.id("f-own")).click();
    WebElement search = browser.driver.findElement(By.id("f-q"));
    search.sendKeys("Belgorod");
    browser.waitUpTo(Duration.ofSeconds(5)).until(d -> d.getCurrentUrl().contains("q=Belgorod"));
    browser.js("document.getElementById('view-table').click()");
    String link = browser.driver.getCurrentUrl();
    int count = shown();
    int rows = browser.driver.findElements(By.cssSelector("#table-body tr")).size();
    assertThat(link).contains("own=1", "view=table");

    try (Browser other = Browser.start(1366, 860)) {
      other.open(link);
      assertThat(other.driver.findElement(By.id("f-own")).isSelected()).isTrue();
      assertThat(other.driver.findElement(By.id("f-q")).getAttribute("value"))
          .isEqualTo("Belgorod");
      assertThat(
              Integer.parseInt(other.driver.findElement(By.id("count")).getAttribute("data-shown")))
          .isEqualTo(count);
      assertThat(other.driver.findElement(By.id("table-view")).isDisplayed()).isTrue();
      assertThat(other.driver.findElements(By.cssSelector("#table-body tr"))).hasSize(rows);
      other.screenshot("web-map-restored-from-link");
    }
  }

  @Test
  void report_markup_renders_as_text() {
    JsonNode items = site.api("/api/incidents?text=warehouse&limit=10").path("items");
    assertThat(items).as("the markup report's incident").isNotEmpty();
    String id = items.get(0).path("id").asText();
    browser.open(site.url() + "/?id=" + id);

    browser
        .waitUpTo(Duration.ofSeconds(10))
        .until(d -> d.findElement(By.id("detail-body")).getText().contains("<script>"));
    String text = browser.driver.findElement(By.id("detail-body")).getText();
    assertThat(text).contains("<script>window.__xss = 'script'</script>", "<img src=x onerror=");
    assertThat(
            browser.driver.findElements(By.cssSelector("#detail img, #detail script, #detail b")))
        .isEmpty();
    assertThat(browser.js("return window.__xss === undefined")).isEqualTo(true);
    browser.screenshot("web-map-markup-as-text");
  }

  @Test
  void works_on_a_phone_sized_screen() {
    try (Browser phone = Browser.start(390, 844)) {
      phone.open(site.url() + "/");
      assertThat(phone.driver.findElement(By.id("filters")).isDisplayed()).isFalse();
      phone.driver.findElement(By.id("toggle-filters")).click();
      phone.waitUpTo(Duration.ofSeconds(5)).until(d -> d.findElement(By.id("f-own")).isDisplayed());
      phone.screenshot("web-map-phone-filters");
      phone.driver.findElement(By.id("toggle-filters")).click();
      phone
          .waitUpTo(Duration.ofSeconds(5))
          .until(d -> !d.findElement(By.id("filters")).isDisplayed());
      phone.screenshot("web-map-phone");
    }
  }

  @Test
  void dragging_over_the_timeline_filters_by_date() {
    browser.open(site.url() + "/");
    int all = shown();
    WebElement timeline = browser.driver.findElement(By.id("timeline"));
    int width = timeline.getRect().getWidth();
    new Actions(browser.driver)
        .moveToElement(timeline, -width / 2 + 5, 0)
        .clickAndHold()
        .moveByOffset(width / 3, 0)
        .release()
        .perform();
    browser
        .waitUpTo(Duration.ofSeconds(5))
        .until(d -> d.getCurrentUrl().contains("from=") && d.getCurrentUrl().contains("to="));
    assertThat(shown()).isLessThan(all);
    assertThat(browser.driver.findElement(By.id("f-from")).getAttribute("value")).isNotEmpty();
    browser.screenshot("web-map-timeline-drag");
  }

  @Test
  void claims_panel_sets_claims_beside_the_database() {
    browser.open(site.url() + "/?view=claims");
    browser
        .waitUpTo(Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector("#claims-list .claim")).isEmpty());
    WebElement claim = browser.driver.findElement(By.cssSelector("#claims-list .claim"));
    assertThat(claim.findElement(By.cssSelector(".held")).getText()).matches("\\d+");
    assertThat(claim.getText()).contains("Claimed", "Database holds");
    browser.screenshot("web-map-claims");
  }
}
