package org.strikewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random and mangled bytes never crash a reader: every file gives results, none throws. */
class RandomInputTest {
  private static final List<String> NAMES =
      List.of(
          "x.txt",
          "x.md",
          "x.html",
          "x.json",
          "result.json",
          "x.jsonl",
          "x.rss",
          "x.xml",
          "x.atom",
          "x.gz",
          "noext");
  private static final List<String> FIXTURES =
      List.of(
          "front-matter.md",
          "article.html",
          "feed.rss",
          "feed.atom",
          "result.json",
          "reports.jsonl",
          "channel-page.html",
          "jsonld-article.html");

  @TempDir Path tmp;

  @Test
  void random_bytes_never_crash_a_reader() throws IOException {
    Random random = new Random(20240601L);
    for (int i = 0; i < 300; i++) {
      byte[] bytes = new byte[random.nextInt(2000)];
      random.nextBytes(bytes);
      if (i % 3 == 0 && bytes.length > 2) {
        bytes[0] = (byte) 0x1f; // pretend gzip
        bytes[1] = (byte) 0x8b;
      }
      assertReadable(write(i, NAMES.get(i % NAMES.size()), bytes));
    }
  }

  @Test
  void mangled_fixtures_never_crash_a_reader() throws IOException {
    Random random = new Random(42L);
    for (int i = 0; i < 400; i++) {
      String fixture = FIXTURES.get(i % FIXTURES.size());
      byte[] bytes = Files.readAllBytes(TestInputs.fixture(fixture));
      int edits = 1 + random.nextInt(8);
      for (int e = 0; e < edits && bytes.length > 0; e++) {
        int at = random.nextInt(bytes.length);
        switch (random.nextInt(3)) {
          case 0 -> bytes[at] = (byte) random.nextInt(256);
          case 1 -> bytes = java.util.Arrays.copyOf(bytes, at);
          default -> bytes[at] = (byte) "{}[]<>\"':,\n-".charAt(random.nextInt(12));
        }
      }
      assertReadable(write(i, fixture, bytes));
    }
  }

  private Path write(int i, String name, byte[] bytes) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("case" + i));
    return Files.write(dir.resolve(name), bytes);
  }

  private static void assertReadable(Path file) {
    List<ReadResult> results = TestInputs.read(file);
    assertThat(results).as(file.toString()).isNotEmpty();
  }
}
