package org.echowatch.indexer.index;

import java.time.Instant;
import java.util.Set;
import org.echowatch.common.FeedHealth;

/**
 * The latest known state of one feed, as the feeds panel shows it.
 *
 * @param feedId feed
 * @param edition edition it belongs to
 * @param url URL polled
 * @param lastPoll start of the latest poll
 * @param lastSuccess start of the latest poll that succeeded, or null when none yet
 * @param status status of the latest poll
 * @param items items in the latest poll
 * @param newItems new items in the latest poll
 * @param latencyMs duration of the latest request
 * @param error reason of the latest failure, when it failed
 * @param warning standing problem of the feed, or null
 */
public record FeedStatus(
    String feedId,
    String edition,
    String url,
    Instant lastPoll,
    Instant lastSuccess,
    String status,
    int items,
    int newItems,
    long latencyMs,
    String error,
    String warning) {

  private static final Set<String> SUCCESS = Set.of("ok", "not_modified");

  /** The state after {@code poll}, given the state before it (null when none); pure. */
  public static FeedStatus after(FeedStatus before, FeedHealth poll) {
    Instant lastSuccess =
        SUCCESS.contains(poll.status())
            ? poll.polledAt()
            : before == null ? null : before.lastSuccess();
    return new FeedStatus(
        poll.feedId(),
        poll.edition(),
        poll.url(),
        poll.polledAt(),
        lastSuccess,
        poll.status(),
        poll.items(),
        poll.newItems(),
        poll.latencyMs(),
        poll.error(),
        poll.warning());
  }
}
