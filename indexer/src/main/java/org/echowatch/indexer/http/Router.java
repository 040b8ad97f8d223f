package org.echowatch.indexer.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.echowatch.indexer.auth.Role;

/** Routes of the API: method, path template with {@code {name}} segments, required role. */
public final class Router {

  /** Answers one request. */
  @FunctionalInterface
  public interface Handler {
    Response handle(Request request) throws Exception;
  }

  /**
   * One route.
   *
   * @param method HTTP method
   * @param segments the template split at '/'
   * @param required least role allowed, or null for a public route
   * @param handler what answers
   */
  record Route(String method, String[] segments, Role required, Handler handler) {}

  /**
   * A route that fits a path, with its parameters.
   *
   * @param route the route
   * @param params path parameters, each decoded once
   */
  record Found(Route route, Map<String, String> params) {}

  private final List<Route> routes = new ArrayList<>();

  /** Adds a route; {@code required} null makes it public. */
  public Router add(String method, String template, Role required, Handler handler) {
    routes.add(new Route(method, template.split("/"), required, handler));
    return this;
  }

  /** The route for {@code method} and {@code path}; empty when none fits. */
  Optional<Found> find(String method, String path) {
    String[] parts = path.split("/");
    for (Route r : routes) {
      if (r.method().equals(method)) {
        Map<String, String> params = match(r.segments(), parts);
        if (params != null) {
          return Optional.of(new Found(r, params));
        }
      }
    }
    return Optional.empty();
  }

  /** Every route, in registration order. */
  List<Route> routes() {
    return List.copyOf(routes);
  }

  /** Whether any route, of any method, fits {@code path}. */
  boolean knows(String path) {
    String[] parts = path.split("/");
    return routes.stream().anyMatch(r -> match(r.segments(), parts) != null);
  }

  /**
   * A raw path segment, percent-decoded once as UTF-8. Unlike a form value, a '+' in a path is a
   * plus sign, not a space.
   *
   * @throws IllegalArgumentException on a broken escape (answered 400)
   */
  static String decodeSegment(String raw) {
    return raw.indexOf('%') < 0
        ? raw
        : URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static Map<String, String> match(String[] template, String[] parts) {
    if (template.length != parts.length) {
      return null;
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < template.length; i++) {
      String t = template[i];
      if (t.startsWith("{") && t.endsWith("}")) {
        if (parts[i].isEmpty()) {
          return null;
        }
        params.put(t.substring(1, t.length() - 1), decodeSegment(parts[i]));
      } else if (!t.equals(parts[i])) {
        return null;
      }
    }
    return params;
  }
}
