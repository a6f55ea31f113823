package org.strikewatch.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import org.strikewatch.ingest.ReadOptions;
import org.strikewatch.ingest.ReadResult;

/** A saved page (or fragment) of a Telegram channel's web preview, read as a file. */
final class TelegramWebReader {
  private TelegramWebReader() {}

  static List<ReadResult> read(Input input, ReadOptions options) throws Unreadable {
    TelegramWebPage.Page page =
        TelegramWebPage.parse(input.bytes(), input.url(), options, input.fetchedAt());
    List<ReadResult> out = new ArrayList<>(page.unreadable());
    page.messages().forEach(m -> out.add(m.result()));
    if (out.isEmpty()) {
      out.add(ReadResult.rejected(input.origin(), "no Telegram messages on the page", null));
    }
    return out;
  }
}
