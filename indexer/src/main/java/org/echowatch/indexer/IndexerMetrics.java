package org.echowatch.indexer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.util.function.Supplier;

/** The indexer's meters, all named {@code echowatch.indexer.*}. */
public final class IndexerMetrics {

  private final MeterRegistry registry;
  private final Counter storiesIndexed;
  private final Counter recordsApplied;
  private final Timer searchLatency;
  private final Counter watchHits;

  public IndexerMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.storiesIndexed =
        Counter.builder("echowatch.indexer.stories.indexed")
            .description("stories written to the index (new or updated)")
            .register(registry);
    this.recordsApplied =
        Counter.builder("echowatch.indexer.records")
            .description("topic records applied to the index")
            .register(registry);
    this.searchLatency =
        Timer.builder("echowatch.indexer.search.latency")
            .description("time to answer one search")
            .publishPercentiles(0.5, 0.99)
            .register(registry);
    this.watchHits =
        Counter.builder("echowatch.indexer.watch.hits")
            .description("saved-search hits")
            .register(registry);
  }

  public void storiesIndexed(int n) {
    storiesIndexed.increment(n);
  }

  public void recordsApplied(int n) {
    recordsApplied.increment(n);
  }

  public Timer searchLatency() {
    return searchLatency;
  }

  public void watchHit() {
    watchHits.increment();
  }

  /** Counts one failure of {@code stage} ({@code parse}, {@code http} ...). */
  public void error(String stage) {
    Counter.builder("echowatch.indexer.errors")
        .description("records or requests that failed")
        .tag("stage", stage)
        .register(registry)
        .increment();
  }

  /**
   * Counts one request answered 4xx; {@code reason} is the answer's {@code error} code ({@code
   * bad_request}, {@code csrf}, {@code payload_too_large} ...).
   */
  public void rejected(String reason) {
    Counter.builder("echowatch.indexer.api.rejected")
        .description("HTTP requests answered 4xx, by the error code of the answer")
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  /** Binds the Kafka client metrics (lag, fetch rates) of the indexer's consumer. */
  public KafkaClientMetrics bindConsumer(
      org.apache.kafka.clients.consumer.Consumer<?, ?> consumer) {
    var binder = new KafkaClientMetrics(consumer);
    binder.bindTo(registry);
    return binder;
  }

  /** Publishes the number of open live streams. */
  public void sseClients(Supplier<Number> count) {
    // Micrometer holds gauge targets weakly; the lambda has no other owner, so keep it strongly.
    Gauge.builder("echowatch.indexer.sse.clients", count, s -> s.get().doubleValue())
        .description("open live-alert streams")
        .strongReference(true)
        .register(registry);
  }
}
