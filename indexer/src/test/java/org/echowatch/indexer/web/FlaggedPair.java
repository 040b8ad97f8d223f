package org.echowatch.indexer.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.echowatch.common.Alert;
import org.echowatch.common.Article;
import org.echowatch.common.Evidence;
import org.echowatch.common.Match;
import org.echowatch.common.MatchType;
import org.echowatch.common.Topics;
import org.echowatch.indexer.testing.TestRecords;

/**
 * One flagged origin/echo pair and the alert of its narrative, as the streams stage would publish
 * them: the match on {@code narrative.matches.v1}, then the alert on {@code narrative.alerts.v1}.
 */
record FlaggedPair(Match match, Alert alert) {

  /**
   * @param narrativeId the narrative, unique per test so tests do not see each other's alerts
   * @param origin the earlier story
   * @param echo the later story that repeats it
   * @param evidence aligned passages; each side must occur in the matching body
   */
  static FlaggedPair of(
      String narrativeId, Article origin, Article echo, MatchType type, Evidence... evidence) {
    long lag = Duration.between(origin.publishedAt(), echo.publishedAt()).toSeconds();
    Match match =
        new Match(
            origin.id(),
            echo.id(),
            type,
            0.86,
            Map.of("cosine", 0.81, "numbers", 1.0, "entities", 0.75),
            lag,
            narrativeId,
            false,
            List.of(evidence),
            "web-it",
            origin,
            echo);
    Alert alert =
        new Alert(
            narrativeId,
            1,
            origin.title(),
            List.of(origin.id(), echo.id()),
            List.of(origin.source(), echo.source()).stream().distinct().sorted().toList(),
            List.of(origin.lang(), echo.lang()).stream().distinct().sorted().toList(),
            List.of(type),
            origin.publishedAt(),
            echo.publishedAt(),
            1,
            true,
            "high");
    return new FlaggedPair(match, alert);
  }

  static Article story(String id, String lang, String title, String body, String publishedAt) {
    return TestRecords.article(id, lang, title, body, publishedAt);
  }

  /** Sends the match, then the alert, and waits until the broker has both. */
  void publish(Producer<String, Match> matches, Producer<String, Alert> alerts) {
    try {
      matches
          .send(new ProducerRecord<>(Topics.MATCHES.name(), match.pairKey(), match))
          .get(30, TimeUnit.SECONDS);
      alerts
          .send(new ProducerRecord<>(Topics.ALERTS.name(), alert.narrativeId(), alert))
          .get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("could not publish " + alert.narrativeId(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing", e);
    }
  }
}
