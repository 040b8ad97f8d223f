package org.echowatch.indexer.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.echowatch.indexer.auth.Role;
import org.echowatch.indexer.auth.Sessions.Session;
import org.echowatch.indexer.auth.UserStore.User;

/** Sign-in, sign-out and who am I. */
final class AuthApi {

  private final WatchFloor floor;

  AuthApi(WatchFloor floor) {
    this.floor = floor;
  }

  void register(Router router) {
    router.add("POST", "/api/login", null, this::login);
    router.add("POST", "/api/logout", Role.VIEWER, this::logout);
    router.add("GET", "/api/me", Role.VIEWER, r -> Response.ok(me(r.session())));
  }

  private Response login(Request request) throws Exception {
    ObjectNode body = request.jsonObject();
    String username = Request.text(body, "username", true);
    String password = Request.text(body, "password", true);
    User user =
        floor
            .users()
            .authenticate(username, password)
            .orElseThrow(
                () ->
                    new ApiException(
                        401,
                        Map.of(
                            "error", "unauthenticated", "message", "wrong user name or password")));
    Session session = floor.sessions().open(user.username(), user.role());
    return Response.ok(me(session))
        .withHeader(
            "Set-Cookie",
            Dispatcher.COOKIE + "=" + session.id() + "; Path=/; HttpOnly; SameSite=Strict");
  }

  private Response logout(Request request) {
    floor.sessions().close(request.session().id());
    return Response.noContent()
        .withHeader(
            "Set-Cookie", Dispatcher.COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
  }

  private static Map<String, Object> me(Session session) {
    Map<String, Object> me = new LinkedHashMap<>();
    me.put("user", session.user());
    me.put("role", session.role().wireName());
    me.put("csrfToken", session.csrfToken());
    return me;
  }
}
