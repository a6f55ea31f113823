package org.strikewatch.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContractTest {

  @TempDir Path dir;

  @Override
  Store openEmpty() {
    return Stores.open(dir.resolve("sub/strikewatch.db").toString());
  }

  @Override
  Store openAgain() {
    return Stores.open(dir.resolve("sub/strikewatch.db").toString());
  }
}
