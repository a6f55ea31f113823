package org.strikewatch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.strikewatch.ingest.http.HttpFetcher;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.model.Rejection;

/** Fixtures and shortcuts shared by the ingest tests. */
public final class TestInputs {
  public static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");
  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final HttpFetcher NO_NETWORK = new HttpFetcher(HttpFetcher.Options.defaults());

  private TestInputs() {}

  /** A fixture file under src/test/resources/fixtures. */
  public static Path fixture(String name) {
    URL url = TestInputs.class.getResource("/fixtures/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies fixtures into {@code dir} and returns it. */
  public static Path copy(Path dir, String... names) {
    try {
      Files.createDirectories(dir);
      for (String n : names) {
        Files.copy(fixture(n), dir.resolve(n));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ReadOptions options() {
    return ReadOptions.builder().clock(CLOCK).build();
  }

  public static List<ReadResult> read(Path path) {
    return read(path, options());
  }

  public static List<ReadResult> read(Path path, ReadOptions options) {
    try (Stream<ReadResult> s = Sources.open(path.toString(), options, NO_NETWORK).read()) {
      return s.toList();
    }
  }

  public static List<IncomingReport> reports(List<ReadResult> results) {
    return results.stream()
        .filter(r -> r instanceof ReadResult.Read)
        .map(r -> ((ReadResult.Read) r).report())
        .toList();
  }

  public static List<Rejection> rejections(List<ReadResult> results) {
    return results.stream()
        .filter(r -> r instanceof ReadResult.Rejected)
        .map(r -> ((ReadResult.Rejected) r).rejection())
        .toList();
  }

  public static List<ReadResult.Skipped> skipped(List<ReadResult> results) {
    return results.stream()
        .filter(r -> r instanceof ReadResult.Skipped)
        .map(r -> (ReadResult.Skipped) r)
        .toList();
  }

  /** The only report read from a fixture. */
  public static IncomingReport single(String fixture) {
    List<ReadResult> results = read(fixture(fixture));
    if (results.size() != 1 || !(results.get(0) instanceof ReadResult.Read r)) {
      throw new AssertionError("expected one report from " + fixture + " but got " + results);
    }
    return r.report();
  }

  /** The only rejection read from a fixture. */
  public static Rejection rejected(Path file) {
    List<ReadResult> results = read(file);
    if (results.size() != 1 || !(results.get(0) instanceof ReadResult.Rejected r)) {
      throw new AssertionError("expected one rejection from " + file + " but got " + results);
    }
    return r.rejection();
  }
}
