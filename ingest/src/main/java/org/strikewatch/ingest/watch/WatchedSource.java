package org.strikewatch.ingest.watch;

import java.net.URI;
import java.time.Duration;

/**
 * One entry of {@code sources.yaml}: a name (recorded as the reports' source), what to poll, how
 * often, and at most how many pages of a Telegram channel to read back per poll.
 */
public record WatchedSource(String name, Kind kind, URI url, Duration interval, int maxPages) {

  /** What kind of thing is polled. */
  public enum Kind {
    /** An RSS or Atom feed URL. */
    FEED,
    /** A Telegram channel's web preview ({@code https://t.me/s/CHANNEL}). */
    TELEGRAM
  }

  public WatchedSource {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("source name is required");
    }
    if (kind == null || url == null) {
      throw new IllegalArgumentException("source kind and url are required: " + name);
    }
    if (interval == null || interval.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("interval must be at least 1 s: " + interval);
    }
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be at least 1: " + maxPages);
    }
  }

  /** The key the state file remembers this source by (kind and URL, not the name). */
  public String stateKey() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + url;
  }
}
