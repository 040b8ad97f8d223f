package org.echowatch.app.ops;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Prometheus metric names operators rely on, as a running process renders them. {@link
 * MetricsIT} proves each one appears in a live scrape; {@link DashboardTest} proves the dashboard
 * asks for nothing else. docs/operations.md describes each one.
 */
final class MetricCatalog {

  /** JVM meters bound by {@code org.echowatch.app.runtime.Metrics}. */
  static final List<String> JVM =
      List.of(
          "jvm_memory_used_bytes",
          "jvm_memory_max_bytes",
          "jvm_gc_pause_seconds_count",
          "jvm_gc_pause_seconds_sum",
          "jvm_threads_live_threads",
          "process_cpu_usage",
          "process_uptime_seconds");

  /** Ingest's own meters ({@code echowatch.ingest.*}) that a demo poll always produces. */
  static final List<String> INGEST =
      List.of(
          "echowatch_ingest_polls_total",
          "echowatch_ingest_feed_items_total",
          "echowatch_ingest_articles_new_total",
          "echowatch_ingest_fetch_latency_seconds_count",
          "echowatch_ingest_fetch_latency_seconds_sum",
          "echowatch_ingest_fetch_latency_seconds_max");

  /** Streams' own meters ({@code echowatch.streams.*}) that the demo corpus always produces. */
  static final List<String> STREAMS =
      List.of(
          "echowatch_streams_articles_total",
          "echowatch_streams_matches_total",
          "echowatch_streams_alerts_total");

  /** The indexer's own meters ({@code echowatch.indexer.*}), registered when it starts. */
  static final List<String> INDEXER =
      List.of(
          "echowatch_indexer_records_total",
          "echowatch_indexer_stories_indexed_total",
          "echowatch_indexer_search_latency_seconds",
          "echowatch_indexer_search_latency_seconds_count",
          "echowatch_indexer_search_latency_seconds_sum",
          "echowatch_indexer_search_latency_seconds_max",
          "echowatch_indexer_watch_hits_total",
          "echowatch_indexer_sse_clients");

  /**
   * Meters registered only on their first event (a failure, a fallback): a healthy demo run has
   * none, so the IT cannot require them; the dashboard may still ask for them.
   */
  static final List<String> ON_FIRST_EVENT =
      List.of(
          "echowatch_ingest_errors_total",
          "echowatch_ingest_extraction_fallbacks_total",
          "echowatch_streams_errors_total",
          "echowatch_indexer_errors_total");

  /** Kafka client meters (consumer lag, producer and consumer rates) bound through Micrometer. */
  static final List<String> KAFKA_CLIENTS =
      List.of(
          "kafka_consumer_fetch_manager_records_lag_max",
          "kafka_consumer_fetch_manager_records_consumed_total",
          "kafka_producer_record_send_total");

  /** Kafka Streams meters bound by the streams stage. */
  static final List<String> KAFKA_STREAMS =
      List.of("kafka_stream_thread_process_total", "kafka_stream_thread_commit_latency_avg");

  private MetricCatalog() {}

  /** Every name a live scrape must contain. */
  static List<String> required() {
    return Stream.of(JVM, INGEST, STREAMS, INDEXER, KAFKA_CLIENTS, KAFKA_STREAMS)
        .flatMap(List::stream)
        .toList();
  }

  /** Every name the dashboard may use: the required ones and those registered on first event. */
  static Set<String> known() {
    return Set.copyOf(Stream.concat(required().stream(), ON_FIRST_EVENT.stream()).toList());
  }
}
