package org.echowatch.indexer.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.echowatch.indexer.auth.Role;
import org.echowatch.indexer.index.BadQueryException;
import org.echowatch.indexer.watch.SavedSearch;

/** Saved searches (admin changes them, everyone reads them) and their recent hits. */
final class SavedSearchApi {

  private final WatchFloor floor;

  SavedSearchApi(WatchFloor floor) {
    this.floor = floor;
  }

  void register(Router router) {
    router.add(
        "GET",
        "/api/saved-searches",
        Role.VIEWER,
        r -> Response.ok(Map.of("savedSearches", floor.savedSearches().list())));
    router.add("POST", "/api/saved-searches", Role.ADMIN, this::add);
    router.add("DELETE", "/api/saved-searches/{id}", Role.ADMIN, this::remove);
    router.add(
        "GET",
        "/api/watch-hits",
        Role.VIEWER,
        r ->
            Response.ok(Map.of("hits", floor.watchHits().recent(r.intParam("limit", 50, 1, 500)))));
  }

  private Response add(Request request) throws Exception {
    ObjectNode body = request.jsonObject();
    String name = Request.text(body, "name", true);
    String query = Request.text(body, "query", true);
    try {
      SavedSearch saved =
          floor.savedSearches().add(name, query, request.session().user(), floor.clock().instant());
      return Response.json(201, saved);
    } catch (BadQueryException e) {
      throw ApiException.badQuery(e.getMessage(), e.position());
    }
  }

  private Response remove(Request request) throws Exception {
    String id = request.path("id");
    if (!floor.savedSearches().remove(id)) {
      throw ApiException.notFound("no saved search " + id);
    }
    return Response.noContent();
  }
}
