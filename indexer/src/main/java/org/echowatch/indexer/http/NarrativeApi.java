package org.echowatch.indexer.http;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.echowatch.common.Alert;
import org.echowatch.common.Json;
import org.echowatch.common.Match;
import org.echowatch.indexer.auth.Role;
import org.echowatch.indexer.index.Story;
import org.echowatch.indexer.watch.AlertViews;

/** One narrative with its evidence, and one story. */
final class NarrativeApi {

  private final WatchFloor floor;

  NarrativeApi(WatchFloor floor) {
    this.floor = floor;
  }

  void register(Router router) {
    router.add("GET", "/api/narratives/{narrativeId}", Role.VIEWER, this::narrative);
    router.add("GET", "/api/stories/{id}", Role.VIEWER, this::story);
  }

  private Response narrative(Request request) throws Exception {
    String id = request.path("narrativeId");
    Alert alert =
        floor.index().alert(id).orElseThrow(() -> ApiException.notFound("no narrative " + id));
    List<Match> matches = floor.index().matchesOf(id);
    Set<String> storyIds = new LinkedHashSet<>(alert.members());
    for (Match m : matches) {
      storyIds.add(m.originId());
      storyIds.add(m.echoId());
    }
    List<Story> stories = new ArrayList<>();
    for (String storyId : storyIds) {
      floor.index().story(storyId).ifPresent(stories::add);
    }
    stories.sort(Comparator.comparing(Story::publishedAt).thenComparing(Story::id));
    List<Map<String, Object>> timeline = new ArrayList<>();
    for (Story s : stories) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", s.id());
      entry.put("source", s.source());
      entry.put("lang", s.lang());
      entry.put("publishedAt", s.publishedAt());
      entry.put("title", s.title());
      timeline.add(entry);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("alert", AlertViews.of(alert, floor.triage().get(id)));
    body.put("stories", stories);
    body.put("matches", matches.stream().map(NarrativeApi::withoutArticles).toList());
    body.put("timeline", timeline);
    return Response.ok(body);
  }

  private static Map<String, Object> withoutArticles(Match match) {
    Map<String, Object> view =
        Json.mapper().convertValue(match, new TypeReference<LinkedHashMap<String, Object>>() {});
    view.remove("origin");
    view.remove("echo");
    return view;
  }

  private Response story(Request request) throws Exception {
    String id = request.path("id");
    return Response.ok(
        floor.index().story(id).orElseThrow(() -> ApiException.notFound("no story " + id)));
  }
}
