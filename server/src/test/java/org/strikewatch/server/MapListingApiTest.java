package org.strikewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.strikewatch.model.Incident;
import org.strikewatch.model.TimeSpan;
import org.strikewatch.model.Weapon;
import org.strikewatch.store.CanonicalIncident;
import org.strikewatch.store.JdbcStore;
import org.strikewatch.store.Stores;
import org.strikewatch.store.query.IncidentQueries;
import org.strikewatch.store.query.MapListing;

/**
 * {@code GET /api/map/incidents}, the lean listing the web map draws, end to end over real HTTP
 * against a real database. Subclasses say which database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MapListingApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JdbcStore store;
  private IncidentQueries queries;
  private StrikewatchServer server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** A spec of a fresh, empty database. */
  abstract String freshDatabase();

  @BeforeAll
  void start() {
    String spec = freshDatabase();
    store = Stores.open(spec);
    SeedFixture.populate(store);
    queries = IncidentQueries.open(spec, 2);
    server = StrikewatchServer.start(queries, null, ServerOptions.DEFAULTS.withPort(0));
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
    if (queries != null) {
      queries.close();
    }
    if (store != null) {
      store.close();
    }
  }

  private HttpResponse<byte[]> get(String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET();
    if (headers.length > 0) {
      b.headers(headers);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static JsonNode body(HttpResponse<byte[]> r) throws IOException {
    byte[] bytes = r.body();
    if (r.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        bytes = in.readAllBytes();
      }
    }
    return JSON.readTree(bytes);
  }

  /** The rows as maps from field name to value. */
  private static List<Map<String, JsonNode>> rows(JsonNode listing) {
    List<String> fields = new java.util.ArrayList<>();
    listing.get("fields").forEach(f -> fields.add(f.asText()));
    List<Map<String, JsonNode>> out = new java.util.ArrayList<>();
    for (JsonNode row : listing.get("rows")) {
      Map<String, JsonNode> m = new HashMap<>();
      for (int i = 0; i < fields.size(); i++) {
        m.put(fields.get(i), row.get(i));
      }
      out.add(m);
    }
    return out;
  }

  @Test
  void lists_every_incident_with_the_fields_the_map_draws() throws Exception {
    HttpResponse<byte[]> r = get("/api/map/incidents", "Accept-Encoding", "gzip");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    assertThat(r.headers().firstValue("Content-Encoding")).hasValue("gzip");
    JsonNode listing = body(r);
    assertThat(listing.get("fields"))
        .extracting(JsonNode::asText)
        .containsExactlyElementsOf(MapListing.FIELDS);
    long total = queries.count(org.strikewatch.store.query.IncidentFilter.ALL);
    assertThat(listing.get("count").asLong()).isEqualTo(total);
    List<Map<String, JsonNode>> rows = rows(listing);
    assertThat(rows).hasSize((int) total);

    for (Map<String, JsonNode> row : rows) {
      long id = row.get("id").asLong();
      Incident full = queries.incident(id).orElseThrow().held().incident();
      TimeSpan when = full.when();
      assertThat(row.get("start").isNull() ? null : LocalDate.parse(row.get("start").asText()))
          .isEqualTo(when.start());
      assertThat(row.get("timePrecision").asText()).isEqualTo(when.precision().code());
      assertThat(row.get("placePrecision").asText()).isEqualTo(full.where().precision().code());
      assertThat(row.get("lat").isNull() ? null : row.get("lat").asDouble())
          .isEqualTo(full.where().lat());
      assertThat(row.get("country").isNull() ? null : row.get("country").asText())
          .isEqualTo(full.where().country());
      assertThat(row.get("weapons"))
          .extracting(JsonNode::asText)
          .containsExactlyInAnyOrderElementsOf(
              full.weapons().stream().map(Weapon::code).distinct().toList());
      assertThat(row.get("ownTerritory").isNull() ? null : row.get("ownTerritory").asBoolean())
          .isEqualTo(full.ownTerritory());
    }
  }

  @Test
  void an_unchanged_listing_answers_not_modified() throws Exception {
    HttpResponse<byte[]> first = get("/api/map/incidents", "Accept-Encoding", "gzip");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
    assertThat(first.headers().firstValue("Last-Modified")).isPresent();

    HttpResponse<byte[]> again =
        get("/api/map/incidents", "Accept-Encoding", "gzip", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void a_client_without_gzip_gets_plain_json() throws Exception {
    HttpResponse<byte[]> r = get("/api/map/incidents", "Accept-Encoding", "identity");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(JSON.readTree(r.body()).get("rows").isArray()).isTrue();
  }

  @Test
  void new_and_changed_incidents_change_the_entity_tag_and_show_in_the_listing() throws Exception {
    // Runs in a fresh database of its own so the other tests see the fixture unchanged.
    String spec = freshDatabase();
    try (JdbcStore own = Stores.open(spec);
        IncidentQueries q = IncidentQueries.open(spec, 1)) {
      SeedFixture.populate(own);
      try (StrikewatchServer s =
          StrikewatchServer.start(q, null, ServerOptions.DEFAULTS.withPort(0))) {
        HttpRequest request =
            HttpRequest.newBuilder(URI.create(s.baseUrl() + "/api/map/incidents")).build();
        HttpResponse<byte[]> before = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        String etag = before.headers().firstValue("ETag").orElseThrow();
        long count = JSON.readTree(before.body()).get("count").asLong();

        Incident drone =
            Incident.builder()
                .when(TimeSpan.day(LocalDate.of(2024, 5, 1), "2024-05-01"))
                .where(SeedFixture.KHARKIV)
                .weapons(List.of(Weapon.DRONE))
                .launchedBy("RU")
                .confidence(0.8)
                .build();
        long id =
            SeedFixture.write(
                    own,
                    "A drone hit Kharkiv on 2024-05-01.",
                    "Suspilne",
                    LocalDate.of(2024, 5, 1),
                    List.of(drone),
                    List.of())
                .get(0);

        HttpResponse<byte[]> after =
            http.send(
                HttpRequest.newBuilder(URI.create(s.baseUrl() + "/api/map/incidents"))
                    .header("If-None-Match", etag)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(JSON.readTree(after.body()).get("count").asLong()).isEqualTo(count + 1);

        // Changing an incident (same count, same highest id) changes the tag too.
        String etagAfter = after.headers().firstValue("ETag").orElseThrow();
        own.updateIncident(
            id, new CanonicalIncident(drone.toBuilder().launchedBy("UA").build(), 2, "{}"));
        HttpResponse<byte[]> changed =
            http.send(
                HttpRequest.newBuilder(URI.create(s.baseUrl() + "/api/map/incidents"))
                    .header("If-None-Match", etagAfter)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(changed.statusCode()).isEqualTo(200);
        Map<String, JsonNode> row =
            rows(JSON.readTree(changed.body())).stream()
                .filter(r -> r.get("id").asLong() == id)
                .findFirst()
                .orElseThrow();
        assertThat(row.get("launchedBy").asText()).isEqualTo("UA");
        assertThat(row.get("sources").asInt()).isEqualTo(2);
      }
    }
  }

  @Test
  void unknown_parameters_are_rejected() throws Exception {
    HttpResponse<byte[]> r = get("/api/map/incidents?limit=5");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("unknown_parameter");
  }

  @Test
  void the_openapi_document_describes_the_listing() throws Exception {
    JsonNode doc = JSON.readTree(get("/api/openapi.json").body());
    JsonNode op = doc.path("paths").path("/api/map/incidents").path("get");
    assertThat(op.isMissingNode()).isFalse();
    JsonNode schema = doc.path("components").path("schemas").path("MapListing");
    assertThat(schema.path("properties").path("fields").path("example"))
        .extracting(JsonNode::asText)
        .containsExactlyElementsOf(MapListing.FIELDS);
  }
}
