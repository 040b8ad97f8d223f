package org.echowatch.ingest.publish;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.echowatch.common.Article;
import org.echowatch.common.FeedHealth;
import org.echowatch.common.ProcessingFailure;
import org.echowatch.common.Topic;
import org.echowatch.common.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes to {@code articles.v1} (key = article id), {@code feed.health.v1} (key = feed id) and
 * {@code ingest.errors.v1} (key = URL) through one producer with acks=all and idempotence on.
 */
public final class KafkaIngestPublisher implements IngestPublisher {

  private static final Logger LOG = LoggerFactory.getLogger(KafkaIngestPublisher.class);
  private static final Duration ACK_TIMEOUT = Duration.ofSeconds(60);

  private final Producer<byte[], byte[]> producer;
  private final AutoCloseable clientMetrics;

  /** Wraps an already-built producer; this publisher closes it. */
  public KafkaIngestPublisher(Producer<byte[], byte[]> producer) {
    this(producer, () -> {});
  }

  private KafkaIngestPublisher(Producer<byte[], byte[]> producer, AutoCloseable clientMetrics) {
    this.producer = producer;
    this.clientMetrics = clientMetrics;
  }

  /**
   * A producer for {@code bootstrapServers} with acks=all and idempotence on, its Kafka client
   * metrics bound to {@code registry}.
   */
  public static KafkaIngestPublisher connect(String bootstrapServers, MeterRegistry registry) {
    if (bootstrapServers == null || bootstrapServers.isBlank()) {
      throw new IllegalArgumentException("ECHOWATCH_KAFKA_BOOTSTRAP is required to produce");
    }
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.CLIENT_ID_CONFIG, "echowatch-ingest");
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(4 * 1024 * 1024));
    var producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    var clientMetrics = new KafkaClientMetrics(producer);
    clientMetrics.bindTo(registry);
    return new KafkaIngestPublisher(producer, clientMetrics);
  }

  @Override
  public void article(Article article) {
    try {
      producer
          .send(record(Topics.ARTICLES, article.id(), article))
          .get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishException("interrupted publishing " + article.id(), e);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      throw new PublishException("cannot publish " + article.id() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void health(FeedHealth health) {
    sendQuietly(record(Topics.FEED_HEALTH, health.feedId(), health));
  }

  @Override
  public void error(ProcessingFailure failure) {
    sendQuietly(
        record(
            Topics.INGEST_ERRORS,
            failure.url() == null ? failure.source() : failure.url(),
            failure));
  }

  @Override
  public void flush() {
    producer.flush();
  }

  @Override
  public void close() {
    try {
      clientMetrics.close();
    } catch (Exception e) {
      LOG.debug("cannot unbind producer metrics: {}", e.toString());
    }
    producer.close(Duration.ofSeconds(30));
  }

  private void sendQuietly(ProducerRecord<byte[], byte[]> record) {
    try {
      producer.send(
          record,
          (meta, e) -> {
            if (e != null) {
              LOG.warn("cannot publish to {}: {}", record.topic(), e.toString());
            }
          });
    } catch (RuntimeException e) {
      LOG.warn("cannot publish to {}: {}", record.topic(), e.toString());
    }
  }

  private static <V> ProducerRecord<byte[], byte[]> record(
      Topic<String, V> topic, String key, V value) {
    return new ProducerRecord<>(
        topic.name(),
        topic.keySerde().serializer().serialize(topic.name(), key),
        topic.valueSerde().serializer().serialize(topic.name(), value));
  }
}
