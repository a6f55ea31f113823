package org.strikewatch.cli.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.strikewatch.cli.UserError;
import org.strikewatch.cli.demo.DemoReports;
import org.strikewatch.cli.pipeline.Extractors;
import org.strikewatch.cli.pipeline.IngestPipeline;
import org.strikewatch.cli.pipeline.ReportExtractor;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.server.ServerOptions;
import org.strikewatch.server.StrikewatchServer;
import org.strikewatch.store.JdbcStore;
import org.strikewatch.store.Stores;
import org.strikewatch.store.query.IncidentQueries;

/** The real server on port 0 over a fresh SQLite database in a temporary folder. */
final class Site implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final IncidentQueries queries;
  private final StrikewatchServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  private Site(IncidentQueries queries, StrikewatchServer server) {
    this.queries = queries;
    this.server = server;
  }

  /** The demo reports plus one report full of markup, as the browser tests ingest them. */
  static List<IncomingReport> fixtureReports() {
    Instant now = Instant.parse("2024-06-01T00:00:00Z");
    List<IncomingReport> reports = new ArrayList<>(DemoReports.load(now));
    reports.add(
        IncomingReport.builder(resource("xss-report.txt"), "test:xss-report.txt")
            .source("<b>Markup</b> <img src=x onerror=\"window.__xss='source'\">")
            .url("https://example.org/test/xss")
            .published(LocalDate.of(2024, 4, 8))
            .fetchedAt(now)
            .language("en")
            .build());
    return reports;
  }

  /**
   * The standard extractor, or a skipped test while the build has none (so the browser tests start
   * running the moment the extractor is wired in).
   */
  static ReportExtractor extractor() {
    try {
      return Extractors.standard();
    } catch (UserError e) {
      Assumptions.abort("no incident extractor in this build: " + e.getMessage());
      throw e;
    }
  }

  /** Ingests {@code reports} through the real pipeline into {@code dir}/web.db and serves it. */
  static Site withReports(Path dir, List<IncomingReport> reports) {
    String spec = dir.resolve("web.db").toString();
    ReportExtractor extractor = extractor();
    try (JdbcStore store = Stores.open(spec)) {
      IngestPipeline pipeline = new IngestPipeline(store, extractor);
      reports.forEach(pipeline::accept);
      pipeline.finish();
    }
    return serve(spec);
  }

  /** Writes {@code n} synthetic incidents into {@code dir}/big.db and serves it. */
  static Site withSyntheticIncidents(Path dir, int n) {
    String spec = dir.resolve("big.db").toString();
    try (JdbcStore store = Stores.open(spec)) {
      SyntheticIncidents.write(store, n, 42);
    }
    return serve(spec);
  }

  private static Site serve(String spec) {
    IncidentQueries queries = IncidentQueries.open(spec, 2);
    StrikewatchServer server =
        StrikewatchServer.start(
            queries, null, ServerOptions.DEFAULTS.withPort(0).withCacheTtl(Duration.ZERO));
    return new Site(queries, server);
  }

  String url() {
    return server.baseUrl();
  }

  /** GETs an API path and parses the JSON answer. */
  JsonNode api(String path) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(url() + path)).GET().build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        throw new AssertionError(
            "GET " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = Site.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("test resource missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    queries.close();
  }
}
