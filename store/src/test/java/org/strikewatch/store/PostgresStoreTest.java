package org.strikewatch.store;

class PostgresStoreTest extends StoreContractTest {

  private String url = "";

  @Override
  Store openEmpty() {
    url = PostgresTestServer.freshSchemaUrl();
    return Stores.open(url);
  }

  @Override
  Store openAgain() {
    return Stores.open(url);
  }
}
