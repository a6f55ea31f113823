package org.strikewatch.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The API end to end against an embedded SQLite database. */
class SqliteApiTest extends ApiContractTest {
  @Override
  String freshDatabase() {
    try {
      return Files.createTempDirectory("strikewatch-api-").resolve("test.db").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
