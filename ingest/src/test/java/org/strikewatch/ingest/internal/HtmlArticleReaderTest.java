package org.strikewatch.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strikewatch.ingest.TestInputs.fixture;
import static org.strikewatch.ingest.TestInputs.rejected;
import static org.strikewatch.ingest.TestInputs.single;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.model.Rejection;

class HtmlArticleReaderTest {

  @Test
  void keeps_headline_and_body_and_drops_navigation_and_boilerplate() {
    IncomingReport r = single("article.html");
    assertThat(r.text())
        .isEqualTo(
            "Bridge damaged in overnight strike\n\n"
                + "A road bridge over the river near Southport was damaged overnight by a missile,"
                + " the regional administration said on Sunday morning.\n\n"
                + "Traffic has been diverted to the northern crossing while engineers inspect the"
                + " structure, officials added.");
    assertThat(r.mediaType()).isEqualTo("text/html");
  }

  @Test
  void takes_date_url_and_site_from_the_page_metadata() {
    IncomingReport r = single("article.html");
    assertThat(r.published()).isEqualTo(LocalDate.of(2024, 3, 9));
    assertThat(r.url()).isEqualTo("https://herald.example.com/news/bridge-damaged");
    assertThat(r.source()).isEqualTo("The Example Herald");
  }

  @Test
  void takes_the_date_from_json_ld_inside_a_graph() {
    IncomingReport r = single("jsonld-article.html");
    assertThat(r.published()).isEqualTo(LocalDate.of(2024, 6, 2));
    assertThat(r.text())
        .startsWith("Drone debris falls on a school yard\n\nDebris from a downed drone");
    assertThat(r.text()).doesNotContain("Advertise");
  }

  @Test
  void takes_the_date_from_a_time_element() {
    IncomingReport r = single("time-article.html");
    assertThat(r.published()).isEqualTo(LocalDate.of(2023, 12, 29));
    assertThat(r.text()).contains("Several districts were left without electricity");
  }

  @Test
  void rejects_a_page_without_article_text() {
    Rejection r = rejected(fixture("no-text.html"));
    assertThat(r.reason()).isEqualTo("no article text");
    assertThat(r.excerpt()).isEqualTo("Example Herald");
  }
}
