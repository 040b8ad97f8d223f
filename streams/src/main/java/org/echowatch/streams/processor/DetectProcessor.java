package org.echowatch.streams.processor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.echowatch.common.Article;
import org.echowatch.common.Json;
import org.echowatch.common.Match;
import org.echowatch.common.ProcessingFailure;
import org.echowatch.common.Topics;
import org.echowatch.streams.DetectionSettings;
import org.echowatch.streams.similarity.CandidateFinder;
import org.echowatch.streams.similarity.ConceptDictionary;
import org.echowatch.streams.similarity.EchoDetector;
import org.echowatch.streams.similarity.EvidenceAligner;
import org.echowatch.streams.similarity.PairScorer;
import org.echowatch.streams.similarity.WindowPivotIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares each new story with the stored stories of the window that share a pivot key, emits a
 * match per flagged pair, then stores the story. Stories older than window + grace are evicted by a
 * stream-time punctuation, so the stores stay bounded by the window.
 */
public final class DetectProcessor implements Processor<String, ProfiledArticle, String, Outcome> {

  /** Stored stories by id (the story's JSON, as {@code articles.v1} carries it). */
  public static final String ARTICLES = "detect-articles";

  /** Stories by publication time ({@code <epoch ms, 13 digits>|<id>}), for eviction. */
  public static final String EXPIRY = "detect-expiry";

  private static final Logger LOG = LoggerFactory.getLogger(DetectProcessor.class);
  static final Duration EVICTION_INTERVAL = Duration.ofHours(1);
  private static final long MAX_AHEAD_OF_FETCH = Duration.ofDays(1).toMillis();

  private final DetectionSettings settings;
  private final ConceptDictionary dictionary;
  private final DetectionMetrics metrics;
  private EchoDetector detector;
  private WindowPivotIndex index;
  private ProcessorContext<String, Outcome> context;
  private KeyValueStore<String, byte[]> articles;
  private ExpiryQueue expiry;

  public DetectProcessor(
      DetectionSettings settings, ConceptDictionary dictionary, DetectionMetrics metrics) {
    this.settings = settings;
    this.dictionary = dictionary;
    this.metrics = metrics;
  }

  /**
   * The two stores this processor needs (persistent, logged). The pivot index and the term
   * statistics are derived from the stored stories when the task starts, so they need no store.
   */
  public static List<StoreBuilder<?>> storeBuilders(boolean inMemory) {
    return List.of(
        Stores.keyValueStoreBuilder(
            supplier(ARTICLES, inMemory), Serdes.String(), Serdes.ByteArray()),
        Stores.keyValueStoreBuilder(supplier(EXPIRY, inMemory), Serdes.String(), Serdes.String()));
  }

  private EchoDetector newDetector() {
    return new EchoDetector(
        new PairScorer(settings.thresholds(), dictionary),
        new CandidateFinder(settings.postingLimit(), settings.maxCandidates(), 1.0),
        new EvidenceAligner(dictionary),
        settings.window().toMillis(),
        settings.sameSourcePairs(),
        settings.evidenceLimit(),
        DetectionSettings.DETECTOR_VERSION);
  }

  static org.apache.kafka.streams.state.KeyValueBytesStoreSupplier supplier(
      String name, boolean inMemory) {
    return inMemory ? Stores.inMemoryKeyValueStore(name) : Stores.persistentKeyValueStore(name);
  }

  @Override
  public void init(ProcessorContext<String, Outcome> context) {
    this.context = context;
    this.articles = context.getStateStore(ARTICLES);
    this.expiry = new ExpiryQueue(context.getStateStore(EXPIRY));
    context.schedule(EVICTION_INTERVAL, PunctuationType.STREAM_TIME, this::evict);
    // init runs again when a task is revived after a failed transaction, with the stores rolled
    // back: the derived state is built afresh from them every time, never added to
    this.detector = newDetector();
    this.index = new WindowPivotIndex();
    int restored = 0;
    try (KeyValueIterator<String, byte[]> it = articles.all()) {
      while (it.hasNext()) {
        detector.index(Json.read(it.next().value, Article.class), index);
        restored++;
      }
    }
    if (restored > 0) {
      LOG.info(
          "pivot index ({} pivots, {} postings) and term statistics rebuilt from {} stored stories",
          index.pivots(),
          index.postings(),
          restored);
    }
  }

