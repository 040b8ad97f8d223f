package org.echowatch.indexer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.echowatch.common.Json;
import org.echowatch.indexer.fuzz.HostileRequests.HostileRequest;
import org.echowatch.indexer.fuzz.HostileRequests.Session;
import org.echowatch.indexer.http.ApiClient;
import org.echowatch.indexer.testing.ServedFloor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile requests over real HTTP to the real server, signed in as admin with a valid CSRF token
 * where the case does not tamper with them. Every answer must be a 4xx with a JSON error body (or a
 * 2xx where the input may be valid), never a 5xx, and must come within the client timeout (a
 * timeout is a failure); the server must still answer a normal request afterwards, and the counter
 * of rejected requests must have counted each 4xx under its error code. {@code
 * -Dechowatch.fuzz.cases=N} raises the number of cases.
 */
class ApiFuzzTest {

  private static final long SEED = 61_006L;
  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final String REJECTED = "echowatch.indexer.api.rejected";

  @TempDir static Path dataDir;
  private static ServedFloor floor;
  private static ApiClient admin;
  private static RawHttp raw;

  @BeforeAll
  static void start() throws Exception {
    floor = ServedFloor.start(dataDir, "Talks on trade");
    admin = ApiClient.signedIn(floor.base(), "admin", ServedFloor.ADMIN_PASSWORD);
    raw = new RawHttp(floor.port(), TIMEOUT);
  }

  @AfterAll
  static void stop() throws IOException {
    floor.close();
  }

  @Test
  void shouldAnswer4xxCountedAndKeepServingWhenRequestsAreHostile() throws Exception {
    int cases = Integer.getInteger("echowatch.fuzz.cases", 3_000);
    var session = new Session(admin.cookie(), admin.csrf());
    Map<String, Double> countedBefore = rejectedByReason(floor.registry());
    Map<String, Integer> answered4xx = new TreeMap<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < cases && failures.size() < 20; i++) {
      HostileRequest request = HostileRequests.generated(SEED, i, session);
      String what = "case " + i + " " + request.label();
      RawHttp.Answer answer;
      try {
        answer = raw.send(request.method(), request.target(), request.headers(), request.payload());
      } catch (IOException e) {
        failures.add(what + ": no answer (" + e + ")");
        continue;
      }
      statuses.merge(answer.status(), 1, Integer::sum);
      String problem = judge(request, answer, answered4xx);
      if (problem != null) {
        failures.add(what + ": " + problem);
      }
      if (answer.status() == 201 && request.target().equals("/api/saved-searches")) {
        // Keep the saved searches few, so each case costs the same.
        String id = Json.mapper().readTree(answer.body()).path("id").asText();
        assertThat(admin.delete("/api/saved-searches/" + id).statusCode()).isEqualTo(204);
      }
      if (i % 250 == 0) {
        assertStillServing();
      }
    }
    assertThat(failures).as("answers by status %s", statuses).isEmpty();
    assertStillServing();
    assertThat(statuses.keySet()).as("no 5xx").allMatch(s -> s < 500);
    Map<String, Double> counted = rejectedByReason(floor.registry());
    Map<String, Integer> countedNow = new TreeMap<>();
    counted.forEach(
        (reason, n) -> countedNow.put(reason, (int) (n - countedBefore.getOrDefault(reason, 0.0))));
    countedNow.values().removeIf(n -> n == 0);
    assertThat(countedNow).as("rejected requests counted by reason").isEqualTo(answered4xx);
    assertThat(answered4xx)
        .as("the generator reaches every kind of refusal")
        .containsKeys(
            "bad_request",
            "payload_too_large",
            "unsupported_media_type",
            "unauthenticated",
            "csrf",
            "not_found",
            "method_not_allowed");
    assertThat(floor.registry().find("echowatch.indexer.errors").counters())
        .as("requests that failed inside the server")
        .isEmpty();
  }

  @Test
  void shouldRefuseADeclaredOversizedBodyWithoutWaitingForIt() throws Exception {
    RawHttp.Answer answer =
        raw.send(
            "POST",
            "/api/saved-searches",
            List.of(
                "Cookie: " + admin.cookie(),
                "X-CSRF-Token: " + admin.csrf(),
                "Content-Type: application/json",
                "Content-Length: " + Long.MAX_VALUE),
            "{\"name\":\"".getBytes(StandardCharsets.UTF_8));
    assertThat(answer.status()).isEqualTo(413);
    assertThat(Json.mapper().readTree(answer.body()).get("error").asText())
        .isEqualTo("payload_too_large");
  }

  @Test
  void shouldAnswer400WhenChunkFramingIsBroken() throws Exception {
    for (String framing : List.of("zz\r\n{}\r\n0\r\n\r\n", "FFFFFFFF\r\n{}\r\n0\r\n\r\n")) {
      RawHttp.Answer answer =
          raw.send(
              "POST",
              "/api/login",
              List.of("Content-Type: application/json", "Transfer-Encoding: chunked"),
              framing.getBytes(StandardCharsets.US_ASCII));
      assertThat(answer.status()).as(framing).isEqualTo(400);
      assertThat(Json.mapper().readTree(answer.body()).get("error").asText())
          .isEqualTo("bad_request");
    }
  }

  @Test
  void shouldAnswer415WhenTheBodyIsNotDeclaredJson() throws Exception {
    RawHttp.Answer answer =
        raw.send(
            "POST",
            "/api/login",
            List.of("Content-Type: text/plain", "Content-Length: 2"),
            "{}".getBytes(StandardCharsets.US_ASCII));
    assertThat(answer.status()).isEqualTo(415);
    assertThat(Json.mapper().readTree(answer.body()).get("error").asText())
        .isEqualTo("unsupported_media_type");
  }

  /** Null when the answer is right for the request, else what is wrong with it. */
  private static String judge(
      HostileRequest request, RawHttp.Answer answer, Map<String, Integer> answered4xx) {
    int status = answer.status();
    if (status >= 500) {
      return "answered " + status + " " + abbreviate(answer.text());
    }
    if (status < 400) {
      if (request.mustReject()) {
        return "accepted (" + status + ") though it must be refused";
      }
      return status >= 200 && status < 300 ? null : "answered " + status;
    }
    if (answer.header("X-Content-Type-Options") == null) {
      // Not through the API: only the JDK server's own refusal of a malformed target may do that.
      return request.malformedTarget() && status == 400
          ? null
          : "answered " + status + " outside the API: " + abbreviate(answer.text());
    }
    if (request.method().equals("HEAD")) {
      answered4xx.merge(status == 405 ? "method_not_allowed" : "other", 1, Integer::sum);
      return null;
    }
    try {
      JsonNode error = Json.mapper().readTree(answer.body()).get("error");
      if (error == null || !error.isTextual()) {
        return "answered " + status + " without an error code: " + abbreviate(answer.text());
      }
      answered4xx.merge(error.asText(), 1, Integer::sum);
      return null;
    } catch (IOException e) {
      return "answered " + status + " with a body that is not JSON: " + abbreviate(answer.text());
    }
  }

  private static void assertStillServing() throws Exception {
    var me = admin.get("/api/me");
    assertThat(me.statusCode()).as("a normal request after hostile ones").isEqualTo(200);
    assertThat(ApiClient.json(me).get("user").asText()).isEqualTo("admin");
  }

  private static Map<String, Double> rejectedByReason(MeterRegistry registry) {
    Map<String, Double> byReason = new TreeMap<>();
    for (Counter c : registry.find(REJECTED).counters()) {
      byReason.put(c.getId().getTag("reason"), c.count());
    }
    return byReason;
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
