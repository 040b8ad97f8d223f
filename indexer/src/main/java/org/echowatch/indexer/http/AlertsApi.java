package org.echowatch.indexer.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.echowatch.common.Alert;
import org.echowatch.indexer.auth.Role;
import org.echowatch.indexer.watch.AlertViews;
import org.echowatch.indexer.watch.Triage;

/** The alerts list and triage of one narrative. */
final class AlertsApi {

  private static final int SCAN = 10_000;
  private final WatchFloor floor;

  AlertsApi(WatchFloor floor) {
    this.floor = floor;
  }

  void register(Router router) {
    router.add("GET", "/api/alerts", Role.VIEWER, this::list);
    router.add("POST", "/api/alerts/{narrativeId}/triage", Role.ANALYST, this::triage);
  }

  private Response list(Request request) throws Exception {
    int limit = request.intParam("limit", 50, 1, 500);
    String state = request.param("state", null);
    if (state != null && !Triage.STATES.contains(state)) {
      throw ApiException.badRequest("state must be new, acknowledged, escalated or dismissed");
    }
    boolean includeSnoozed = Boolean.parseBoolean(request.param("includeSnoozed", "false"));
    Instant now = floor.clock().instant();
    List<Map<String, Object>> alerts = new ArrayList<>();
    for (Alert alert : floor.index().alertsNewestFirst(SCAN)) {
      Triage triage = floor.triage().get(alert.narrativeId());
      if ((state == null || state.equals(triage.state()))
          && (includeSnoozed || !triage.snoozedAt(now))) {
        alerts.add(AlertViews.of(alert, triage));
        if (alerts.size() >= limit) {
          break;
        }
      }
    }
    return Response.ok(Map.of("alerts", alerts));
  }

  private Response triage(Request request) throws Exception {
    String narrativeId = request.path("narrativeId");
    Alert alert =
        floor
            .index()
            .alert(narrativeId)
            .orElseThrow(() -> ApiException.notFound("no narrative " + narrativeId));
    ObjectNode body = request.jsonObject();
    String state = Request.text(body, "state", true);
    String note = Request.text(body, "note", false);
    Long snooze = null;
    JsonNode minutes = body.get("snoozeMinutes");
    if (minutes != null && !minutes.isNull()) {
      if (!minutes.canConvertToLong() || !minutes.isIntegralNumber()) {
        throw ApiException.badRequest("'snoozeMinutes' must be a whole number");
      }
      snooze = minutes.asLong();
    }
    Triage triage =
        floor
            .triage()
            .set(
                narrativeId,
                state,
                request.session().user(),
                note,
                snooze,
                floor.clock().instant());
    Map<String, Object> view = AlertViews.of(alert, triage);
    floor.events().publish("alert", view);
    return Response.ok(view);
  }
}
