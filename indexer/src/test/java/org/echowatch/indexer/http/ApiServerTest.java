package org.echowatch.indexer.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.echowatch.indexer.auth.Role;
import org.echowatch.indexer.testing.ServedFloor;
import org.echowatch.indexer.watch.LiveEvents;
import org.echowatch.indexer.watch.TriageStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP layer over real HTTP on a free loopback port, with an in-memory index. */
class ApiServerTest {

  private static final String XSS = "<script>alert(1)</script><img src=x onerror=alert(2)>";

  @TempDir static Path dataDir;
  private static ServedFloor floor;
  private static String base;
  private static ApiClient admin;
  private static ApiClient analyst;
  private static ApiClient viewer;

  @BeforeAll
  static void start() throws Exception {
    floor = ServedFloor.start(dataDir, XSS);
    base = floor.base();
    admin = ApiClient.signedIn(base, "admin", ServedFloor.ADMIN_PASSWORD);
    analyst = ApiClient.signedIn(base, "ana", ServedFloor.ANALYST_PASSWORD);
    viewer = ApiClient.signedIn(base, "vic", ServedFloor.VIEWER_PASSWORD);
  }

  @AfterAll
  static void stop() throws IOException {
    floor.close();
  }

  /** One call of each endpoint class: method, path, least role. */
  private record Call(String method, String path, Role role) {}

  private static final List<Call> CALLS =
      List.of(
          new Call("GET", "/api/me", Role.VIEWER),
          new Call("GET", "/api/alerts", Role.VIEWER),
          new Call("GET", "/api/narratives/n-7", Role.VIEWER),
          new Call("GET", "/api/stories/belta-en:7", Role.VIEWER),
          new Call("GET", "/api/search?q=Minsk", Role.VIEWER),
          new Call("GET", "/api/feeds", Role.VIEWER),
          new Call("GET", "/api/stats/echoes-per-day", Role.VIEWER),
          new Call("GET", "/api/saved-searches", Role.VIEWER),
          new Call("GET", "/api/watch-hits", Role.VIEWER),
          new Call("GET", "/api/openapi.json", Role.VIEWER),
          new Call("POST", "/api/alerts/n-7/triage", Role.ANALYST),
          new Call("POST", "/api/saved-searches", Role.ADMIN),
          new Call("DELETE", "/api/saved-searches/none", Role.ADMIN),
          new Call("GET", "/api/users", Role.ADMIN),
          new Call("POST", "/api/users", Role.ADMIN));

