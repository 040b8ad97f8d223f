package org.echowatch.app.containers;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.echowatch.common.Json;

/** A signed-in session against the indexer's JSON API, as the watch-floor page uses it. */
final class WatchFloorClient {

  // Generous: signing in hashes a password, and CI machines are small and busy.
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final String SESSION_COOKIE = "ew_session";

  private final HttpClient http;
  private final URI base;
  private final String cookie;

  private WatchFloorClient(HttpClient http, URI base, String cookie) {
    this.http = http;
    this.base = base;
    this.cookie = cookie;
  }

  /** Plain GET without a session. */
  static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    return client.send(
        HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Signs in through {@code POST /api/login}.
   *
   * @throws IllegalStateException when the API does not answer 200 with a session cookie
   */
  static WatchFloorClient signIn(URI base, String user, String password)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    String body = Json.write(Map.of("username", user, "password", password));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(base.resolve("/api/login"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "sign-in answered " + response.statusCode() + ": " + response.body());
    }
    String cookie =
        response.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith(SESSION_COOKIE + "="))
            .map(c -> c.split(";", 2)[0])
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("sign-in set no " + SESSION_COOKIE));
    return new WatchFloorClient(http, base, cookie);
  }

  /** {@code GET /api/alerts}: the alerts the watch floor shows, newest first. */
  List<JsonNode> alerts() throws IOException, InterruptedException {
    HttpResponse<String> response = getJson("/api/alerts?limit=50");
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "/api/alerts answered " + response.statusCode() + ": " + response.body());
    }
    List<JsonNode> alerts = new ArrayList<>();
    Json.mapper().readTree(response.body()).path("alerts").forEach(alerts::add);
    return alerts;
  }

  private HttpResponse<String> getJson(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(TIMEOUT)
            .header("Cookie", cookie)
            .header("Accept", "application/json")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
