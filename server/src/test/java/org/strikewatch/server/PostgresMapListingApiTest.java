package org.strikewatch.server;

import org.strikewatch.store.PostgresTestServer;

/** The map listing end to end against a real PostgreSQL server. */
class PostgresMapListingApiTest extends MapListingApiTest {
  @Override
  String freshDatabase() {
    return PostgresTestServer.freshSchemaUrl();
  }
}
