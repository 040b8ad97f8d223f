package org.echowatch.indexer.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.echowatch.common.Alert;
import org.echowatch.common.Article;
import org.echowatch.common.Evidence;
import org.echowatch.common.Match;
import org.echowatch.common.MatchType;

/** Small builders of the records the indexer consumes, for tests and benchmarks. */
public final class TestRecords {

  private TestRecords() {}

  public static Article article(
      String id, String lang, String title, String body, String publishedAt) {
    String source = id.startsWith("belta") ? "belta" : "xinhua";
    String edition = id.substring(0, id.indexOf(':'));
    return new Article(
        id,
        source,
        edition,
        lang,
        "https://example.test/" + id.replace(':', '/'),
        title,
        body,
        Instant.parse(publishedAt),
        null,
        "politics",
        List.of(),
        null,
        null,
        List.of(),
        null,
        null,
        "selectors",
        0);
  }

  public static Match match(
      Article origin, Article echo, MatchType type, double score, String narrativeId) {
    return new Match(
        origin.id(),
        echo.id(),
        type,
        score,
        Map.of("jaccard", score),
        echo.publishedAt().getEpochSecond() - origin.publishedAt().getEpochSecond(),
        narrativeId,
        false,
        List.of(new Evidence(origin.title(), echo.title(), score)),
        "test-1",
        origin,
        echo);
  }

  public static Alert alert(String narrativeId, long version, Match... matches) {
    var members = new java.util.ArrayList<String>();
    for (Match m : matches) {
      if (!members.contains(m.originId())) {
        members.add(m.originId());
      }
      if (!members.contains(m.echoId())) {
        members.add(m.echoId());
      }
    }
    Match first = matches[0];
    Match last = matches[matches.length - 1];
    return new Alert(
        narrativeId,
        version,
        first.origin().title(),
        members,
        List.of("belta", "xinhua"),
        List.of(first.origin().lang(), first.echo().lang()),
        List.of(first.type()),
        first.origin().publishedAt(),
        last.echo().publishedAt(),
        matches.length,
        true,
        "high");
  }
}
