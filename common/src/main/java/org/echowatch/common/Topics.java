package org.echowatch.common;

import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/** Every topic echowatch reads or writes, with its serdes. Names are part of the wire contract. */
public final class Topics {

  private static final Serde<String> KEYS = Serdes.String();

  /** Extracted stories, keyed by article id. */
  public static final Topic<String, Article> ARTICLES =
      new Topic<>("articles.v1", KEYS, new JsonSerde<>(Article.class), false);

  /** Flagged pairs, keyed by {@link Match#pairKey()}. */
  public static final Topic<String, Match> MATCHES =
      new Topic<>("narrative.matches.v1", KEYS, new JsonSerde<>(Match.class), false);

  /** Latest state of every cross-agency narrative, keyed by narrative id. */
  public static final Topic<String, Alert> ALERTS =
      new Topic<>("narrative.alerts.v1", KEYS, new JsonSerde<>(Alert.class), true);

  /** One record per poll per feed, keyed by feed id. */
  public static final Topic<String, FeedHealth> FEED_HEALTH =
      new Topic<>("feed.health.v1", KEYS, new JsonSerde<>(FeedHealth.class), false);

  /** Failures of the ingest stage. */
  public static final Topic<String, ProcessingFailure> INGEST_ERRORS =
      new Topic<>("ingest.errors.v1", KEYS, new JsonSerde<>(ProcessingFailure.class), false);

  /** Failures of the streams stage (unreadable records, processing errors). */
  public static final Topic<String, ProcessingFailure> STREAMS_ERRORS =
      new Topic<>("streams.errors.v1", KEYS, new JsonSerde<>(ProcessingFailure.class), false);

  /** Failures of the indexer stage (unreadable matches or alerts). */
  public static final Topic<String, ProcessingFailure> INDEXER_ERRORS =
      new Topic<>("indexer.errors.v1", KEYS, new JsonSerde<>(ProcessingFailure.class), false);

  private Topics() {}

  /** All topics the pipeline needs created before it starts. */
  public static List<Topic<?, ?>> all() {
    return List.of(
        ARTICLES, MATCHES, ALERTS, FEED_HEALTH, INGEST_ERRORS, STREAMS_ERRORS, INDEXER_ERRORS);
  }
}
