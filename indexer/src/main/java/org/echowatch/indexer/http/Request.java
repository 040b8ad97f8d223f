package org.echowatch.indexer.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.echowatch.common.Json;
import org.echowatch.indexer.auth.Sessions.Session;

/** One request as handlers see it: path parameters, query parameters, JSON body, session. */
public final class Request {

  /** Largest body accepted. */
  static final int MAX_BODY = 64 * 1024;

  private final HttpExchange exchange;
  private final Map<String, String> pathParams;
  private final Map<String, String> query;
  private final Session session;

  Request(HttpExchange exchange, Map<String, String> pathParams, Session session) {
    this.exchange = exchange;
    this.pathParams = pathParams;
    this.query = parseQuery(exchange.getRequestURI().getRawQuery());
    this.session = session;
  }

  public HttpExchange exchange() {
    return exchange;
  }

  /** The signed-in session; null only on public routes. */
  public Session session() {
    return session;
  }

  /** A path parameter, URL-decoded. */
  public String path(String name) {
    return pathParams.get(name);
  }

  /** A query parameter, or {@code fallback} when absent or blank. */
  public String param(String name, String fallback) {
    String v = query.get(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  /** An integer query parameter within {@code [min, max]}; 400 naming the parameter otherwise. */
  public int intParam(String name, int fallback, int min, int max) {
    String v = query.get(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw ApiException.badRequest(name + " must be in " + min + ".." + max + ", was " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be an integer, was '" + v + "'");
    }
  }

  /**
   * The body as a JSON object: 415 unless the Content-Type is {@code application/json}; 413 when it
   * is larger than {@link #MAX_BODY} (a declared length is refused before anything is read,
   * otherwise at most one byte more than the limit is read); 400 when it is missing, cannot be read
   * (broken chunked framing) or is not a JSON object.
   */
  public ObjectNode jsonObject() {
    requireJson();
    if (declaredLength() > MAX_BODY) {
      throw ApiException.tooLarge(MAX_BODY);
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY + 1);
    } catch (IOException | IndexOutOfBoundsException e) {
      // The JDK's chunked decoder throws IndexOutOfBoundsException for a chunk size that
      // overflows an int (e.g. FFFFFFFF): bad framing from the client like any other (F7).
      throw ApiException.badRequest(
          "body could not be read: " + firstLine(String.valueOf(e.getMessage())));
    }
    if (body.length > MAX_BODY) {
      throw ApiException.tooLarge(MAX_BODY);
    }
    if (body.length == 0) {
      throw ApiException.badRequest("a JSON object body is required");
    }
    JsonNode node;
    try {
      node = Json.mapper().readTree(body);
    } catch (IOException e) {
      throw ApiException.badRequest("body is not valid JSON: " + firstLine(e.getMessage()));
    }
    if (!(node instanceof ObjectNode object)) {
      throw ApiException.badRequest("body must be a JSON object");
    }
    return object;
  }

  private void requireJson() {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!media.equals("application/json")) {
      throw ApiException.unsupportedMediaType("application/json");
    }
  }

  /** The Content-Length the client declared, or -1 (chunked, absent). */
  private long declaredLength() {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length == null) {
      return -1;
    }
    try {
      return Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** A text field of a JSON body; 400 when required and missing, or not a string. */
  public static String text(ObjectNode body, String field, boolean required) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw ApiException.badRequest("'" + field + "' is required");
      }
      return null;
    }
    if (!v.isTextual()) {
      throw ApiException.badRequest("'" + field + "' must be a string");
    }
    return v.asText();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  static Map<String, String> parseQuery(String raw) {
    Map<String, String> params = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        params.putIfAbsent(
            URLDecoder.decode(key, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("malformed query string near '" + pair + "'");
      }
    }
    return params;
  }
}
