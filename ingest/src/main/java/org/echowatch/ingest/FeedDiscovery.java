package org.echowatch.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
   * @param items the items listed (empty when not modified)
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

  FeedDiscovery(PoliteFetcher fetcher, ResponseSink sink) {
    this.fetcher = fetcher;
    this.sink = sink;
  }

  Polled poll(SourceConfig source, FeedConfig feed) throws FetchException {
    FetchResponse r = get(feed.url());
    return switch (feed.type()) {
      case "rss" ->
          r.notModified()
              ? notModified(r)
              : new Polled(
                  "ok", r.status(), SyndicationParser.parse(r.text(), r.url(), source.zone()));
      case "html" ->
          r.notModified()
              ? notModified(r)
              : new Polled(
                  "ok",
                  r.status(),
                  ListPageParser.parse(r.text(), r.url(), u -> source.articleId(u).isPresent()));
      default -> datasources(source, feed, r);
    };
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
      if (!list.notModified()) {
        changed = true;
        items.addAll(DatasourceParser.parse(list.text(), list.url(), source.zone()));
      }
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

  private static Polled notModified(FetchResponse r) {
    return new Polled("not_modified", r.status(), List.of());
  }
}
