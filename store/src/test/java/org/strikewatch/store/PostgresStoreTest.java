package org.strikewatch.store;

class PostgresStoreTest extends StoreContractTest {

  @Override
  Store openEmpty() {
    return Stores.open(PostgresTestServer.freshSchemaUrl());
  }
}
