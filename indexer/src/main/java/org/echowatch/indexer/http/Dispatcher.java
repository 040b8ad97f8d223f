package org.echowatch.indexer.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.echowatch.common.Json;
import org.echowatch.indexer.IndexerMetrics;
import org.echowatch.indexer.auth.Sessions;
import org.echowatch.indexer.auth.Sessions.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry of the HTTP server. For every request: security headers; the session from the
 * {@code ew_session} cookie; for {@code /api/}, the route, then 401 without a session, 403 {@code
 * forbidden} below the route's role, 403 {@code csrf} on a state-changing call without the
 * session's token; everything else is a page file. Errors become JSON answers.
 */
final class Dispatcher implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
  static final String COOKIE = "ew_session";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD");
  // Error codes are fixed words in the code; anything else would be an unbounded tag value.
  private static final Pattern REASON = Pattern.compile("[a-z_]{1,40}");

  private final Router api;
  private final StaticFiles files;
  private final Sessions sessions;
  private final IndexerMetrics metrics;

  Dispatcher(Router api, StaticFiles files, Sessions sessions, IndexerMetrics metrics) {
    this.api = api;
    this.files = files;
    this.sessions = sessions;
    this.metrics = metrics;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      SecurityHeaders.apply(exchange.getResponseHeaders());
      Response response;
      try {
        String path = exchange.getRequestURI().getPath();
        Session session = sessions.touch(cookie(exchange)).orElse(null);
        // API paths are routed undecoded, so that an encoded '/' or '%' stays inside its segment;
        // the router decodes each parameter once
        response =
            path.startsWith("/api/")
                ? api(exchange, exchange.getRequestURI().getRawPath(), session)
                : files.serve(exchange.getRequestMethod(), path, session != null);
      } catch (ApiException e) {
        response = Response.json(e.status(), e.body());
      } catch (IllegalArgumentException e) {
        response =
            Response.json(
                400, Map.of("error", "bad_request", "message", String.valueOf(e.getMessage())));
      } catch (Exception e) {
        metrics.error("http");
        LOG.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        response = Response.json(500, Map.of("error", "internal"));
      }
      if (response.status() >= 400 && response.status() < 500) {
        metrics.rejected(reason(response));
      }
      if (response != Response.SENT) {
        send(exchange, response);
      }
    }
  }

  private Response api(HttpExchange exchange, String path, Session session) throws Exception {
    String method = exchange.getRequestMethod();
    var found = api.find(method, path);
    if (found.isEmpty()) {
      if (api.knows(path)) {
        return Response.json(405, Map.of("error", "method_not_allowed"));
      }
      return Response.json(404, Map.of("error", "not_found", "message", path));
    }
    Router.Route route = found.get().route();
    if (route.required() != null) {
      if (session == null) {
        return Response.json(401, Map.of("error", "unauthenticated"));
      }
      if (!session.role().includes(route.required())) {
        return Response.json(
            403, Map.of("error", "forbidden", "required", route.required().wireName()));
      }
      if (!SAFE_METHODS.contains(method) && !csrfOk(exchange, session)) {
        return Response.json(403, Map.of("error", "csrf"));
      }
    }
    return route.handler().handle(new Request(exchange, found.get().params(), session));
  }

  private static boolean csrfOk(HttpExchange exchange, Session session) {
    String sent = exchange.getRequestHeaders().getFirst("X-CSRF-Token");
    return sent != null
        && MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8),
            session.csrfToken().getBytes(StandardCharsets.UTF_8));
  }

  /** The {@code error} code of a JSON answer, as the tag of the rejected-requests counter. */
  static String reason(Response response) {
    if (!Response.JSON.equals(response.contentType())) {
      return "other";
    }
    try {
      String error = Json.mapper().readTree(response.body()).path("error").asText("");
      return REASON.matcher(error).matches() ? error : "other";
    } catch (IOException e) {
      return "other";
    }
  }

  static String cookie(HttpExchange exchange) {
    List<String> headers = exchange.getRequestHeaders().get("Cookie");
    if (headers == null) {
      return null;
    }
    for (String header : headers) {
      for (String part : header.split(";")) {
        String p = part.strip();
        if (p.startsWith(COOKIE + "=")) {
          return p.substring(COOKIE.length() + 1);
        }
      }
    }
    return null;
  }

  private static void send(HttpExchange exchange, Response response) throws IOException {
    var headers = exchange.getResponseHeaders();
    response.headers().forEach(headers::set);
    if (response.contentType() != null) {
      headers.set("Content-Type", response.contentType());
    }
    if (Response.JSON.equals(response.contentType())) {
      headers.set("Cache-Control", "no-store");
    }
    boolean empty = response.body().length == 0 || "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(response.status(), empty ? -1 : response.body().length);
    if (!empty) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body());
      }
    }
  }
}
