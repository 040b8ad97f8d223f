package org.echowatch.indexer.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.echowatch.common.Json;

/** A signed-in HTTP session against the indexer's API, for setting up what the browser sees. */
final class ApiSession {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final HttpClient http;
  private final String baseUrl;
  private final String csrfToken;

  private ApiSession(HttpClient http, String baseUrl, String csrfToken) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.csrfToken = csrfToken;
  }

  /** Signs in with POST /api/login; fails unless the server answers 200. */
  static ApiSession signIn(String baseUrl, String user, String password) {
    HttpClient http =
        HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(TIMEOUT).build();
    JsonNode me =
        send(
            http,
            HttpRequest.newBuilder(URI.create(baseUrl + "/api/login"))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(Json.write(new Credentials(user, password)))),
            200);
    return new ApiSession(http, baseUrl, me.path("csrfToken").asText());
  }

  /** Creates a user (admin only); expects 201. */
  void createUser(String user, String password, String role) {
    post("/api/users", Json.write(new NewUser(user, password, role)), 201);
  }

  /** POSTs JSON with the CSRF header and returns the parsed answer. */
  JsonNode post(String path, String json, int expectedStatus) {
    return send(
        http,
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .header("X-CSRF-Token", csrfToken)
            .POST(BodyPublishers.ofString(json)),
        expectedStatus);
  }

  /** GETs a path of the API and returns the parsed answer; expects 200. */
  JsonNode get(String path) {
    return send(http, HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), 200);
  }

  private static JsonNode send(HttpClient http, HttpRequest.Builder request, int expected) {
    try {
      var response = http.send(request.timeout(TIMEOUT).build(), BodyHandlers.ofString());
      if (response.statusCode() != expected) {
        throw new AssertionError(
            response.request().method()
                + " "
                + response.uri()
                + " answered "
                + response.statusCode()
                + ", expected "
                + expected
                + ": "
                + response.body());
      }
      String body = response.body();
      return body == null || body.isBlank()
          ? Json.mapper().nullNode()
          : Json.mapper().readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling the API", e);
    }
  }

  private record Credentials(String username, String password) {}

  private record NewUser(String username, String password, String role) {}
}
