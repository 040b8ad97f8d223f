package org.echowatch.indexer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.store.FSDirectory;
import org.echowatch.common.Alert;
import org.echowatch.indexer.auth.Sessions;
import org.echowatch.indexer.auth.UserStore;
import org.echowatch.indexer.consume.AppliedBatch;
import org.echowatch.indexer.consume.ConsumerLag;
import org.echowatch.indexer.consume.TopicIndexer;
import org.echowatch.indexer.http.ApiServer;
import org.echowatch.indexer.http.WatchFloor;
import org.echowatch.indexer.index.Story;
import org.echowatch.indexer.index.StoryIndex;
import org.echowatch.indexer.watch.AlertViews;
import org.echowatch.indexer.watch.LiveEvents;
import org.echowatch.indexer.watch.SavedSearch;
import org.echowatch.indexer.watch.SavedSearches;
import org.echowatch.indexer.watch.TriageStore;
import org.echowatch.indexer.watch.WatchHit;
import org.echowatch.indexer.watch.WatchHits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indexer stage: consumes flagged matches, narratives and feed health into the Lucene index
 * under {@code <data dir>/index}, matches new stories against saved searches, and serves the
 * watch-floor API, live stream and page over HTTP.
 */
public final class IndexerService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(IndexerService.class);
  private static final int WATCH_HITS_KEPT = 1000;

  private final IndexerSettings settings;
  private final IndexerMetrics metrics;
  private final MeterRegistry registry;
  private final List<AutoCloseable> open = new ArrayList<>();
  private StoryIndex index;
  private TriageStore triage;
  private SavedSearches savedSearches;
  private final WatchHits watchHits = new WatchHits(WATCH_HITS_KEPT);
  private final LiveEvents events = new LiveEvents();
  private TopicIndexer consumer;
  private ApiServer http;
  private boolean closed;

  public IndexerService(IndexerSettings settings, MeterRegistry registry) {
    this.settings = settings;
    this.registry = registry;
    this.metrics = new IndexerMetrics(registry);
  }

  /** Opens the index and state files, starts the consumer and the HTTP server. */
  public synchronized void start() {
    if (http != null) {
      return;
    }
    try {
      Files.createDirectories(settings.dataDir());
      index = new StoryIndex(FSDirectory.open(settings.indexDir()));
      open.add(index);
      triage = TriageStore.open(settings.dataDir());
      savedSearches = SavedSearches.open(settings.dataDir(), index);
      open.add(savedSearches);
      UserStore users = UserStore.open(settings.dataDir(), settings.adminPassword());
      var lag = new ConsumerLag(settings.bootstrapServers());
      open.add(lag);
      open.add(events);
      metrics.sseClients(events::size);
      var floor =
          new WatchFloor(
              index,
              triage,
              savedSearches,
              watchHits,
              events,
              users,
              new Sessions(settings.sessionTimeout(), Clock.systemUTC()),
              lag,
              metrics,
              Clock.systemUTC());
      consumer =
          new TopicIndexer(
              settings.bootstrapServers(), settings.groupId(), index, metrics, this::onBatch);
      open.add(consumer);
      consumer.start();
      http = ApiServer.start(settings.httpBind(), settings.httpPort(), floor);
      open.add(http);
      LOG.info("indexer started: {}", settings);
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("cannot start the indexer in " + settings.dataDir(), e);
    }
  }

  /** The port the HTTP server listens on. */
  public synchronized int httpPort() {
    if (http == null) {
      throw new IllegalStateException("indexer not started");
    }
    return http.port();
  }

  /**
   * The meters in Prometheus text format, when the registry given to the service is a Prometheus
   * registry; the app decides where to serve it.
   */
  public Optional<String> prometheusText() {
    return registry instanceof PrometheusMeterRegistry prometheus
        ? Optional.of(prometheus.scrape())
        : Optional.empty();
  }

  private void onBatch(AppliedBatch batch) {
    for (Alert alert : batch.alerts()) {
      events.publish("alert", AlertViews.of(alert, triage.get(alert.narrativeId())));
    }
    for (Story story : batch.newStories()) {
      try {
        for (SavedSearch s : savedSearches.matching(story)) {
          var hit =
              new WatchHit(s.id(), s.name(), story.id(), story.title(), java.time.Instant.now());
          watchHits.add(hit);
          metrics.watchHit();
          events.publish("watch", hit);
        }
      } catch (IOException e) {
        metrics.error("watch");
        LOG.warn("saved searches could not be matched against {}: {}", story.id(), e.toString());
      }
    }
  }

  /** Stops the consumer after its current batch, ends the streams, stops HTTP, closes the index. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    // Consumer first (it commits), streams before the server (they hold its threads), index last.
    closeQuietly(consumer);
    closeQuietly(events);
    closeQuietly(http);
    for (int i = open.size() - 1; i >= 0; i--) {
      AutoCloseable c = open.get(i);
      if (c != consumer && c != events && c != http) {
        closeQuietly(c);
      }
    }
    LOG.info("indexer stopped");
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception e) {
      LOG.warn("closing {} failed: {}", c.getClass().getSimpleName(), e.toString(), e);
    }
  }
}
