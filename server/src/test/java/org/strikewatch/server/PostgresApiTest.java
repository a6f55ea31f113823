package org.strikewatch.server;

import org.strikewatch.store.PostgresTestServer;

/** The API end to end against a real PostgreSQL server. */
class PostgresApiTest extends ApiContractTest {
  @Override
  String freshDatabase() {
    return PostgresTestServer.freshSchemaUrl();
  }
}
