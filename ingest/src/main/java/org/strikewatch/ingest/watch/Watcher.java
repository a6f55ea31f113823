package org.strikewatch.ingest.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikewatch.ingest.ReadOptions;
import org.strikewatch.ingest.ReadResult;
import org.strikewatch.ingest.http.FetchException;
import org.strikewatch.ingest.http.HttpFetcher;
import org.strikewatch.ingest.internal.FeedReader;
import org.strikewatch.ingest.internal.Readers;
import org.strikewatch.ingest.internal.TelegramChannel;
import org.strikewatch.ingest.internal.TelegramWebPage;

/**
 * The monitor: polls each watched source when it is due, hands only what is new to the sink,
 * records progress in the {@link WatchState} after the sink has kept it (so a crash re-reads rather
 * than loses; the store drops exact repeats), and logs one line per cycle.
 */
public final class Watcher {
  private static final Logger LOG = LoggerFactory.getLogger(Watcher.class);
  private static final Pattern PREVIEW_PATH = Pattern.compile("^/s/([A-Za-z0-9_]{3,64})/?$");

  /** What one cycle did. */
  public record Cycle(
      int number,
      int polled,
      int read,
      int rejected,
      int skipped,
      List<String> failures,
      ReportSink.Delivery delivery) {
    public Cycle {
      failures = List.copyOf(failures);
    }
  }

  private final List<WatchedSource> sources;
  private final WatchState state;
  private final HttpFetcher fetcher;
  private final ReadOptions options;
  private final ReportSink sink;
  private final Clock clock;
  private final Map<String, Instant> due = new HashMap<>();
  private int cycles;

  public Watcher(
      List<WatchedSource> sources,
      WatchState state,
      HttpFetcher fetcher,
      ReadOptions options,
      ReportSink sink) {
    this.sources = List.copyOf(sources);
    this.state = state;
    this.fetcher = fetcher;
    this.options = options;
    this.sink = sink;
    this.clock = options.clock();
  }

  /** Polls every source once, due or not. */
  public Cycle runOnce() {
    return cycle(sources);
  }

  /**
   * Polls sources as they fall due until {@code stop} says so or the thread is interrupted. Sources
   * are due at start, then every {@link WatchedSource#interval()}.
   */
  public void run(BooleanSupplier stop) {
    while (!stop.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
      Instant now = clock.instant();
      List<WatchedSource> dueNow = new ArrayList<>();
      Instant next = null;
      for (WatchedSource s : sources) {
        Instant at = due.getOrDefault(s.stateKey(), now);
        if (!at.isAfter(now)) {
          dueNow.add(s);
          due.put(s.stateKey(), now.plus(s.interval()));
          at = now.plus(s.interval());
        }
        next = next == null || at.isBefore(next) ? at : next;
      }
      if (!dueNow.isEmpty()) {
        cycle(dueNow);
      }
      Duration wait =
          next == null ? Duration.ofSeconds(1) : Duration.between(clock.instant(), next);
      try {
        Thread.sleep(Math.max(50, Math.min(wait.toMillis(), 1000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private Cycle cycle(List<WatchedSource> toPoll) {
    long started = System.nanoTime();
    int number = ++cycles;
    int read = 0;
    int rejected = 0;
    int skipped = 0;
    List<String> failures = new ArrayList<>();
    List<String> perSource = new ArrayList<>();
    ReportSink.Delivery delivered = ReportSink.Delivery.NONE;
    for (WatchedSource source : toPoll) {
      try {
        Polled polled = poll(source);
        ReportSink.Delivery d =
            polled.results().isEmpty() ? ReportSink.Delivery.NONE : sink.deliver(polled.results());
        polled.commit().run();
        state.recordPolled(source.stateKey(), clock.instant());
        state.save();
        delivered = delivered.plus(d);
        int r = 0;
        for (ReadResult result : polled.results()) {
          if (result instanceof ReadResult.Read) {
            r++;
          } else if (result instanceof ReadResult.Rejected) {
            rejected++;
          } else {
            skipped++;
          }
        }
        read += r;
        perSource.add(source.name() + " " + r);
      } catch (FetchException e) {
        failures.add(source.name() + ": " + e.getMessage());
        perSource.add(source.name() + " failed");
      }
    }
    long ms = (System.nanoTime() - started) / 1_000_000;
    LOG.info(
        "watch cycle {}: polled {} ({}); {} new reports read, {} rejected, {} skipped;"
            + " stored {}, duplicate {}, quarantined {}; {} failed{} in {} ms",
        number,
        toPoll.size(),
        String.join(", ", perSource),
        read,
        rejected,
        skipped,
        delivered.stored(),
        delivered.duplicates(),
        delivered.quarantined(),
        failures.size(),
        failures.isEmpty() ? "" : " (" + String.join("; ", failures) + ")",
        ms);
    return new Cycle(number, toPoll.size(), read, rejected, skipped, failures, delivered);
  }

  /** What a poll read, and how to record it once delivered. */
  private record Polled(List<ReadResult> results, Runnable commit) {}

  private Polled poll(WatchedSource source) throws FetchException {
    ReadOptions named = withSource(source.name());
    String key = source.stateKey();
    if (source.kind() == WatchedSource.Kind.TELEGRAM) {
      TelegramChannel channel = channel(source);
      OptionalLong last = state.lastMessageId(key);
      // The first poll of a channel reads only its newest page; later polls page back to the
      // last message seen, at most maxPages pages.
      int pages = last.isPresent() ? source.maxPages() : 1;
      TelegramChannel.Batch batch =
          channel.read(fetcher, named, last.isPresent() ? last.getAsLong() : null, pages);
      List<ReadResult> results = new ArrayList<>(batch.unreadable());
      batch.messages().stream().map(TelegramWebPage.Message::result).forEach(results::add);
      OptionalLong newest = batch.newestId();
      return new Polled(
          results,
          () -> {
            if (newest.isPresent()) {
              state.recordMessageId(key, newest.getAsLong());
            }
          });
    }
    List<FeedReader.Entry> entries = Readers.feedEntries(fetcher.fetch(source.url()), named);
    List<ReadResult> results = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (FeedReader.Entry e : entries) {
      keys.add(e.key());
      if (!state.seen(key, e.key())) {
        results.add(e.result());
      }
    }
    // feeds list the newest first; remember oldest first so the newest stay longest
    List<String> oldestFirst = new ArrayList<>(keys);
    java.util.Collections.reverse(oldestFirst);
    return new Polled(results, () -> state.recordSeen(key, oldestFirst));
  }

  private static TelegramChannel channel(WatchedSource source) {
    Optional<String> onTelegram = TelegramChannel.channelOf(source.url().toString());
    if (onTelegram.isPresent()) {
      return TelegramChannel.of(onTelegram.get());
    }
    String path = source.url().getPath() == null ? "" : source.url().getPath();
    Matcher m = PREVIEW_PATH.matcher(path);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a Telegram preview URL: " + source.url());
    }
    return TelegramChannel.at(m.group(1), source.url().resolve("/s/"));
  }

  private ReadOptions withSource(String name) {
    return ReadOptions.builder()
        .source(options.source() != null ? options.source() : name)
        .published(options.published())
        .telegramChannel(options.telegramChannel())
        .clock(options.clock())
        .maxPages(options.maxPages())
        .build();
  }
}
