package org.strikewatch.server.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.model.json.ExtractionJson;
import org.strikewatch.server.IngestFailedException;
import org.strikewatch.server.IngestedReport;
import org.strikewatch.server.ReportIngestor;
import org.strikewatch.server.ServerOptions;
import org.strikewatch.server.web.WebMap;
import org.strikewatch.store.query.ClaimCheck;
import org.strikewatch.store.query.ExportFormat;
import org.strikewatch.store.query.IncidentDetail;
import org.strikewatch.store.query.IncidentFilter;
import org.strikewatch.store.query.IncidentQueries;
import org.strikewatch.store.query.IncidentSort;
import org.strikewatch.store.query.Period;
import org.strikewatch.store.query.QueryException;
import org.strikewatch.store.query.QueryJson;
import org.strikewatch.store.query.ReportView;
import org.strikewatch.store.query.StatsRequest;

/** The API routes, static files and the one place where exceptions become JSON errors. */
public final class Routes {

  private static final Logger LOG = LoggerFactory.getLogger(Routes.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final String JSON = "application/json; charset=utf-8";
  private static final String SWAGGER = "/webjars/swagger-ui/5.34.1";

  /** Default and largest page sizes of GET /api/incidents. */
  public static final int DEFAULT_LIMIT = 50;

  private final IncidentQueries queries;
  private final @Nullable ReportIngestor ingestor;
  private final ServerOptions options;
  private final ResponseCache cache;

  private Routes(
      IncidentQueries queries, @Nullable ReportIngestor ingestor, ServerOptions options) {
    this.queries = queries;
    this.ingestor = ingestor;
    this.options = options;
    this.cache = new ResponseCache(options.cacheTtl());
  }

  /** A configured, not yet started Javalin app. */
  public static Javalin create(
      IncidentQueries queries, @Nullable ReportIngestor ingestor, ServerOptions options) {
    Routes r = new Routes(queries, ingestor, options);
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.jetty.threadPool =
              new QueuedThreadPool(options.maxThreads(), Math.min(4, options.maxThreads()), 60_000);
          config.http.maxRequestSize = options.maxBodyBytes();
          config.staticFiles.enableWebjars();
          config.registerPlugin(WebMap.fromEnvironment());
          if (Routes.class.getResource("/web") != null) {
            config.staticFiles.add("/web", Location.CLASSPATH);
          }
          var routes = config.routes;
          routes.get("/api", r::index);
          routes.get("/api/incidents", r::incidents);
          routes.get("/api/incidents/{id}", r::incident);
          routes.get("/api/map/incidents", MapListingHandler.prepared(queries.mapListing()));
          routes.get("/api/stats", r::stats);
          routes.get("/api/trend", r::trend);
          routes.get("/api/claims", r::claims);
          routes.get("/api/reports/{id}", r::report);
          routes.post("/api/reports", r::postReport);
          routes.get("/api/export", r::export);
          routes.get("/api/openapi.json", Routes::openApi);
          routes.get("/api/docs", Routes::docs);
          routes.exception(ApiError.class, (e, ctx) -> error(ctx, e));
          routes.exception(
              IllegalArgumentException.class,
              (e, ctx) -> error(ctx, new ApiError(400, "bad_request", e.getMessage(), null)));
          routes.exception(
              HttpResponseException.class,
              (e, ctx) ->
                  error(
                      ctx,
                      new ApiError(
                          e.getStatus(),
                          httpErrorCode(e.getStatus()),
                          e.getStatus() == 413
                              ? "request body exceeds the limit of "
                                  + options.maxBodyBytes()
                                  + " bytes"
                              : e.getStatus() == 404
                                  ? notFoundDetail(ctx, e.getMessage())
                                  : Objects.toString(e.getMessage(), "HTTP " + e.getStatus()),
                          null)));
          routes.exception(
              IngestFailedException.class,
              (e, ctx) ->
                  error(
                      ctx,
                      new ApiError(
                          422,
                          "extraction_failed",
                          "report "
                              + e.reportId()
                              + " was stored but could not be extracted: "
                              + e.getMessage(),
                          null)));
          routes.exception(
              QueryException.class,
              (e, ctx) -> {
                LOG.error("query failed on {}: {}", ctx.path(), e.getMessage(), e);
                error(
                    ctx,
                    new ApiError(
                        500, "database_error", "the database could not answer this query", null));
              });
          routes.exception(
              Exception.class,
              (e, ctx) -> {
                LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
                error(ctx, new ApiError(500, "internal_error", "internal server error", null));
              });
          routes.error(
              404,
              ctx -> {
                if (ctx.path().startsWith("/api") && ctx.result() == null) {
                  error(
                      ctx, new ApiError(404, "not_found", "no such endpoint: " + ctx.path(), null));
                }
              });
          routes.error(
              405,
              ctx -> {
                if (ctx.path().startsWith("/api")) {
                  error(
                      ctx,
                      new ApiError(
                          405,
                          "method_not_allowed",
                          ctx.method() + " is not allowed on " + ctx.path(),
                          null));
                }
              });
        });
  }

  // ---- error output: the one place ----------------------------------------------------------

  private static String notFoundDetail(Context ctx, @Nullable String message) {
    if (message == null
        || message.isBlank()
        || message.equalsIgnoreCase("Not found")
        || message.startsWith("Endpoint ")) {
      return "no such endpoint: " + ctx.path();
    }
    return message;
  }

  private static String httpErrorCode(int status) {
    switch (status) {
      case 404:
        return "not_found";
      case 405:
        return "method_not_allowed";
      case 413:
        return "body_too_large";
      default:
        return "http_error";
    }
  }

  private static void error(Context ctx, ApiError e) {
    ObjectNode o = F.objectNode();
    o.put("error", e.error());
    o.put("detail", e.detail());
    if (e.field() != null) {
      o.put("field", e.field());
    }
    if (e.status() == 401) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"strikewatch\"");
    }
    ctx.status(e.status()).contentType(JSON).result(bytes(o));
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise JSON", e);
    }
  }

  private void cachedJson(Context ctx, java.util.function.Supplier<JsonNode> answer) {
    cachedBytes(ctx, () -> bytes(answer.get()));
  }

  private void cachedBytes(Context ctx, java.util.function.Supplier<byte[]> answer) {
    String key = ctx.path() + "?" + Objects.toString(ctx.queryString(), "");
    ResponseCache.Entry e =
        cache.get(key, () -> new ResponseCache.Entry(200, JSON, answer.get(), 0));
    ctx.status(e.status()).contentType(e.contentType()).result(e.body());
  }

  // ---- read endpoints -----------------------------------------------------------------------

  private void index(Context ctx) {
    ObjectNode o = F.objectNode();
    o.put("name", "strikewatch");
    o.put("database", queries.describe());
    o.put("writable", options.token() != null && ingestor != null);
    o.put("openapi", "/api/openapi.json");
    o.put("docs", "/api/docs");
    ctx.contentType(JSON).result(bytes(o));
  }

  private static List<String> with(List<String> base, String... more) {
    List<String> all = new ArrayList<>(base);
    all.addAll(List.of(more));
    return all;
  }

  private void incidents(Context ctx) {
    QueryParams p =
        QueryParams.of(
            ctx.queryParamMap(), with(QueryParams.FILTER_NAMES, "sort", "limit", "cursor"));
    IncidentFilter filter = p.filter();
    IncidentSort sort =
        Optional.ofNullable(p.parse("sort", IncidentSort::parse)).orElse(IncidentSort.NEWEST);
    int limit = p.integer("limit", DEFAULT_LIMIT, 1, IncidentQueries.MAX_PAGE);
    String cursor = p.get("cursor");
    cachedBytes(
        ctx,
        () -> {
          try {
            return queries.findJson(filter, sort, limit, cursor);
          } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("bad_value", e.getMessage(), "cursor");
          }
        });
  }

  private static long id(Context ctx) {
    String raw = ctx.pathParam("id");
    try {
      long id = Long.parseLong(raw);
      if (id < 1) {
        throw new NumberFormatException(raw);
      }
      return id;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(
          "bad_value", "id must be a positive integer but was \"" + raw + "\"", "id");
    }
  }

  private void incident(Context ctx) {
    QueryParams.of(ctx.queryParamMap(), List.of());
    long id = id(ctx);
    IncidentDetail d =
        queries
            .incident(id)
            .orElseThrow(() -> new ApiError(404, "not_found", "no incident " + id, "id"));
    ctx.contentType(JSON).result(bytes(QueryJson.detail(d)));
  }

  private void stats(Context ctx) {
    QueryParams p =
        QueryParams.of(ctx.queryParamMap(), with(QueryParams.FILTER_NAMES, "by", "group"));
    IncidentFilter filter = p.filter();
    StatsRequest.Bucket by =
        Optional.ofNullable(p.parse("by", StatsRequest.Bucket::parse))
            .orElse(StatsRequest.Bucket.MONTH);
    StatsRequest.Group group = p.parse("group", StatsRequest.Group::parse);
    cachedJson(ctx, () -> QueryJson.stats(queries.stats(filter, new StatsRequest(by, group))));
  }

  private void trend(Context ctx) {
    QueryParams p =
        QueryParams.of(ctx.queryParamMap(), with(QueryParams.FILTER_NAMES, "period", "vs"));
    IncidentFilter filter = p.filter();
    p.require("period");
    p.require("vs");
    Period a = p.parse("period", Period::parse);
    Period b = p.parse("vs", Period::parse);
    cachedJson(
        ctx,
        () ->
            QueryJson.trend(
                queries.trend(filter, Objects.requireNonNull(a), Objects.requireNonNull(b))));
  }

  private void claims(Context ctx) {
    QueryParams p = QueryParams.of(ctx.queryParamMap(), List.of("limit"));
    int limit = p.integer("limit", 20, 0, IncidentQueries.MAX_PAGE);
    cachedJson(
        ctx,
        () -> {
          ArrayNode items = F.arrayNode();
          for (ClaimCheck c : queries.claims(limit)) {
            items.add(QueryJson.claimCheck(c));
          }
          ObjectNode o = F.objectNode();
          o.set("items", items);
          return o;
        });
  }

  private void report(Context ctx) {
    QueryParams.of(ctx.queryParamMap(), List.of());
    long id = id(ctx);
    ReportView r =
        queries
            .report(id)
            .orElseThrow(() -> new ApiError(404, "not_found", "no report " + id, "id"));
    ctx.contentType(JSON).result(bytes(QueryJson.report(r)));
  }

  private void export(Context ctx) throws IOException {
    QueryParams p =
        QueryParams.of(ctx.queryParamMap(), with(QueryParams.FILTER_NAMES, "format", "sort"));
    IncidentFilter filter = p.filter();
    ExportFormat format =
        Optional.ofNullable(p.parse("format", ExportFormat::parse)).orElse(ExportFormat.CSV);
    IncidentSort sort =
        Optional.ofNullable(p.parse("sort", IncidentSort::parse))
            .orElse(new IncidentSort(IncidentSort.Key.DATE, false));
    ctx.contentType(format.mediaType());
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"strikewatch-incidents." + format.extension() + "\"");
    Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    queries.export(filter, sort, format, out, Instant.now());
    out.flush();
  }

  // ---- write endpoint -----------------------------------------------------------------------

  private void postReport(Context ctx) {
    authorize(ctx);
    ReportIngestor in = ingestor;
    if (in == null) {
      throw new ApiError(
          403,
          "read_only",
          "this server was started without an ingest pipeline; it is read-only",
          null);
    }
    String length = ctx.header("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.trim()) > options.maxBodyBytes()) {
          throw new ApiError(
              413,
              "body_too_large",
              "request body exceeds the limit of " + options.maxBodyBytes() + " bytes",
              null);
        }
      } catch (NumberFormatException e) {
        throw ApiError.badRequest("bad_request", "Content-Length is not a number", null);
      }
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > options.maxBodyBytes()) {
      throw new ApiError(
          413,
          "body_too_large",
          "request body exceeds the limit of " + options.maxBodyBytes() + " bytes",
          null);
    }
    IncomingReport report = parseReport(body);
    IngestedReport result = in.ingest(report);
    cache.clear();
    ObjectNode o = F.objectNode();
    o.put("reportId", result.reportId());
    o.put("alreadyStored", result.alreadyStored());
    o.set("extraction", ExtractionJson.toJson(result.extraction()));
    ctx.status(result.alreadyStored() ? 200 : 201).contentType(JSON).result(bytes(o));
  }

  private void authorize(Context ctx) {
    String token = options.token();
    if (token == null) {
      throw new ApiError(
          403,
          "read_only",
          "this server is read-only: start it with STRIKEWATCH_TOKEN set to enable write endpoints",
          null);
    }
    String header = ctx.header("Authorization");
    String prefix = "Bearer ";
    if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
      throw new ApiError(
          401,
          "unauthorized",
          "write endpoints need an Authorization: Bearer <token> header",
          null);
    }
    byte[] given = header.substring(prefix.length()).trim().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8))) {
      throw new ApiError(401, "unauthorized", "the bearer token is not valid", null);
    }
  }

  static IncomingReport parseReport(byte[] body) {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (IOException e) {
      String where =
          e instanceof JsonProcessingException
                  && ((JsonProcessingException) e).getLocation() != null
              ? " at line "
                  + ((JsonProcessingException) e).getLocation().getLineNr()
                  + ", column "
                  + ((JsonProcessingException) e).getLocation().getColumnNr()
              : "";
      throw ApiError.badRequest("malformed_json", "request body is not valid JSON" + where, null);
    }
    if (root == null || !root.isObject()) {
      throw ApiError.badRequest(
          "malformed_json",
          "request body must be a JSON object {text, published, source, url}",
          null);
    }
    Iterator<String> names = root.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!List.of("text", "published", "source", "url").contains(name)) {
        throw ApiError.badRequest(
            "unknown_field",
            "unknown field \"" + name + "\"; a report has text, published, source, url",
            name);
      }
    }
    String text = string(root, "text");
    if (text == null || text.isBlank()) {
      throw ApiError.badRequest("missing_field", "text is required and must not be empty", "text");
    }
    String publishedRaw = string(root, "published");
    LocalDate published = null;
    if (publishedRaw != null) {
      try {
        published =
            LocalDate.parse(
                publishedRaw.length() > 10 && publishedRaw.charAt(10) == 'T'
                    ? publishedRaw.substring(0, 10)
                    : publishedRaw);
      } catch (DateTimeParseException e) {
        throw ApiError.badRequest(
            "bad_date",
            "published must be an ISO date (YYYY-MM-DD) but was \"" + publishedRaw + "\"",
            "published");
      }
    }
    String source = string(root, "source");
    String url = string(root, "url");
    String origin = url != null ? url : "api:POST /api/reports";
    return IncomingReport.builder(text, origin)
        .source(source)
        .url(url)
        .published(published)
        .mediaType("text/plain")
        .build();
  }

  private static @Nullable String string(JsonNode root, String name) {
    JsonNode n = root.get(name);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      throw ApiError.badRequest("bad_value", name + " must be a string", name);
    }
    return n.asText();
  }

  // ---- documentation ------------------------------------------------------------------------

  private static void openApi(Context ctx) {
    try (InputStream in =
        Routes.class.getResourceAsStream("/org/strikewatch/server/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json missing from the server jar");
      }
      ctx.contentType(JSON).result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void docs(Context ctx) {
    String html =
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Strikewatch API</title>"
            + "<link rel=\"stylesheet\" href=\""
            + SWAGGER
            + "/swagger-ui.css\"></head><body><div id=\"swagger-ui\"></div>"
            + "<script src=\""
            + SWAGGER
            + "/swagger-ui-bundle.js\"></script>"
            + "<script>window.ui = SwaggerUIBundle({url: '/api/openapi.json',"
            + " dom_id: '#swagger-ui'});</script></body></html>\n";
    ctx.contentType("text/html; charset=utf-8").result(html);
  }
}
