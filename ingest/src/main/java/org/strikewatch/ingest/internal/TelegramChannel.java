package org.strikewatch.ingest.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.strikewatch.ingest.ReadOptions;
import org.strikewatch.ingest.ReadResult;
import org.strikewatch.ingest.http.FetchException;
import org.strikewatch.ingest.http.FetchedPage;
import org.strikewatch.ingest.http.HttpFetcher;

/**
 * Reads a public Telegram channel through its web preview: the newest page first ({@code
 * https://t.me/s/CHANNEL}), then older pages with {@code ?before=ID} (the smallest id seen so far),
 * until a page has no older message, a message at or below {@code afterId} appears, or {@code
 * maxPages} pages were read. Messages come back oldest first.
 */
public final class TelegramChannel {
  private static final Pattern CHANNEL_URL =
      Pattern.compile(
          "(?i)^https?://(?:www\\.)?(?:t|telegram)\\.me/s/([A-Za-z0-9_]{3,64})/?(?:\\?.*)?$");

  /** What a read gave: messages newer than {@code afterId}, oldest first, and page problems. */
  public record Batch(
      List<TelegramWebPage.Message> messages, List<ReadResult> unreadable, int pages) {
    public Batch {
      messages = List.copyOf(messages);
      unreadable = List.copyOf(unreadable);
    }

    /** The largest message id read, if any. */
    public OptionalLong newestId() {
      return messages.stream().mapToLong(TelegramWebPage.Message::id).max();
    }
  }

  private static final Pattern PREVIEW_PATH = Pattern.compile("^/s/([A-Za-z0-9_]{3,64})/?$");

  private final String channel;
  private final URI base;

  private TelegramChannel(String channel, URI base) {
    this.channel = channel;
    this.base = base;
  }

  /** The channel of a {@code https://t.me/s/CHANNEL} URL, if it is one. */
  public static Optional<String> channelOf(String url) {
    Matcher m = CHANNEL_URL.matcher(url.strip());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * The channel of a fetched page that is a channel's web preview (path {@code /s/CHANNEL} and
   * message blocks in the body), whatever host served it.
   */
  public static Optional<String> previewChannel(FetchedPage page) {
    String path = page.uri().getPath() == null ? "" : page.uri().getPath();
    Matcher m = PREVIEW_PATH.matcher(path);
    if (!m.matches()) {
      return Optional.empty();
    }
    String head = new String(page.body(), StandardCharsets.UTF_8);
    return head.contains(TelegramWebPage.MARKER) ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** A channel read from {@code https://t.me/s/CHANNEL}. */
  public static TelegramChannel of(String channel) {
    return at(channel, URI.create("https://t.me/s/"));
  }

  /** A channel read from another preview host (tests serve pages locally). */
  public static TelegramChannel at(String channel, URI previewBase) {
    if (!channel.matches("[A-Za-z0-9_]{3,64}")) {
      throw new IllegalArgumentException("not a Telegram channel username: \"" + channel + "\"");
    }
    return new TelegramChannel(channel, previewBase);
  }

  public String channel() {
    return channel;
  }

  /** The preview URL of the newest page. */
  public URI url() {
    return base.resolve(channel);
  }

  /**
   * Reads messages with id above {@code afterId} (all, if null), at most {@code maxPages} pages.
   *
   * @throws FetchException when a page cannot be fetched
   */
  public Batch read(HttpFetcher fetcher, ReadOptions options, @Nullable Long afterId, int maxPages)
      throws FetchException {
    return read(fetcher, options, afterId, maxPages, null);
  }

  /**
   * As {@link #read(HttpFetcher, ReadOptions, Long, int)}, starting from an already fetched newest
   * page when given.
   */
  public Batch read(
      HttpFetcher fetcher,
      ReadOptions options,
      @Nullable Long afterId,
      int maxPages,
      @Nullable FetchedPage newest)
      throws FetchException {
    List<TelegramWebPage.Message> messages = new ArrayList<>();
    List<ReadResult> unreadable = new ArrayList<>();
    URI next = url();
    int pages = 0;
    Long before = null;
    while (next != null && pages < maxPages) {
      FetchedPage page = pages == 0 && newest != null ? newest : fetcher.fetch(next);
      pages++;
      Instant fetched = options.clock().instant();
      TelegramWebPage.Page parsed;
      try {
        parsed = TelegramWebPage.parse(page.body(), next.toString(), options, fetched);
      } catch (Unreadable e) {
        unreadable.add(ReadResult.rejected(next.toString(), e.getMessage(), e.excerpt()));
        break;
      }
      unreadable.addAll(parsed.unreadable());
      boolean reachedKnown = false;
      for (TelegramWebPage.Message m : parsed.messages()) {
        if (before != null && m.id() >= before) {
          continue;
        }
        if (afterId != null && m.id() <= afterId) {
          reachedKnown = true;
          continue;
        }
        messages.add(m);
      }
      OptionalLong oldest = parsed.oldestId();
      if (reachedKnown
          || oldest.isEmpty()
          || oldest.getAsLong() <= 1
          || (before != null && oldest.getAsLong() >= before)) {
        break;
      }
      before = oldest.getAsLong();
      next = URI.create(url() + "?before=" + before);
    }
    messages.sort(Comparator.comparingLong(TelegramWebPage.Message::id));
    return new Batch(messages, unreadable, pages);
  }
}