  @Test
  void shouldAnswer401WithSecurityHeadersOnEveryEndpointWhenNotSignedIn() throws Exception {
    var anonymous = new ApiClient(base);
    for (Call call : CALLS) {
      HttpResponse<String> r = anonymous.send(call.method(), call.path(), null);
      assertThat(r.statusCode()).as(call.toString()).isEqualTo(401);
      assertThat(ApiClient.json(r).get("error").asText()).isEqualTo("unauthenticated");
      assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CSP);
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }
    assertThat(anonymous.get("/api/lag").statusCode()).isEqualTo(401);
  }

  @Test
  void shouldAnswer403NamingTheRoleWhenCallerRoleIsTooLow() throws Exception {
    for (Call call : CALLS) {
      for (ApiClient client : List.of(viewer, analyst)) {
        Role callerRole = client == viewer ? Role.VIEWER : Role.ANALYST;
        if (callerRole.includes(call.role())) {
          continue;
        }
        HttpResponse<String> r = client.send(call.method(), call.path(), client.csrf());
        assertThat(r.statusCode()).as(callerRole + " " + call).isEqualTo(403);
        JsonNode body = ApiClient.json(r);
        assertThat(body.get("error").asText()).isEqualTo("forbidden");
        assertThat(body.get("required").asText()).isEqualTo(call.role().wireName());
      }
    }
  }

  @Test
  void shouldServeReadEndpointsToViewersWhenSignedIn() throws Exception {
    for (Call call : CALLS) {
      if (call.role() == Role.VIEWER) {
        assertThat(viewer.get(call.path()).statusCode()).as(call.toString()).isEqualTo(200);
      }
    }
  }

  @Test
  void shouldRejectStateChangesWhenCsrfTokenIsMissingOrWrong() throws Exception {
    String body = "{\"name\":\"trade\",\"query\":\"trade\"}";
    HttpResponse<String> missing = admin.postWithToken("/api/saved-searches", body, null);
    HttpResponse<String> wrong = admin.postWithToken("/api/saved-searches", body, "forged");
    HttpResponse<String> otherSession =
        admin.postWithToken("/api/saved-searches", body, viewer.csrf());
    for (HttpResponse<String> r : List.of(missing, wrong, otherSession)) {
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(ApiClient.json(r).get("error").asText()).isEqualTo("csrf");
    }
    assertThat(ApiClient.json(admin.get("/api/saved-searches")).get("savedSearches")).isEmpty();
    HttpResponse<String> created = admin.post("/api/saved-searches", body);
    assertThat(created.statusCode()).isEqualTo(201);
    String id = ApiClient.json(created).get("id").asText();
    assertThat(admin.delete("/api/saved-searches/" + id).statusCode()).isEqualTo(204);
    assertThat(admin.delete("/api/saved-searches/" + id).statusCode()).isEqualTo(404);
  }

  @Test
  void shouldAnswer400WithMessageAndPositionWhenQueryIsMalformed() throws Exception {
    HttpResponse<String> r = viewer.get("/api/search?q=" + encode("Minsk AND (trade"));
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode body = ApiClient.json(r);
    assertThat(body.get("error").asText()).isEqualTo("bad_query");
    assertThat(body.get("message").asText()).isNotBlank();
    assertThat(body.get("position").isInt()).isTrue();
    HttpResponse<String> saved =
        admin.post("/api/saved-searches", "{\"name\":\"x\",\"query\":\"title:(\"}");
    assertThat(saved.statusCode()).isEqualTo(400);
    assertThat(ApiClient.json(saved).get("error").asText()).isEqualTo("bad_query");
  }

  @Test
  void shouldAnswer400WhenParametersOrJsonBodiesAreBad() throws Exception {
    for (String path :
        List.of(
            "/api/search?sort=random",
            "/api/search?size=0",
            "/api/search?page=x",
            "/api/search?day=March",
            "/api/alerts?state=closed",
            "/api/stats/echoes-per-day?days=0")) {
      HttpResponse<String> r = viewer.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(400);
      assertThat(ApiClient.json(r).get("error").asText()).isEqualTo("bad_request");
    }
    for (String body :
        List.of(
            "{not json",
            "[1,2]",
            "",
            "{\"state\":42}",
            "{\"state\":\"closed\"}",
            "{\"state\":\"acknowledged\",\"snoozeMinutes\":\"soon\"}")) {
      HttpResponse<String> r = analyst.post("/api/alerts/n-7/triage", body);
      assertThat(r.statusCode()).as(body).isEqualTo(400);
      assertThat(ApiClient.json(r).get("error").asText()).isEqualTo("bad_request");
    }
    HttpResponse<String> badRole =
        admin.post(
            "/api/users", "{\"username\":\"x1\",\"password\":\"long-enough\",\"role\":\"root\"}");
    assertThat(badRole.statusCode()).isEqualTo(400);
  }

  @Test
  void shouldReturnScrapedMarkupOnlyAsAJsonStringWhenATitleHoldsAScript() throws Exception {
    for (String path :
        List.of(
            "/api/stories/belta-en:7",
            "/api/search?q=Minsk",
            "/api/narratives/n-7",
            "/api/alerts?includeSnoozed=true")) {
      HttpResponse<String> r = viewer.get(path);
      assertThat(r.headers().firstValue("Content-Type"))
          .hasValue("application/json; charset=utf-8");
      assertThat(r.body()).as(path).doesNotContain("<script").doesNotContain("<img");
      assertThat(r.body()).contains("\\u003Cscript\\u003E");
    }
    JsonNode story = ApiClient.json(viewer.get("/api/stories/belta-en:7"));
    assertThat(story.get("title").asText()).isEqualTo(XSS);
  }

  @Test
  void shouldSignInWithAStrictHttpOnlyCookieAndRefuseWrongPasswords() throws Exception {
    var client = new ApiClient(base);
    HttpResponse<String> wrong = client.login("admin", "not-the-password");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(client.login("nobody", "whatever-password").statusCode()).isEqualTo(401);
    HttpResponse<String> ok = client.login("ana", "analyst-password");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.headers().firstValue("Set-Cookie").orElseThrow())
        .startsWith("ew_session=")
        .contains("HttpOnly")
        .contains("SameSite=Strict")
        .contains("Path=/");
    JsonNode me = ApiClient.json(client.get("/api/me"));
    assertThat(me.get("user").asText()).isEqualTo("ana");
    assertThat(me.get("role").asText()).isEqualTo("analyst");
    assertThat(client.post("/api/logout", "{}").statusCode()).isEqualTo(204);
    assertThat(client.get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void shouldHideSnoozedAlertsAndRecordWhoTriagedWhenAnAnalystTriages() throws Exception {
    HttpResponse<String> r =
        analyst.post(
            "/api/alerts/n-7/triage",
            "{\"state\":\"acknowledged\",\"note\":\"seen\",\"snoozeMinutes\":60}");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode triage = ApiClient.json(r).get("triage");
    assertThat(triage.get("state").asText()).isEqualTo("acknowledged");
    assertThat(triage.get("by").asText()).isEqualTo("ana");
    assertThat(triage.get("snoozedUntil").isNull()).isFalse();
    assertThat(ApiClient.json(viewer.get("/api/alerts")).get("alerts")).isEmpty();
    assertThat(
            ApiClient.json(viewer.get("/api/alerts?includeSnoozed=true&state=acknowledged"))
                .get("alerts"))
        .hasSize(1);
    assertThat(TriageStore.open(dataDir).get("n-7").by()).isEqualTo("ana");
    analyst.post("/api/alerts/n-7/triage", "{\"state\":\"new\"}");
    assertThat(ApiClient.json(viewer.get("/api/alerts")).get("alerts")).hasSize(1);
    assertThat(analyst.post("/api/alerts/unknown/triage", "{\"state\":\"new\"}").statusCode())
        .isEqualTo(404);
  }

  @Test
  void shouldServeTheNarrativeWithItsStoriesMatchesAndTimeline() throws Exception {
    JsonNode n = ApiClient.json(viewer.get("/api/narratives/n-7"));
    assertThat(n.get("alert").get("narrativeId").asText()).isEqualTo("n-7");
    assertThat(n.get("stories")).hasSize(2);
    assertThat(n.get("matches").get(0).has("origin")).isFalse();
    assertThat(n.get("matches").get(0).get("type").asText()).isEqualTo("rewrite");
    assertThat(n.get("timeline").get(0).get("id").asText()).isEqualTo("belta-en:7");
    assertThat(viewer.get("/api/narratives/unknown").statusCode()).isEqualTo(404);
    assertThat(viewer.get("/api/stories/unknown:1").statusCode()).isEqualTo(404);
  }

  @Test
  void shouldServeThePageWithContentTypesAndKeepItBehindSignIn() throws Exception {
    var anonymous = new ApiClient(base);
    HttpResponse<String> root = anonymous.get("/");
    assertThat(root.statusCode()).isEqualTo(302);
    assertThat(root.headers().firstValue("Location")).hasValue("/login.html");
    HttpResponse<String> login = anonymous.get("/login.html");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CSP);
    var files = new StaticFiles(getClass().getClassLoader());
    assertThat(files.publicAssets()).isNotEmpty();
    for (String asset : files.publicAssets()) {
      assertThat(anonymous.get("/static/" + asset).statusCode()).as(asset).isEqualTo(200);
    }
    HttpResponse<String> app = viewer.get("/static/app.js");
    assertThat(app.statusCode()).isEqualTo(200);
    assertThat(app.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
    assertThat(anonymous.get("/static/app.js").statusCode()).isEqualTo(401);
    assertThat(viewer.get("/").statusCode()).isEqualTo(200);
    assertThat(viewer.get("/static/../web/index.html").statusCode()).isIn(400, 404);
    assertThat(viewer.get("/static/nothing-here.js").statusCode()).isEqualTo(404);
  }

  @Test
  void shouldDocumentEveryRouteInTheOpenApiDocument() throws Exception {
    JsonNode doc = ApiClient.json(viewer.get("/api/openapi.json"));
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    Set<String> documented = new java.util.HashSet<>();
    doc.get("paths")
        .fields()
        .forEachRemaining(
            e ->
                e.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        m ->
                            documented.add(
                                m.toUpperCase(java.util.Locale.ROOT) + " " + e.getKey())));
    List<String> routes = new ArrayList<>();
    for (Router.Route route : ApiServer.routes(floorForRoutes()).routes()) {
      routes.add(route.method() + " " + String.join("/", route.segments()));
    }
    assertThat(documented).containsExactlyInAnyOrderElementsOf(routes);
  }

  private static WatchFloor floorForRoutes() {
    return new WatchFloor(null, null, null, null, new LiveEvents(), null, null, null, null, null);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
