package org.strikewatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.PublishedSource;
import org.strikewatch.store.JdbcStore;
import org.strikewatch.store.Stores;
import org.strikewatch.store.query.IncidentQueries;
import org.strikewatch.store.query.QueryOptions;

/**
 * End-to-end API tests over real HTTP on a random port against a real database. Subclasses say
 * which database (SQLite, PostgreSQL).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiContractTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "test-token-5f1c";

  private JdbcStore store;
  private IncidentQueries queries;
  private StrikewatchServer readOnly;
  private StrikewatchServer writable;
  private long mergedId;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** A spec of a fresh, empty database. */
  abstract String freshDatabase();

  /** How the server's queries read the database. */
  QueryOptions queryOptions() {
    return QueryOptions.DEFAULTS.withReaders(2);
  }

  @BeforeAll
  void start() {
    String spec = freshDatabase();
    store = Stores.open(spec);
    mergedId = SeedFixture.populate(store);
    queries = IncidentQueries.open(spec, queryOptions());
    ServerOptions base = ServerOptions.DEFAULTS.withPort(0).withMaxBodyBytes(4096);
    readOnly = StrikewatchServer.start(queries, null, base);
    ReportIngestor ingestor =
        report -> {
          long id = store.add(report).reportId();
          Extraction e =
              new Extraction(
                  "en",
                  report.published(),
                  PublishedSource.GIVEN,
                  report.source(),
                  List.of(),
                  List.of(),
                  List.of("fake extractor"));
          return new IngestedReport(id, false, e);
        };
    writable =
        StrikewatchServer.start(
            queries, ingestor, base.withToken(TOKEN).withCacheTtl(Duration.ZERO));
  }

  @AfterAll
  void stop() {
    if (readOnly != null) {
      readOnly.close();
    }
    if (writable != null) {
      writable.close();
    }
    if (queries != null) {
      queries.close();
    }
    if (store != null) {
      store.close();
    }
  }

  private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(readOnly.baseUrl() + pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode getJson(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r = get(pathAndQuery);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    return JSON.readTree(r.body());
  }

  private HttpResponse<String> post(StrikewatchServer server, String body, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/reports"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void lists_own_territory_incidents_of_march_and_april_2024() throws Exception {
    JsonNode page =
        getJson("/api/incidents?ownTerritory=true&from=2024-03-01&to=2024-04-30&launchedBy=RU");
    assertThat(page.get("count").asInt()).isEqualTo(SeedFixture.OWN_MAR_APR);
    assertThat(page.get("nextCursor").isNull()).isTrue();
    JsonNode first = page.get("items").get(0);
    assertThat(first.get("when").get("start").asText()).isEqualTo("2024-04-28");
    assertThat(first.get("where").get("admin1").asText()).isEqualTo("Belgorod Oblast");
    assertThat(first.get("sources")).hasSize(2);
    assertThat(first.has("evidence")).isFalse();
  }

  @Test
  void cursor_paging_visits_every_incident_once() throws Exception {
    Set<Long> seen = new HashSet<>();
    String cursor = null;
    int pages = 0;
    do {
      JsonNode page =
          getJson(
              "/api/incidents?limit=3&sort=-date"
                  + (cursor == null ? "" : "&cursor=" + enc(cursor)));
      for (JsonNode item : page.get("items")) {
        assertThat(seen.add(item.get("id").asLong())).isTrue();
      }
      cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
      pages++;
    } while (cursor != null && pages < 20);
    assertThat(seen).hasSize(11);
  }

  @Test
  void cursor_paging_inside_a_map_box_visits_every_incident_in_it_once() throws Exception {
    for (String sort : List.of("-date", "date")) {
      Set<Long> seen = new HashSet<>();
      String last = null;
      String cursor = null;
      int pages = 0;
      do {
        JsonNode page =
            getJson(
                "/api/incidents?bbox=35.5,50,37.5,51&limit=2&sort="
                    + sort
                    + (cursor == null ? "" : "&cursor=" + enc(cursor)));
        for (JsonNode item : page.get("items")) {
          assertThat(seen.add(item.get("id").asLong())).isTrue();
          String day = item.get("when").get("start").asText();
          if (last != null) {
            assertThat(sort.startsWith("-") ? last.compareTo(day) >= 0 : last.compareTo(day) <= 0)
                .as(last + " then " + day)
                .isTrue();
          }
          last = day;
        }
        cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        pages++;
      } while (cursor != null && pages < 20);
      assertThat(seen).hasSize(9);
    }
  }

  @Test
  void filters_by_bbox_near_weapon_and_min_killed() throws Exception {
    assertThat(getJson("/api/incidents?bbox=35.5,49.5,37.0,50.2").get("count").asInt())
        .isEqualTo(1);
    assertThat(getJson("/api/incidents?near=" + enc("50.6,36.6,10")).get("count").asInt())
        .isEqualTo(7);
    assertThat(getJson("/api/incidents?weapon=drone,missile").get("count").asInt()).isEqualTo(2);
    assertThat(getJson("/api/incidents?minKilled=2").get("count").asInt()).isEqualTo(1);
    assertThat(getJson("/api/incidents?source=astra").get("count").asInt()).isEqualTo(1);
    assertThat(getJson("/api/incidents?text=car+park").get("count").asInt()).isEqualTo(1);
    // the text search also finds a source by its name
    assertThat(getJson("/api/incidents?text=suspilne").get("count").asInt())
        .isEqualTo(getJson("/api/incidents?source=suspilne").get("count").asInt())
        .isPositive();
    assertThat(getJson("/api/incidents?admin1=" + enc("Kharkiv Oblast")).get("count").asInt())
        .isEqualTo(1);
  }

  @Test
  void one_incident_has_sources_evidence_and_merge_history() throws Exception {
    JsonNode d = getJson("/api/incidents/" + mergedId);
    assertThat(d.get("sources")).hasSize(2);
    assertThat(d.get("evidence").get(0).get("text").asText()).isEqualTo("guided bomb");
    assertThat(d.get("mentions")).hasSize(2);
    assertThat(d.get("history").get(0).get("action").asText()).isEqualTo("created");
    assertThat(d.get("history").get(1).get("action").asText()).isEqualTo("merged");
    HttpResponse<String> missing = get("/api/incidents/999999");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body()).get("error").asText()).isEqualTo("not_found");
  }

  @Test
  void report_endpoint_returns_raw_text_and_extraction() throws Exception {
    long reportId =
        getJson("/api/incidents/" + mergedId).get("sources").get(0).get("reportId").asLong();
    JsonNode r = getJson("/api/reports/" + reportId);
    assertThat(r.get("text").asText()).isEqualTo(SeedFixture.SEED_TEXT);
    assertThat(r.get("extraction").get("claims").get(0).get("count").get("low").asInt())
        .isEqualTo(21);
  }

  @Test
  void stats_count_by_month_with_casualty_sums() throws Exception {
    JsonNode s = getJson("/api/stats?by=month&launchedBy=RU");
    assertThat(s.get("totalIncidents").asInt()).isEqualTo(9);
    JsonNode april = null;
    for (JsonNode row : s.get("rows")) {
      if (row.get("bucket").asText().equals("2024-04-01")) {
        april = row;
      }
    }
    assertThat(april).isNotNull();
    assertThat(april.get("incidents").asInt()).isEqualTo(4);
    assertThat(april.get("killed").get("best").asInt()).isEqualTo(3);
    assertThat(april.get("injured").get("best").asInt()).isEqualTo(12);
    JsonNode grouped = getJson("/api/stats?by=week&group=weapon&ownTerritory=true");
    assertThat(grouped.get("rows").get(0).get("group").asText()).isEqualTo("aerial_bomb");
    assertThat(grouped.get("rows").get(0).get("bucket").asText()).isEqualTo("2024-01-15");
  }

  @Test
  void trend_gives_a_ratio_with_an_interval_and_a_sentence() throws Exception {
    JsonNode t =
        getJson("/api/trend?ownTerritory=true&period=2024-03..2024-04&vs=2024-01..2024-02");
    assertThat(t.get("periodA").get("incidents").asInt()).isEqualTo(6);
    assertThat(t.get("periodB").get("incidents").asInt()).isEqualTo(2);
    double ratio = t.get("ratio").asDouble();
    assertThat(ratio).isCloseTo((6 / 61.0) / (2 / 60.0), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(t.get("ci95").get("low").asDouble()).isLessThan(ratio);
    assertThat(t.get("ci95").get("high").asDouble()).isGreaterThan(ratio);
    assertThat(t.get("sentence").asText())
        .startsWith(
            "3.0× more own-territory incidents in Mar–Apr 2024 than in Jan–Feb 2024, 95% CI ");
  }

  @Test
  void claims_show_at_least_21_beside_the_held_own_territory_incidents() throws Exception {
    JsonNode items = getJson("/api/claims").get("items");
    assertThat(items).hasSize(1);
    JsonNode c = items.get(0);
    assertThat(c.get("held").asInt()).isEqualTo(SeedFixture.OWN_MAR_APR);
    assertThat(c.get("sentence").asText())
        .isEqualTo(
            "Astra: at least 21 own-territory incidents launched by RU in Belgorod Oblast,"
                + " Mar–Apr 2024 — held: 6");
    assertThat(c.get("verdict").asText()).isEqualTo("fewer held than claimed (15 missing)");
    assertThat(c.get("incidents")).hasSize(6);
  }

  @Test
  void geojson_export_is_a_valid_feature_collection() throws Exception {
    HttpResponse<String> r = get("/api/export?format=geojson");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/geo+json");
    Geometry g = parseGeoJson(r.body());
    assertThat(g instanceof GeometryCollection).isTrue();
    assertThat(g.getNumGeometries()).isEqualTo(10);
    Point p = (Point) g.getGeometryN(0);
    assertThat(p.getY()).isBetween(49.0, 51.0);
    assertThat(p.getX()).isBetween(36.0, 37.0);
    JsonNode root = JSON.readTree(r.body());
    assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(root.get("features").get(0).get("properties").get("sources")).isNotEmpty();
  }

  private static Geometry parseGeoJson(String body) throws ParseException {
    return new GeoJsonReader().read(body);
  }

  @Test
  void csv_and_acled_exports_have_their_headers_and_source_urls() throws Exception {
    HttpResponse<String> csv = get("/api/export?format=csv");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).startsWith("id,date_start,date_end,time_precision");
    assertThat(lines).hasSize(12);
    assertThat(csv.body()).contains("https://example.org/");
    HttpResponse<String> acled = get("/api/export?format=acled-csv&weapon=missile");
    String[] rows = acled.body().split("\r\n");
    assertThat(rows[0])
        .isEqualTo(
            "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
                + "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,"
                + "civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,"
                + "longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp");
    assertThat(rows[1])
        .contains(
            "10 April 2024,2024,1,Political violence,Explosions/Remote violence,"
                + "Shelling/artillery/missile attack,Military Forces of Russia (2000-)")
        .contains(",804,Europe,Ukraine,Kharkiv Oblast,,,Kharkiv,49.99350,36.23040,1,");
  }

  @Test
  void bad_input_gets_json_errors_naming_the_field() throws Exception {
    HttpResponse<String> badDate = get("/api/incidents?from=2024-13-01");
    assertThat(badDate.statusCode()).isEqualTo(400);
    JsonNode e = JSON.readTree(badDate.body());
    assertThat(e.get("error").asText()).isEqualTo("bad_date");
    assertThat(e.get("field").asText()).isEqualTo("from");
    assertThat(e.get("detail").asText())
        .isEqualTo("from must be an ISO date (YYYY-MM-DD) but was \"2024-13-01\"");

    HttpResponse<String> unknown = get("/api/incidents?colour=red");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(unknown.body()).get("error").asText()).isEqualTo("unknown_parameter");
    assertThat(JSON.readTree(unknown.body()).get("field").asText()).isEqualTo("colour");

    HttpResponse<String> badBox = get("/api/incidents?bbox=1,2,3");
    assertThat(JSON.readTree(badBox.body()).get("detail").asText())
        .isEqualTo("bbox must be west,south,east,north (4 numbers) but was \"1,2,3\"");

    HttpResponse<String> badPeriod = get("/api/trend?period=March&vs=2024-01");
    assertThat(badPeriod.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(badPeriod.body()).get("field").asText()).isEqualTo("period");

    HttpResponse<String> badCursor = get("/api/incidents?cursor=nonsense");
    assertThat(badCursor.statusCode()).isEqualTo(400);

    HttpResponse<String> noRoute = get("/api/nothing-here");
    assertThat(noRoute.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(noRoute.body()).get("error").asText()).isEqualTo("not_found");
  }

  @Test
  void without_a_token_the_server_is_read_only_and_says_so() throws Exception {
    HttpResponse<String> r = post(readOnly, "{\"text\":\"x\"}", null);
    assertThat(r.statusCode()).isEqualTo(403);
    JsonNode e = JSON.readTree(r.body());
    assertThat(e.get("error").asText()).isEqualTo("read_only");
    assertThat(e.get("detail").asText())
        .isEqualTo(
            "this server is read-only: start it with STRIKEWATCH_TOKEN set to enable write"
                + " endpoints");
  }

  @Test
  void writes_need_the_right_bearer_token() throws Exception {
    assertThat(post(writable, "{\"text\":\"x\"}", null).statusCode()).isEqualTo(401);
    assertThat(post(writable, "{\"text\":\"x\"}", "wrong").statusCode()).isEqualTo(401);
    HttpResponse<String> ok =
        post(
            writable,
            "{\"text\":\"A drone fell near Kursk.\",\"published\":\"2024-05-02\",\"source\":\"Test\","
                + "\"url\":\"https://example.org/kursk\"}",
            TOKEN);
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(ok.body());
    assertThat(body.get("reportId").asLong()).isPositive();
    assertThat(body.get("extraction").get("schema").asText()).isEqualTo("strikewatch.extract/1");
  }

  @Test
  void malformed_and_oversized_bodies_are_rejected_with_json() throws Exception {
    HttpResponse<String> malformed = post(writable, "{\"text\": ", TOKEN);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(malformed.body()).get("error").asText()).isEqualTo("malformed_json");
    HttpResponse<String> unknownField = post(writable, "{\"text\":\"x\",\"colour\":1}", TOKEN);
    assertThat(JSON.readTree(unknownField.body()).get("field").asText()).isEqualTo("colour");
    HttpResponse<String> badDate =
        post(writable, "{\"text\":\"x\",\"published\":\"May 2\"}", TOKEN);
    assertThat(JSON.readTree(badDate.body()).get("error").asText()).isEqualTo("bad_date");
    HttpResponse<String> big = post(writable, "{\"text\":\"" + "a".repeat(5000) + "\"}", TOKEN);
    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(big.body()).get("error").asText()).isEqualTo("body_too_large");
    assertThat(big.body()).doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void serves_a_valid_openapi_document_and_swagger_ui_offline() throws Exception {
    JsonNode doc = getJson("/api/openapi.json");
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    assertThat(doc.get("paths").has("/api/incidents")).isTrue();
    HttpResponse<String> docs = get("/api/docs");
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body()).contains("swagger-ui-bundle.js");
    HttpResponse<String> bundle = get("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js");
    assertThat(bundle.statusCode()).isEqualTo(200);
  }
}
