package org.echowatch.indexer.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.echowatch.indexer.auth.Role;
import org.echowatch.indexer.index.BadQueryException;
import org.echowatch.indexer.index.SearchPage;
import org.echowatch.indexer.index.SearchRequest;

/** {@code GET /api/search}: Lucene classic syntax, filters, sort, paging, facets, snippets. */
final class SearchApi {

  private final WatchFloor floor;

  SearchApi(WatchFloor floor) {
    this.floor = floor;
  }

  void register(Router router) {
    router.add("GET", "/api/search", Role.VIEWER, this::search);
  }

  private Response search(Request request) throws Exception {
    String sort = request.param("sort", "relevance");
    if (!sort.equals("relevance") && !sort.equals("time")) {
      throw ApiException.badRequest("sort must be relevance or time, was '" + sort + "'");
    }
    String day = request.param("day", null);
    if (day != null) {
      try {
        LocalDate.parse(day);
      } catch (DateTimeParseException e) {
        throw ApiException.badRequest("day must be YYYY-MM-DD, was '" + day + "'");
      }
    }
    SearchRequest search;
    try {
      search =
          new SearchRequest(
              request.param("q", ""),
              sort.equals("time"),
              request.intParam("page", 0, 0, SearchRequest.MAX_DEPTH),
              request.intParam("size", 20, 1, SearchRequest.MAX_SIZE),
              request.param("source", null),
              request.param("lang", null),
              request.param("type", null),
              day);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    long started = System.nanoTime();
    try {
      SearchPage page = floor.index().search(search);
      return Response.ok(page);
    } catch (BadQueryException e) {
      throw ApiException.badQuery(e.getMessage(), e.position());
    } finally {
      floor
          .metrics()
          .searchLatency()
          .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
  }
}
