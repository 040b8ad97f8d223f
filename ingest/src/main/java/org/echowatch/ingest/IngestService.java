package org.echowatch.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.echowatch.common.Article;
import org.echowatch.common.FeedHealth;
import org.echowatch.common.ProcessingFailure;
import org.echowatch.ingest.article.ArticleExtractor;
import org.echowatch.ingest.article.ExtractionException;
import org.echowatch.ingest.capture.WarcCapture;
import org.echowatch.ingest.feed.FeedFormatException;
import org.echowatch.ingest.feed.FeedItem;
import org.echowatch.ingest.fetch.FetchException;
import org.echowatch.ingest.fetch.FetchResponse;
import org.echowatch.ingest.fetch.JsoupPageFetcher;
import org.echowatch.ingest.fetch.PoliteFetcher;
import org.echowatch.ingest.health.FeedHealthTracker;
import org.echowatch.ingest.health.FeedHealthTracker.PageOutcome;
import org.echowatch.ingest.publish.IngestPublisher;
import org.echowatch.ingest.publish.KafkaIngestPublisher;
import org.echowatch.ingest.state.SeenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running ingest stage: polls every feed of every edition on its interval, fetches new article
 * pages politely, extracts them and publishes {@code articles.v1}, one {@code feed.health.v1}
 * record per poll and an {@code ingest.errors.v1} record for every failure (fetch, parse, extract,
 * produce); a failure never stops the poller.
 */
