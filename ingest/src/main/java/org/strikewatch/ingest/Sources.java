package org.strikewatch.ingest;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.strikewatch.ingest.http.HttpFetcher;
import org.strikewatch.ingest.internal.Readers;

/**
 * Opens what a user names as a source: an http(s) URL (an article, a feed, a Telegram channel's
 * {@code https://t.me/s/CHANNEL} preview), a folder (read recursively) or a file. Formats are
 * detected by content and file name.
 */
public final class Sources {
  private Sources() {}

  /**
   * The source named by {@code spec}.
   *
   * @throws IllegalArgumentException when it is neither a URL nor an existing file or folder
   */
  public static ReportSource open(String spec, ReadOptions options, HttpFetcher fetcher) {
    String s = spec.strip();
    if (isUrl(s)) {
      try {
        URI uri = new URI(s);
        if (uri.getHost() == null) {
          throw new IllegalArgumentException("not a valid URL: " + spec);
        }
        return Readers.url(uri, fetcher, options);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("not a valid URL: " + spec);
      }
    }
    Path path = Path.of(s);
    if (Files.isDirectory(path)) {
      return Readers.directory(path, options);
    }
    if (Files.isRegularFile(path)) {
      return Readers.file(path, options);
    }
    throw new IllegalArgumentException("no such file or folder: " + spec);
  }

  /**
   * As {@link #open}, but a folder becomes one source per file in it (recursively, in name order),
   * so a caller can show progress file by file.
   *
   * @throws IllegalArgumentException when it is neither a URL nor an existing file or folder
   */
  public static List<ReportSource> openEach(String spec, ReadOptions options, HttpFetcher fetcher) {
    Path path = Path.of(spec.strip());
    if (!isUrl(spec) && Files.isDirectory(path)) {
      try {
        return Readers.listFiles(path).stream().map(f -> Readers.file(f, options)).toList();
      } catch (UncheckedIOException e) {
        throw new IllegalArgumentException(
            "cannot list folder " + spec + ": " + e.getCause().getMessage());
      }
    }
    return List.of(open(spec, options, fetcher));
  }

  /** True if {@code spec} names an http(s) URL rather than a path. */
  public static boolean isUrl(String spec) {
    String s = spec.strip();
    return s.regionMatches(true, 0, "http://", 0, 7) || s.regionMatches(true, 0, "https://", 0, 8);
  }
}
