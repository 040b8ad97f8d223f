package org.echowatch.indexer.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.echowatch.indexer.auth.Role;

/** Users, for admins. */
final class UsersApi {

  private final WatchFloor floor;

  UsersApi(WatchFloor floor) {
    this.floor = floor;
  }

  void register(Router router) {
    router.add(
        "GET", "/api/users", Role.ADMIN, r -> Response.ok(Map.of("users", floor.users().list())));
    router.add("POST", "/api/users", Role.ADMIN, this::add);
  }

  private Response add(Request request) throws Exception {
    ObjectNode body = request.jsonObject();
    String username = Request.text(body, "username", true);
    String password = Request.text(body, "password", true);
    Role role = Role.fromWire(Request.text(body, "role", true));
    return Response.json(201, floor.users().add(username, password, role));
  }
}