public final class IngestService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
  private static final int SILENT_INTERVALS = 6;
  private static final int EXTRACTION_WINDOW = 5;

  /**
   * The outcome of polling feeds.
   *
   * @param feeds feeds polled
   * @param newArticles articles published
   * @param errors failures recorded
   */
  public record PollSummary(int feeds, int newArticles, int errors) {}

  private final IngestSettings settings;
  private final List<SourceConfig> sources;
  private final IngestPublisher publisher;
  private final Clock clock;
  private final IngestMetrics metrics;
  private final PoliteFetcher fetcher;
  private final SeenStore seen;
  private final WarcCapture warc;
  private final FeedDiscovery discovery;
  private final StoryIngest stories;
  private final Map<String, ArticleExtractor> extractors = new ConcurrentHashMap<>();
  private final Map<String, FeedHealthTracker> trackers = new ConcurrentHashMap<>();
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final Set<String> givenUp = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();
  private ScheduledExecutorService scheduler;

  /** A service producing to {@code settings.kafkaBootstrap()}. */
  public IngestService(
      IngestSettings settings, List<SourceConfig> sources, MeterRegistry registry) {
    this(
        settings,
        sources,
        registry,
        KafkaIngestPublisher.connect(settings.kafkaBootstrap(), registry),
        Clock.systemUTC());
  }

  /**
   * A service writing through {@code publisher} (e.g. a {@link KafkaIngestPublisher} around an
   * already-built producer, or a list in tests); the service closes it.
   */
  public IngestService(
      IngestSettings settings,
      List<SourceConfig> sources,
      MeterRegistry registry,
      IngestPublisher publisher,
      Clock clock) {
    this.settings = settings;
    this.sources = List.copyOf(sources);
    this.publisher = publisher;
    this.clock = clock;
    this.metrics = new IngestMetrics(registry);
    List<PoliteFetcher.SiteSpec> sites = new ArrayList<>();
    for (SourceConfig s : sources) {
      s.sites().forEach(root -> sites.add(new PoliteFetcher.SiteSpec(root, s.delay())));
      extractors.put(s.edition(), new ArticleExtractor(s));
    }
    this.fetcher =
        new PoliteFetcher(
            new JsoupPageFetcher(
                settings.userAgent(), settings.fetchTimeout(), settings.maxBodyBytes(), clock),
            sites,
            settings.perHostDelay(),
            new PoliteFetcher.Policy(
                "echowatch",
                settings.fetchRetries(),
                settings.backoffBase(),
                settings.backoffMax(),
                settings.breakerFailures(),
                settings.breakerCooldown()),
            clock,
            registry);
    this.seen = new SeenStore(settings.stateDir().resolve("seen.tsv"));
    try {
      this.warc = new WarcCapture(settings.warcDir(), clock);
    } catch (IOException e) {
      seen.close();
      throw new UncheckedIOException("cannot open WARC capture in " + settings.warcDir(), e);
    }
    this.discovery = new FeedDiscovery(fetcher, this::capture);
    this.stories = new StoryIngest(fetcher, seen, this::capture, settings.maxPagesPerArticle());
  }

  /** Schedules every feed on its interval, starting now. */
  public synchronized void start() {
    if (scheduler != null) {
      return;
    }
    int threads = Math.max(1, Math.min(sources.size(), 6));
    scheduler =
        Executors.newScheduledThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "echowatch-ingest");
              t.setDaemon(true);
              return t;
            });
    for (SourceConfig s : sources) {
      for (FeedConfig f : s.feeds()) {
        scheduler.scheduleWithFixedDelay(
            () -> pollSafely(s, f), 0, f.interval().toMillis(), TimeUnit.MILLISECONDS);
      }
    }
    LOG.info(
        "ingest started: {} editions, {} feeds, WARC {}",
        sources.size(),
        sources.stream().mapToInt(s -> s.feeds().size()).sum(),
        warc.file());
  }

  /** Polls every feed once, now, in this thread; for tests and one-shot runs. */
  public PollSummary pollOnce() {
    int feeds = 0;
    int articles = 0;
    int errors = 0;
    for (SourceConfig s : sources) {
      for (FeedConfig f : s.feeds()) {
        PollSummary one = pollFeed(s, f);
        feeds++;
        articles += one.newArticles();
        errors += one.errors();
      }
    }
    publisher.flush();
    return new PollSummary(feeds, articles, errors);
  }

  private void pollSafely(SourceConfig source, FeedConfig feed) {
    try {
      pollFeed(source, feed);
      publisher.flush();
    } catch (RuntimeException e) {
      // a scheduled task that throws is never run again: keep the poller alive
      LOG.error("poll of {} failed unexpectedly", feed.id(), e);
    }
  }

  private PollSummary pollFeed(SourceConfig source, FeedConfig feed) {
    Instant polledAt = clock.instant();
    long start = System.nanoTime();
    FeedHealthTracker tracker =
        trackers.computeIfAbsent(
            feed.id(),
            k ->
                new FeedHealthTracker(
                    feed.interval(), SILENT_INTERVALS, EXTRACTION_WINDOW, polledAt));
    FeedDiscovery.Polled polled;
    try {
      polled = discovery.poll(source, feed);
    } catch (FetchException e) {
      boolean skipped =
          e.kind() == FetchException.Kind.ROBOTS || e.kind() == FetchException.Kind.CIRCUIT_OPEN;
      fail("ingest.fetch", feed.id(), feed.url(), e, e.retriable(), null);
      health(
          feed,
          source,
          polledAt,
          skipped ? "skipped" : "error",
          e.status(),
          0,
          0,
          millisSince(start),
          e,
          tracker);
      return new PollSummary(1, 0, 1);
    } catch (FeedFormatException e) {
      fail("ingest.parse", feed.id(), feed.url(), e, false, null);
      health(feed, source, polledAt, "error", 200, 0, 0, millisSince(start), e, tracker);
      return new PollSummary(1, 0, 1);
    }
    long feedLatencyMs = millisSince(start);
    int fresh = 0;
    int published = 0;
    int errors = 0;
    for (FeedItem item : polled.items()) {
      StoryIngest.Identity id = stories.identify(source, item);
      String key = id.storyId() + "#" + id.revision();
      if (!stories.isNew(id) || givenUp.contains(key) || !inFlight.add(key)) {
        continue;
      }
      fresh++;
      try {
        if (ingest(source, feed, item, id, tracker)) {
          published++;
        } else {
          errors++;
        }
      } finally {
        inFlight.remove(key);
      }
    }
    tracker.polled(fresh, polledAt);
    health(
        feed,
        source,
        polledAt,
        polled.status(),
        polled.httpStatus(),
        polled.items().size(),
        fresh,
        feedLatencyMs,
        null,
        tracker);
    LOG.info(
        "polled {}: {}, {} items, {} new, {} published, {} errors in {} ms",
        feed.id(),
        polled.status(),
        polled.items().size(),
        fresh,
        published,
        errors,
        millisSince(start));
    return new PollSummary(1, published, errors);
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  private boolean ingest(
      SourceConfig source,
      FeedConfig feed,
      FeedItem item,
      StoryIngest.Identity id,
      FeedHealthTracker tracker) {
    String key = id.storyId() + "#" + id.revision();
    Article article;
    try {
      article = stories.fetchAndExtract(extractors.get(source.edition()), item, id);
    } catch (FetchException e) {
      fail("ingest.fetch", feed.id(), item.url(), e, e.retriable(), null);
      if (!e.retriable()) {
        givenUp.add(key);
      }
      if (e.kind() != FetchException.Kind.CIRCUIT_OPEN) {
        tracker.page(PageOutcome.FAILED);
      }
      return false;
    } catch (ExtractionException | IllegalArgumentException e) {
      fail("ingest.extract", feed.id(), item.url(), e, false, null);
      givenUp.add(key);
      tracker.page(PageOutcome.FAILED);
      return false;
    }
    boolean fellBack = ArticleExtractor.BY_FALLBACK.equals(article.extractedBy());
    tracker.page(fellBack ? PageOutcome.FALLBACK : PageOutcome.SELECTORS);
    if (fellBack) {
      metrics.fallback(source.edition());
    }
    try {
      publisher.article(article);
    } catch (IngestPublisher.PublishException e) {
      fail("ingest.produce", feed.id(), item.url(), e, true, article.id());
      return false;
    }
    stories.markPublished(id, article);
    metrics.newArticle(source.edition());
    LOG.debug("published {} rev {} from {}", article.id(), article.revision(), item.url());
    return true;
  }

  private String capture(FetchResponse response) {
    try {
      return warc.write(response);
    } catch (IOException | RuntimeException e) {
      fail("ingest.capture", response.url(), response.url(), e, true, null);
      return null;
    }
  }

  private void health(
      FeedConfig feed,
      SourceConfig source,
      Instant polledAt,
      String status,
      int httpStatus,
      int items,
      int fresh,
      long latencyMs,
      Exception error,
      FeedHealthTracker tracker) {
    metrics.polled(feed.id(), status, items);
    publisher.health(
        new FeedHealth(
            feed.id(),
            source.edition(),
            feed.url(),
            polledAt,
            status,
            httpStatus,
            items,
            fresh,
            latencyMs,
            error == null ? null : error.getMessage(),
            tracker.warning(clock.instant())));
  }

  private void fail(
      String stage, String source, String url, Exception error, boolean retriable, String input) {
    metrics.error(stage, error);
    LOG.debug("{} failed for {}: {}", stage, url, error.getMessage());
    publisher.error(
        ProcessingFailure.ofUrl(stage, source, url, error, retriable, input, clock.instant()));
  }

  /** Stops polling, waits for in-flight work (bounded), flushes and closes everything. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    synchronized (this) {
      if (scheduler != null) {
        scheduler.shutdown();
        try {
          if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
            scheduler.shutdownNow();
          }
        } catch (InterruptedException e) {
          scheduler.shutdownNow();
          Thread.currentThread().interrupt();
        }
      }
    }
    try {
      publisher.flush();
    } finally {
      publisher.close();
      seen.close();
      try {
        warc.close();
      } catch (IOException e) {
        LOG.warn("cannot close WARC file {}", warc.file(), e);
      }
    }
  }
}
