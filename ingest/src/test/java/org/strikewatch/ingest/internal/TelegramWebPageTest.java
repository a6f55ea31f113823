package org.strikewatch.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strikewatch.ingest.TestInputs.fixture;
import static org.strikewatch.ingest.TestInputs.read;
import static org.strikewatch.ingest.TestInputs.reports;
import static org.strikewatch.ingest.TestInputs.skipped;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strikewatch.ingest.ReadResult;
import org.strikewatch.model.IncomingReport;

class TelegramWebPageTest {

  @Test
  void reads_message_blocks_with_line_breaks_and_collapsed_spaces() {
    List<IncomingReport> messages = reports(read(fixture("channel-page.html")));
    assertThat(messages).hasSize(2);
    IncomingReport first = messages.get(0);
    assertThat(first.text()).isEqualTo("Alert in Northtown.\n\nStay in shelters.");
    assertThat(first.origin()).isEqualTo("https://t.me/examplemonitor/101");
    assertThat(first.url()).isEqualTo("https://t.me/examplemonitor/101");
    assertThat(first.published()).isEqualTo(LocalDate.of(2024, 5, 1));
    assertThat(first.source()).isEqualTo("Example Monitor");
    assertThat(messages.get(1).text()).isEqualTo("All clear in Northtown.");
    assertThat(messages.get(1).published()).isEqualTo(LocalDate.of(2024, 5, 2));
  }

  @Test
  void passes_over_a_photo_without_text() {
    assertThat(skipped(read(fixture("channel-page.html"))))
        .containsExactly(
            new ReadResult.Skipped(
                "https://t.me/examplemonitor/102", "message has no text (photo)"));
  }
}
