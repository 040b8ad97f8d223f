package org.echowatch.indexer.fuzz;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.echowatch.common.Alert;
import org.echowatch.common.Article;
import org.echowatch.common.Evidence;
import org.echowatch.common.FeedHealth;
import org.echowatch.common.Match;
import org.echowatch.common.MatchType;

/** Valid records of the three topics the indexer reads: the seeds the fuzz tests break. */
final class IndexerRecords {

  private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

  private IndexerRecords() {}

  /** Pair {@code n}: a BelTA story from Minsk echoed by Xinhua two hours later. */
  static Match match(int n) {
    Article origin =
        new Article(
            "belta-en:" + (200_000 + n),
            "belta",
            "belta-en",
            "en",
            "https://eng.belta.by/politics/view/x-" + (200_000 + n) + "-2026/",
            "Minsk hosts forum number " + n,
            "MINSK, 1 March (BelTA) - The forum in Minsk drew " + (100 + n) + " delegates.",
            START.plusSeconds(n * 600L),
            null,
            "politics",
            List.of("forum"),
            null,
            null,
            List.of(),
            null,
            null,
            null,
            0);
    Article echo =
        new Article(
            "xinhua-en:20260301-" + String.format("%032x", n),
            "xinhua",
            "xinhua-en",
            "en",
            "https://english.news.cn/20260301/" + String.format("%032x", n) + "/c.html",
            "Forum opens in Minsk, " + n,
            "BEIJING, March 1 (Xinhua) -- The forum in Minsk drew " + (100 + n) + " delegates.",
            START.plusSeconds(n * 600L + 7200),
            null,
            "world",
            List.of(),
            null,
            "BelTA",
            List.of(),
            null,
            null,
            null,
            0);
    return new Match(
        origin.id(),
        echo.id(),
        MatchType.values()[n % MatchType.values().length],
        0.9,
        Map.of("jaccard", 0.8),
        7200,
        "n-" + n,
        true,
        List.of(new Evidence("The forum in Minsk", "The forum in Minsk", 0.9)),
        "test/1",
        origin,
        echo);
  }

  /** The alert of pair {@code n}'s narrative. */
  static Alert alert(int n) {
    Match m = match(n);
    return new Alert(
        m.narrativeId(),
        1,
        m.origin().title(),
        List.of(m.originId(), m.echoId()),
        List.of("belta", "xinhua"),
        List.of("en"),
        List.of(m.type()),
        m.origin().publishedAt(),
        m.echo().publishedAt(),
        1,
        false,
        "medium");
  }

  /** One poll of feed {@code n}. */
  static FeedHealth feedHealth(int n) {
    return new FeedHealth(
        "belta-en-rss-" + n,
        "belta-en",
        "https://eng.belta.by/rss",
        START,
        "ok",
        200,
        30,
        2,
        120,
        null,
        null);
  }
}
