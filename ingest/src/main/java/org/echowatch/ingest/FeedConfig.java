package org.echowatch.ingest;

import java.time.Duration;

/**
 * One discovery endpoint of an edition.
 *
 * @param id feed id, e.g. {@code belta-en:rss}; the key of its {@code feed.health.v1} records
 * @param type {@code rss} (RSS 2.0 or Atom), {@code datasource} (a hub page whose {@code
 *     datasource:<32hex>} markers name {@code ds_<id>.json} lists) or {@code html} (a list page
 *     whose links matching the edition's id rules are the items)
 * @param url the endpoint
 * @param interval how often to poll it
 */
public record FeedConfig(String id, String type, String url, Duration interval) {

  public FeedConfig {
    if (!"rss".equals(type) && !"datasource".equals(type) && !"html".equals(type)) {
      throw new IllegalArgumentException(
          "feed " + id + ": type must be rss, datasource or html, was " + type);
    }
  }

  /** The same feed at another URL. */
  public FeedConfig withUrl(String newUrl) {
    return new FeedConfig(id, type, newUrl, interval);
  }
}
