package org.echowatch.common;

import java.time.Instant;

/**
 * The outcome of one poll of one feed, the value of {@code feed.health.v1} keyed by {@code feedId}.
 *
 * @param feedId configured id of the feed, e.g. {@code belta-en:rss}
 * @param edition edition the feed belongs to
 * @param url the URL polled
 * @param polledAt when the poll started
 * @param status {@code ok}, {@code not_modified}, {@code error} or {@code skipped} (robots.txt,
 *     open circuit)
 * @param httpStatus HTTP status of the feed response, 0 when none was received
 * @param items items listed by the feed
 * @param newItems items not seen before
 * @param latencyMs time of the feed request
 * @param error reason, when status is {@code error}
 * @param warning a standing problem of the feed, e.g. silent for several of its usual intervals or
 *     its pages no longer extracting; null when healthy
 */
public record FeedHealth(
    String feedId,
    String edition,
    String url,
    Instant polledAt,
    String status,
    int httpStatus,
    int items,
    int newItems,
    long latencyMs,
    String error,
    String warning) {

  public FeedHealth {
    Article.requireText(feedId, "feedId");
    Article.requireText(status, "status");
  }
}
