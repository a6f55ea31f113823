package org.strikewatch.ingest;

import java.util.stream.Stream;

/**
 * A place reports come from: a file, a folder, a feed, a Telegram channel. Reading yields, in
 * order, one {@link ReadResult} per report, per piece of input that could not be read, and per item
 * deliberately passed over (with its reason).
 */
public interface ReportSource {

  /** What this source reads, for messages: a path or a URL. */
  String origin();

  /**
   * Reads the source lazily. The stream may hold files or connections open: close it (use
   * try-with-resources). Reading problems become {@link ReadResult.Rejected} items, never
   * exceptions, so one bad file does not stop a folder.
   */
  Stream<ReadResult> read();
}
