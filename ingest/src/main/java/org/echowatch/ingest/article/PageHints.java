package org.echowatch.ingest.article;

import java.time.Instant;
import java.util.List;

/**
 * What ingest knew about a page before reading it: from the fetch and from the feed item.
 *
 * @param fetchedAt when page one was fetched; null for a saved page
 * @param contentSha256 SHA-256 (hex) of page one's raw bytes
 * @param captureRef where the raw page is kept; null when not captured
 * @param feedTags tags the feed listed for the item (Xinhua {@code keywords}); used when the page
 *     has none
 * @param feedPublishedAt the feed's time for the item; used only when the page has no date
 * @param revision re-issue number from the feed title, 0 when none
 * @param storyId id of the story this item revises; null to derive it from the URL
 */
public record PageHints(
    Instant fetchedAt,
    String contentSha256,
    String captureRef,
    List<String> feedTags,
    Instant feedPublishedAt,
    int revision,
    String storyId) {

  public PageHints {
    feedTags = feedTags == null ? List.of() : List.copyOf(feedTags);
  }

  /** Hints for a saved page: only its hash is known. */
  public static PageHints ofSavedPage(String contentSha256) {
    return new PageHints(null, contentSha256, null, List.of(), null, 0, null);
  }
}
