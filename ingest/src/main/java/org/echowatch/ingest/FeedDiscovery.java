package org.echowatch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.echowatch.ingest.feed.DatasourceParser;
import org.echowatch.ingest.feed.FeedFormatException;
import org.echowatch.ingest.feed.FeedItem;
import org.echowatch.ingest.feed.ListPageParser;
import org.echowatch.ingest.feed.SyndicationParser;
import org.echowatch.ingest.fetch.FetchException;
import org.echowatch.ingest.fetch.FetchRequest;
import org.echowatch.ingest.fetch.FetchResponse;
import org.echowatch.ingest.fetch.PoliteFetcher;

/**
 * Polls one discovery endpoint with conditional GETs (ETag, If-Modified-Since remembered per URL)
 * and turns the answer into feed items. Xinhua hubs are read for their datasource ids, and each
 * {@code ds_<id>.json} is polled in turn.
 */
final class FeedDiscovery {

  /**
   * What one poll found.
   *
   * @param status {@code ok} or {@code not_modified}
   * @param httpStatus status of the endpoint itself
   * @param items the items listed (when not modified: those of the last full answer)
   */
  record Polled(String status, int httpStatus, List<FeedItem> items) {}

  private record Validators(String etag, String lastModified) {}

  /** Receives every response read, for capture. */
  interface ResponseSink {
    void accept(FetchResponse response);
  }

  private final PoliteFetcher fetcher;
  private final ResponseSink sink;
  private final Map<String, Validators> validators = new ConcurrentHashMap<>();
  private final Map<String, List<String>> hubIds = new ConcurrentHashMap<>();
  private final Map<String, List<FeedItem>> lastItems = new ConcurrentHashMap<>();

  FeedDiscovery(PoliteFetcher fetcher, ResponseSink sink) {
    this.fetcher = fetcher;
    this.sink = sink;
  }

  /**
   * Polls {@code feed}. An endpoint that answers 304 lists the items of its last full answer, so
   * that an item whose page failed with a retriable error is tried again on the next poll.
   */
  Polled poll(SourceConfig source, FeedConfig feed) throws FetchException {
    FetchResponse r = get(feed.url());
    return switch (feed.type()) {
      case "rss" ->
          new Polled(
              status(r),
              r.status(),
              items(r, () -> SyndicationParser.parse(r.text(), r.url(), source.zone())));
      case "html" ->
          new Polled(
              status(r),
              r.status(),
              items(
                  r,
                  () ->
                      ListPageParser.parse(
                          r.text(), r.url(), u -> source.articleId(u).isPresent())));
      default -> datasources(source, feed, r);
    };
  }

  private List<FeedItem> items(FetchResponse r, Supplier<List<FeedItem>> parse) {
    if (r.notModified()) {
      return lastItems.getOrDefault(r.url(), List.of());
    }
    List<FeedItem> parsed = parse.get();
    lastItems.put(r.url(), parsed);
    return parsed;
  }

  private static String status(FetchResponse r) {
    return r.notModified() ? "not_modified" : "ok";
  }

  private Polled datasources(SourceConfig source, FeedConfig feed, FetchResponse hub)
      throws FetchException {
    List<String> ids;
    if (hub.notModified() && hubIds.containsKey(feed.url())) {
      ids = hubIds.get(feed.url());
    } else {
      ids = DatasourceParser.datasourceIds(hub.text());
      if (ids.isEmpty()) {
        throw new FeedFormatException("hub page " + hub.url() + " names no datasource:<id>");
      }
      hubIds.put(feed.url(), ids);
    }
    List<FeedItem> items = new ArrayList<>();
    boolean changed = false;
    for (String id : ids) {
      FetchResponse list = get(DatasourceParser.listUrl(hub.url(), id));
      changed |= !list.notModified();
      items.addAll(
          items(list, () -> DatasourceParser.parse(list.text(), list.url(), source.zone())));
    }
    return new Polled(changed ? "ok" : "not_modified", hub.status(), items);
  }

  private FetchResponse get(String url) throws FetchException {
    Validators v = validators.get(url);
    FetchResponse r =
        fetcher.fetch(
            v == null ? FetchRequest.get(url) : new FetchRequest(url, v.etag(), v.lastModified()));
    if (!r.notModified()) {
      if (r.etag() != null || r.lastModified() != null) {
        validators.put(url, new Validators(r.etag(), r.lastModified()));
      }
      sink.accept(r);
    }
    return r;
  }
}
