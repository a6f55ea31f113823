package org.strikewatch.ingest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.strikewatch.ingest.ReadOptions;
import org.strikewatch.ingest.ReadResult;
import org.strikewatch.ingest.ReportSource;
import org.strikewatch.ingest.http.FetchException;
import org.strikewatch.ingest.http.FetchedPage;
import org.strikewatch.ingest.http.HttpFetcher;

/** The concrete sources: one file, a folder walked recursively, a URL. */
public final class Readers {
  private Readers() {}

  /** Reads one file by its bytes; problems reading it become a rejection. */
  public static List<ReadResult> readFile(Path file, ReadOptions options) {
    String origin = file.toString();
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > Formats.MAX_BYTES) {
        return List.of(
            ReadResult.rejected(
                origin,
                "file too large: " + size + " bytes (at most " + Formats.MAX_BYTES + ")",
                null));
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return List.of(
          ReadResult.rejected(
              origin,
              "cannot read file: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
              null));
    }
    Path name = file.getFileName();
    Input input =
        new Input(
            origin,
            name == null ? origin : name.toString(),
            bytes,
            null,
            null,
            options.clock().instant());
    return Formats.read(input, options);
  }

  /** JSON Lines files are streamed line by line (any size); other files are read whole. */
  static Stream<ReadResult> readFileLazily(Path file, ReadOptions options) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return JsonLinesReader.stream(file, options);
    }
    return readFile(file, options).stream();
  }

  /** Reads fetched bytes (a page, a feed) as if they were a file named after the URL path. */
  public static List<ReadResult> readFetched(FetchedPage page, ReadOptions options) {
    String url = page.uri().toString();
    String path = page.uri().getPath() == null ? "" : page.uri().getPath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    Input input =
        new Input(
            url,
            name.isEmpty() ? "index.html" : name,
            page.body(),
            page.contentType(),
            url,
            options.clock().instant());
    return Formats.read(input, options);
  }

  /**
   * Reads a fetched feed into entries with their identifying keys (for remembering what was seen).
   *
   * @throws FetchException when the response is not a readable feed
   */
  public static List<FeedReader.Entry> feedEntries(FetchedPage page, ReadOptions options)
      throws FetchException {
    String url = page.uri().toString();
    Input input =
        new Input(url, "feed.xml", page.body(), page.contentType(), url, options.clock().instant());
    try {
      return FeedReader.entries(input, options);
    } catch (Unreadable e) {
      throw new FetchException(url + " did not serve a feed: " + e.getMessage(), false);
    }
  }

  /** A single file. */
  public static ReportSource file(Path file, ReadOptions options) {
    return new ReportSource() {
      @Override
      public String origin() {
        return file.toString();
      }

      @Override
      public Stream<ReadResult> read() {
        return readFileLazily(file, options);
      }
    };
  }

  /** Every regular file under a folder, recursively, in name order; hidden entries included. */
  public static ReportSource directory(Path dir, ReadOptions options) {
    return new ReportSource() {
      @Override
      public String origin() {
        return dir.toString();
      }

      @Override
      public Stream<ReadResult> read() {
        Stream<Path> files;
        try {
          files = Files.walk(dir).filter(Files::isRegularFile).sorted();
        } catch (IOException e) {
          return Stream.of(
              ReadResult.rejected(dir.toString(), "cannot list folder: " + e.getMessage(), null));
        }
        return files.flatMap(f -> readFileLazily(f, options));
      }
    };
  }

  /** Files under a folder, in the order {@link #directory} reads them (for progress totals). */
  public static List<Path> listFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A URL: a Telegram channel preview ({@code https://t.me/s/CHANNEL}) is paged back up to {@code
   * maxPages}; anything else is fetched once and read by its content (article, feed, text).
   */
  public static ReportSource url(URI uri, HttpFetcher fetcher, ReadOptions options) {
    return new ReportSource() {
      @Override
      public String origin() {
        return uri.toString();
      }

      @Override
      public Stream<ReadResult> read() {
        return Stream.of(uri).flatMap(u -> fetchAndRead(u, fetcher, options).stream());
      }
    };
  }

  private static List<ReadResult> channelResults(URI uri, TelegramChannel.Batch batch) {
    List<ReadResult> out = new ArrayList<>(batch.unreadable());
    batch.messages().forEach(m -> out.add(m.result()));
    if (out.isEmpty()) {
      out.add(
          ReadResult.rejected(
              uri.toString(),
              "no messages on the channel preview (is the channel public, with previews on?)",
              null));
    }
    return out;
  }

  private static List<ReadResult> fetchAndRead(URI uri, HttpFetcher fetcher, ReadOptions options) {
    try {
      var channel = TelegramChannel.channelOf(uri.toString());
      if (channel.isPresent()) {
        TelegramChannel.Batch batch =
            TelegramChannel.of(channel.get()).read(fetcher, options, null, options.maxPages());
        return channelResults(uri, batch);
      }
      FetchedPage page = fetcher.fetch(uri);
      Optional<String> previewChannel = TelegramChannel.previewChannel(page);
      if (previewChannel.isPresent()) {
        TelegramChannel.Batch batch =
            TelegramChannel.at(previewChannel.get(), page.uri().resolve("/s/"))
                .read(fetcher, options, null, options.maxPages(), page);
        return channelResults(uri, batch);
      }
      return readFetched(page, options);
    } catch (FetchException e) {
      return List.of(ReadResult.rejected(uri.toString(), e.getMessage(), null));
    }
  }
}
