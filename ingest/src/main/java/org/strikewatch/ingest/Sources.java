package org.strikewatch.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    if (s.regionMatches(true, 0, "http://", 0, 7) || s.regionMatches(true, 0, "https://", 0, 8)) {
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
}
