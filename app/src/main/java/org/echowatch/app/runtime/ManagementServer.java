package org.echowatch.app.runtime;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.echowatch.common.Json;
import org.echowatch.indexer.http.RequestReadLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The management endpoints of a process that runs a stage: {@code GET /health/live} (200 while the
 * process answers), {@code GET /health/ready} (200 when every registered check holds, else 503,
 * with each check's outcome as JSON) and {@code GET /metrics} (Prometheus text).
 */
public final class ManagementServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ManagementServer.class);

  private final PrometheusMeterRegistry registry;
  private final List<HealthCheck> checks = new CopyOnWriteArrayList<>();
  private final HttpServer server;

  private ManagementServer(HttpServer server, PrometheusMeterRegistry registry) {
    this.server = server;
    this.registry = registry;
  }

  /**
   * Binds and starts the server.
   *
   * @param bind address to listen on
   * @param port port, 0 for a free one
   * @param registry whose meters {@code /metrics} renders
   * @throws IllegalArgumentException naming {@code ECHOWATCH_MANAGEMENT_PORT} when the port is
   *     taken
   */
  public static ManagementServer start(String bind, int port, PrometheusMeterRegistry registry) {
    HttpServer http;
    // the JDK reads the limit once, at the first server of the process: set it here too
    RequestReadLimit.apply();
    try {
      http = HttpServer.create(new InetSocketAddress(bind, port), 16);
    } catch (BindException e) {
      throw new IllegalArgumentException(
          "management port "
              + bind
              + ":"
              + port
              + " is taken; set ECHOWATCH_MANAGEMENT_PORT to a free port (0 picks one)",
          e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open management port " + bind + ":" + port, e);
    }
    var management = new ManagementServer(http, registry);
    http.createContext("/health/live", ex -> management.answer(ex, 200, "{\"status\":\"UP\"}"));
    http.createContext("/health/ready", management::ready);
    http.createContext("/metrics", management::metrics);
    http.createContext("/", ex -> management.answer(ex, 404, "{\"error\":\"not_found\"}"));
    http.setExecutor(Executors.newFixedThreadPool(2, r -> daemon(r, "management-http")));
    http.start();
    LOG.info(
        "management endpoints on http://{}:{}/health/ready and /metrics",
        bind,
        http.getAddress().getPort());
    return management;
  }

  /** Adds a readiness condition; {@code /health/ready} answers 503 until all hold. */
  public void addCheck(HealthCheck check) {
    checks.add(check);
  }

  /** The port actually bound. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Runs every check now. */
  public List<HealthCheck.Result> readiness() {
    var results = new ArrayList<HealthCheck.Result>();
    for (HealthCheck check : checks) {
      results.add(check.run());
    }
    return results;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void ready(HttpExchange exchange) throws IOException {
    List<HealthCheck.Result> results = readiness();
    boolean ready = !results.isEmpty() && results.stream().allMatch(HealthCheck.Result::ready);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", ready ? "UP" : "DOWN");
    body.put("checks", results);
    answer(exchange, ready ? 200 : 503, Json.write(body));
  }

  private void metrics(HttpExchange exchange) throws IOException {
    if (!"GET".equals(exchange.getRequestMethod())) {
      answer(exchange, 405, "{\"error\":\"method_not_allowed\"}");
      return;
    }
    byte[] text = registry.scrape().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
    exchange.sendResponseHeaders(200, text.length);
    try (var out = exchange.getResponseBody()) {
      out.write(text);
    }
  }

  private void answer(HttpExchange exchange, int status, String json) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod())) {
        status = 405;
        json = "{\"error\":\"method_not_allowed\"}";
      }
      byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
