package org.strikewatch.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.strikewatch.ingest.TestInputs.fixture;
import static org.strikewatch.ingest.TestInputs.read;
import static org.strikewatch.ingest.TestInputs.rejections;
import static org.strikewatch.ingest.TestInputs.reports;
import static org.strikewatch.ingest.TestInputs.skipped;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikewatch.ingest.ReadOptions;
import org.strikewatch.ingest.ReadResult;
import org.strikewatch.ingest.TestInputs;
import org.strikewatch.model.IncomingReport;

class TelegramExportReaderTest {
  @TempDir Path tmp;

  @Test
  void reads_each_message_as_a_report_with_text_string_or_entities() {
    Path file = fixture("result.json");
    List<IncomingReport> messages = reports(read(file));
    assertThat(messages).hasSize(2);
    assertThat(messages.get(0).text()).isEqualTo("Explosions reported in Northtown around 22:00.");
    assertThat(messages.get(0).origin()).isEqualTo(file + "#2");
    assertThat(messages.get(0).published()).isEqualTo(LocalDate.of(2024, 1, 6));
    assertThat(messages.get(0).source()).isEqualTo("Example Monitor");
    assertThat(messages.get(0).url()).isNull();
    assertThat(messages.get(1).text())
        .isEqualTo("Update: a drone hit a garage in #Northtown, one person injured.");
    assertThat(messages.get(1).origin()).isEqualTo(file + "#3");
  }

  @Test
  void passes_over_service_and_media_only_messages_with_reasons() {
    Path file = fixture("result.json");
    assertThat(skipped(read(file)))
        .containsExactly(
            new ReadResult.Skipped(file + "#1", "service message (create_channel)"),
            new ReadResult.Skipped(file + "#4", "message has no text (photo)"));
  }

  @Test
  void links_messages_to_the_channel_when_its_username_is_given() {
    ReadOptions options =
        ReadOptions.builder().clock(TestInputs.CLOCK).telegramChannel("examplemonitor").build();
    assertThat(reports(read(fixture("result.json"), options)))
        .extracting(IncomingReport::url)
        .containsExactly("https://t.me/examplemonitor/2", "https://t.me/examplemonitor/3");
  }

  @Test
  void keeps_messages_before_a_break_and_rejects_the_rest_naming_file_and_position() {
    Path file = fixture("broken-export.json");
    List<ReadResult> results = read(file);
    assertThat(reports(results))
        .extracting(IncomingReport::text)
        .containsExactly("A message that is complete.");
    assertThat(rejections(results))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.origin()).isEqualTo(file.toString());
              assertThat(r.reason())
                  .isEqualTo(
                      "broken JSON in broken-export.json at line 16, column 41: Illegal unquoted character ((CTRL-CHAR, code 10)): has to be escaped using backslash to be included in string value");
            });
  }

  @Test
  void rejects_a_json_object_that_is_not_an_export_and_a_bad_message_date() throws IOException {
    Path other = Files.writeString(tmp.resolve("config.json"), "{\"theme\": \"dark\"}");
    assertThat(TestInputs.rejected(other).reason())
        .isEqualTo("JSON document is not a Telegram export (no \"messages\" array)");
    Path badDate =
        Files.writeString(
            tmp.resolve("result.json"),
            "{\"name\":\"C\",\"messages\":[{\"id\":5,\"type\":\"message\",\"date\":\"05/01/2024\",\"text\":\"x\"}]}");
    assertThat(TestInputs.rejected(badDate).reason())
        .isEqualTo(
            "expected an ISO date (YYYY-MM-DD) but found \"05/01/2024\" (message 5, \"date\")");
  }
}
