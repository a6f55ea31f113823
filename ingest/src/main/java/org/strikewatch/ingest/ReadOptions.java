package org.strikewatch.ingest;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How sources fill in what the input does not say: a source name that overrides the one found in
 * the input, a publication date for undated input, the public username of the Telegram channel an
 * export came from (for message links), the clock that stamps fetch times, and how many pages of a
 * Telegram channel's web preview to read at most.
 */
public record ReadOptions(
    @Nullable String source,
    @Nullable LocalDate published,
    @Nullable String telegramChannel,
    Clock clock,
    int maxPages) {

  public ReadOptions {
    if (source != null && source.isBlank()) {
      throw new IllegalArgumentException("source name is blank");
    }
    if (telegramChannel != null && !telegramChannel.matches("[A-Za-z0-9_]{3,64}")) {
      throw new IllegalArgumentException(
          "not a Telegram channel username: \"" + telegramChannel + "\"");
    }
    if (clock == null) {
      throw new IllegalArgumentException("clock is required");
    }
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be at least 1: " + maxPages);
    }
  }

  /** No overrides, the system clock, at most 50 pages of a Telegram channel. */
  public static ReadOptions defaults() {
    return builder().build();
  }

  /** Starts a builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The source name to record: the override if given, else what the input said. */
  public @Nullable String sourceOr(@Nullable String found) {
    return source != null ? source : found;
  }

  /** The publication date to record: what the input said, else the default. */
  public @Nullable LocalDate publishedOr(@Nullable LocalDate found) {
    return found != null ? found : published;
  }

  /** Builder for {@link ReadOptions}. */
  public static final class Builder {
    private @Nullable String source;
    private @Nullable LocalDate published;
    private @Nullable String telegramChannel;
    private Clock clock = Clock.systemUTC();
    private int maxPages = 50;

    private Builder() {}

    public Builder source(@Nullable String value) {
      this.source = value;
      return this;
    }

    public Builder published(@Nullable LocalDate value) {
      this.published = value;
      return this;
    }

    public Builder telegramChannel(@Nullable String value) {
      this.telegramChannel = value;
      return this;
    }

    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    public Builder maxPages(int value) {
      this.maxPages = value;
      return this;
    }

    public ReadOptions build() {
      return new ReadOptions(source, published, telegramChannel, clock, maxPages);
    }
  }
}
