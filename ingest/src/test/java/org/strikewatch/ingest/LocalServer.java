package org.strikewatch.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web server on 127.0.0.1 and a free port, serving responses written by the test, and recording
 * every request (path with query, User-Agent).
 */
public final class LocalServer implements AutoCloseable {
  /** What to answer for one request. */
  @FunctionalInterface
  public interface Responder {
    Response respond(int hit);
  }

  /** An answer: status, content type, body; {@code delayMillis} before answering. */
  public record Response(int status, String contentType, byte[] body, long delayMillis) {
    public static Response ok(String contentType, String body) {
      return new Response(200, contentType, body.getBytes(StandardCharsets.UTF_8), 0);
    }

    public static Response status(int status) {
      return new Response(
          status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8), 0);
    }
  }

  /** One request seen. */
  public record Request(String pathAndQuery, String userAgent) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Map<String, Responder> routes = new ConcurrentHashMap<>();
  private final Map<String, Integer> hits = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  public LocalServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /** Serves {@code responder} for a path with its query ("/s/chan?before=10"). */
  public LocalServer route(String pathAndQuery, Responder responder) {
    routes.put(pathAndQuery, responder);
    return this;
  }

  public URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public int hits(String pathAndQuery) {
    return hits.getOrDefault(pathAndQuery, 0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    URI u = exchange.getRequestURI();
    String key = u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    requests.add(new Request(key, exchange.getRequestHeaders().getFirst("User-Agent")));
    int hit = hits.merge(key, 1, Integer::sum);
    Responder responder = routes.get(key);
    Response response = responder == null ? Response.status(404) : responder.respond(hit);
    if (response.delayMillis() > 0) {
      try {
        Thread.sleep(response.delayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
      exchange.sendResponseHeaders(
          response.status(), response.body().length == 0 ? -1 : response.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body());
      }
    } catch (IOException e) {
      // the client gave up (a timeout test): nothing to answer
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
