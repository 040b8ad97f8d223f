package org.echowatch.app.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.echowatch.common.Json;

/**
 * A signed-in client of the indexer's JSON API, used the way the watch-floor page uses it: search,
 * read a story, and follow {@code /api/alerts/stream} (Server-Sent Events).
 */
public final class WatchFloorSession {

  private final HttpClient http;
  private final String base;

  private WatchFloorSession(HttpClient http, String base) {
    this.http = http;
    this.base = base;
  }

  /**
   * Signs in as {@code admin}.
   *
   * @param port the indexer's HTTP port on 127.0.0.1
   * @param password the admin password ({@code ECHOWATCH_ADMIN_PASSWORD})
   * @throws IllegalStateException when the sign-in is refused or the server does not answer
   */
  public static WatchFloorSession signIn(int port, String password) {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    var session = new WatchFloorSession(http, "http://127.0.0.1:" + port);
    String body = Json.write(Map.of("username", "admin", "password", password));
    HttpResponse<String> r =
        session.send(
            HttpRequest.newBuilder(URI.create(session.base + "/api/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    if (r.statusCode() != 200) {
      throw new IllegalStateException("sign-in answered " + r.statusCode() + ": " + r.body());
    }
    return session;
  }

  /** The status code of {@code GET path}. */
  public int status(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET()).statusCode();
  }

  /** {@code GET path} as JSON; a non-200 answer throws {@link IllegalStateException}. */
  public JsonNode get(String path) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + r.statusCode());
    }
    return Json.read(r.body(), JsonNode.class);
  }

  /** {@code /api/search} newest first, {@code size} hits. */
  public JsonNode search(String query, int size) {
    return get(
        "/api/search?sort=time&size="
            + size
            + "&q="
            + URLEncoder.encode(query, StandardCharsets.UTF_8));
  }

  /**
   * Follows the alert stream in the background; each {@code event: alert} payload goes to {@code
   * onAlert}. Cancel the returned future to disconnect.
   */
  public CompletableFuture<?> followAlerts(Consumer<JsonNode> onAlert) {
    var request =
        HttpRequest.newBuilder(URI.create(base + "/api/alerts/stream"))
            .header("Accept", "text/event-stream")
            .GET()
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
        .thenAccept(response -> readEvents(response.body(), onAlert));
  }

  private static void readEvents(Stream<String> lines, Consumer<JsonNode> onAlert) {
    String[] event = {""};
    lines.forEach(
        line -> {
          if (line.startsWith("event:")) {
            event[0] = line.substring(6).strip();
          } else if (line.startsWith("data:") && "alert".equals(event[0])) {
            try {
              onAlert.accept(Json.read(line.substring(5).strip(), JsonNode.class));
            } catch (IllegalArgumentException e) {
              // a payload this client cannot read is not a reason to drop the stream
            }
          } else if (line.isEmpty()) {
            event[0] = "";
          }
        });
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("request to " + base + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
