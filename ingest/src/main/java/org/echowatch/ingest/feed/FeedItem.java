package org.echowatch.ingest.feed;

import java.time.Instant;
import java.util.List;

/**
 * One story a feed lists.
 *
 * @param url absolute URL of the article page
 * @param title the feed's title of the item; may carry an "UPDATE n -" prefix
 * @param publishedAt the feed's time for the item; null when it gives none
 * @param tags keywords the feed gives (Xinhua datasource), possibly empty
 */
public record FeedItem(String url, String title, Instant publishedAt, List<String> tags) {

  public FeedItem {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("feed item without a link");
    }
    title = title == null ? "" : title.strip();
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
