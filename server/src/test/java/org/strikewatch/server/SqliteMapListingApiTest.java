package org.strikewatch.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The map listing end to end against an embedded SQLite database. */
class SqliteMapListingApiTest extends MapListingApiTest {
  @Override
  String freshDatabase() {
    try {
      return Files.createTempDirectory("strikewatch-map-").resolve("test.db").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
