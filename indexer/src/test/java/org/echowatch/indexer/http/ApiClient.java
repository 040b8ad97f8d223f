package org.echowatch.indexer.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.echowatch.common.Json;

/** A test client of the API over real HTTP, holding one session cookie and its CSRF token. */
public final class ApiClient {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final String base;
  private String cookie;
  private String csrf;

  public ApiClient(String base) {
    this.base = base;
  }

  /** A client signed in as {@code user}; fails when sign-in fails. */
  public static ApiClient signedIn(String base, String user, String password) throws Exception {
    var client = new ApiClient(base);
    HttpResponse<String> r = client.login(user, password);
    if (r.statusCode() != 200) {
      throw new AssertionError(
          "sign-in of " + user + " failed: " + r.statusCode() + " " + r.body());
    }
    return client;
  }

  public HttpResponse<String> login(String user, String password) throws Exception {
    String body = Json.write(java.util.Map.of("username", user, "password", password));
    HttpResponse<String> r =
        send(builder("/api/login").POST(HttpRequest.BodyPublishers.ofString(body)));
    if (r.statusCode() == 200) {
      cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
      csrf = Json.mapper().readTree(r.body()).get("csrfToken").asText();
    }
    return r;
  }

  public String cookie() {
    return cookie;
  }

  public String csrf() {
    return csrf;
  }

  public HttpResponse<String> get(String path) throws Exception {
    return send(builder(path).GET());
  }

  /** POST with the session's CSRF token. */
  public HttpResponse<String> post(String path, String json) throws Exception {
    return postWithToken(path, json, csrf);
  }

  /** POST with the given CSRF token (null: none). */
  public HttpResponse<String> postWithToken(String path, String json, String token)
      throws Exception {
    HttpRequest.Builder b = builder(path).POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      b.header("X-CSRF-Token", token);
    }
    return send(b);
  }

  public HttpResponse<String> delete(String path) throws Exception {
    return send(builder(path).DELETE().header("X-CSRF-Token", csrf == null ? "" : csrf));
  }

  public HttpResponse<String> send(String method, String path, String token) throws Exception {
    HttpRequest.Builder b =
        builder(path)
            .method(
                method,
                method.equals("GET")
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString("{}"));
    if (token != null) {
      b.header("X-CSRF-Token", token);
    }
    return send(b);
  }

  public static JsonNode json(HttpResponse<String> r) throws IOException {
    return Json.mapper().readTree(r.body());
  }

  public HttpRequest.Builder builder(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json");
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return b;
  }

  private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
