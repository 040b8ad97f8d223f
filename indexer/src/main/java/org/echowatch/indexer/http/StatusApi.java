package org.echowatch.indexer.http;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.echowatch.indexer.auth.Role;

/** Pipeline status: feed health, consumer lag, echoes per day. */
final class StatusApi {

  private final WatchFloor floor;

  StatusApi(WatchFloor floor) {
    this.floor = floor;
  }

  void register(Router router) {
    router.add(
        "GET", "/api/feeds", Role.VIEWER, r -> Response.ok(Map.of("feeds", floor.index().feeds())));
    router.add("GET", "/api/lag", Role.VIEWER, this::lag);
    router.add("GET", "/api/stats/echoes-per-day", Role.VIEWER, this::echoesPerDay);
  }

  private Response lag(Request request) {
    try {
      return Response.ok(Map.of("groups", floor.lag().lags()));
    } catch (IllegalStateException e) {
      return Response.json(503, Map.of("error", "kafka_unavailable", "message", e.getMessage()));
    }
  }

  private Response echoesPerDay(Request request) throws Exception {
    int days = request.intParam("days", 30, 1, 366);
    LocalDate today = LocalDate.ofInstant(floor.clock().instant(), ZoneOffset.UTC);
    var since = today.minusDays(days - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
    return Response.ok(Map.of("days", floor.index().echoesPerDay(since)));
  }
}