  @Override
  public void process(Record<String, ProfiledArticle> record) {
    Article story = record.value().article();
    try {
      long t = story.publishedAt().toEpochMilli();
      long streamTime = context.currentStreamTimeMs();
      if (isFutureDated(story, t, streamTime)) {
        fail(
            record,
            "streams.future",
            new IllegalArgumentException(
                "publishedAt "
                    + story.publishedAt()
                    + " is implausibly far ahead (stream time "
                    + Instant.ofEpochMilli(streamTime)
                    + ", fetchedAt "
                    + story.fetchedAt()
                    + ")"));
        return;
      }
      long lateBy = streamTime - t;
      if (lateBy > settings.grace().toMillis()) {
        fail(
            record,
            "streams.late",
            new IllegalArgumentException(
                "published "
                    + Duration.ofMillis(lateBy)
                    + " behind stream time, beyond the grace of "
                    + settings.grace()));
        return;
      }
      // the index files exactly the stored stories: asking it spares a store read per story
      if (index.contains(story.id())) {
        LOG.debug("story {} already seen; ignored", story.id());
        return;
      }
      List<Match> matches = detector.detect(story, record.value().profile(), index, this::stored);
      detector.index(story, record.value().profile(), index);
      // the bytes the story came in are what the store would have written
      articles.put(story.id(), record.value().jsonBytes());
      expiry.add(t, story.id());
      metrics.article();
      for (Match m : matches) {
        metrics.match(m.type());
        context.forward(record.withKey(m.pairKey()).withValue(Outcome.of(m)));
      }
    } catch (RuntimeException e) {
      LOG.warn("cannot process story {}: {}", story.id(), e.toString());
      fail(record, "streams.detect", e);
    }
  }

  // a story cannot be published long after it was fetched, nor (past the first record) months
  // ahead of every story seen so far; both mean a wrong date, not news from the future
  private boolean isFutureDated(Article story, long t, long streamTime) {
    if (story.fetchedAt() != null && t - story.fetchedAt().toEpochMilli() > MAX_AHEAD_OF_FETCH) {
      return true;
    }
    return streamTime > 0 && t - streamTime > DetectionSettings.MAX_AHEAD.toMillis();
  }

  private void fail(Record<String, ProfiledArticle> record, String stage, RuntimeException e) {
    metrics.error(stage);
    var meta = context.recordMetadata().orElse(null);
    var failure =
        ProcessingFailure.ofRecord(
            stage,
            meta == null ? Topics.ARTICLES.name() : meta.topic(),
            meta == null ? -1 : meta.partition(),
            meta == null ? -1 : meta.offset(),
            record.value().article().id().getBytes(StandardCharsets.UTF_8),
            record.value().jsonBytes(),
            e,
            Instant.ofEpochMilli(Math.max(0, record.timestamp())));
    context.forward(record.withKey(record.value().article().id()).withValue(Outcome.of(failure)));
  }

  private void evict(long streamTimeMs) {
    long cutoff = streamTimeMs - settings.window().toMillis() - settings.grace().toMillis();
    if (cutoff <= 0) {
      return;
    }
    List<String> expired = expiry.takeBefore(cutoff);
    for (String id : expired) {
      // the stored story is read only when its profile has left the detector's cache; a put of
      // null deletes without reading the old value back
      if (detector.evict(id, () -> stored(id), index)) {
        articles.put(id, null);
      }
    }
    if (!expired.isEmpty()) {
      LOG.debug(
          "evicted {} stories published before {}", expired.size(), Instant.ofEpochMilli(cutoff));
    }
  }

  private Article stored(String id) {
    byte[] json = articles.get(id);
    return json == null ? null : Json.read(json, Article.class);
  }
}
