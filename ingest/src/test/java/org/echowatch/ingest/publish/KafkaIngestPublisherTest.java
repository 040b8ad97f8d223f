package org.echowatch.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.echowatch.common.Article;
import org.echowatch.common.FeedHealth;
import org.echowatch.common.ProcessingFailure;
import org.echowatch.common.Topics;
import org.junit.jupiter.api.Test;

class KafkaIngestPublisherTest {

  private static final Article ARTICLE =
      Article.of(
          "belta-en:186877", "belta", "en", Instant.parse("2026-10-02T08:54:00Z"), "T", "B", "u");

  @Test
  void shouldKeyEachRecordForItsTopicWhenPublishing() {
    MockProducer<byte[], byte[]> producer =
        new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    try (KafkaIngestPublisher publisher = new KafkaIngestPublisher(producer)) {
      publisher.article(ARTICLE);
      publisher.health(
          new FeedHealth(
              "belta-en:rss", "belta-en", "u", Instant.EPOCH, "ok", 200, 1, 1, 5, null, null));
      publisher.error(
          ProcessingFailure.ofUrl(
              "ingest.fetch",
              "belta-en:rss",
              "https://x/p",
              new IllegalStateException("boom"),
              true,
              null,
              Instant.EPOCH));
    }

    assertThat(producer.history())
        .extracting(r -> r.topic() + "|" + new String(r.key(), StandardCharsets.UTF_8))
        .containsExactly(
            Topics.ARTICLES.name() + "|belta-en:186877",
            Topics.FEED_HEALTH.name() + "|belta-en:rss",
            Topics.INGEST_ERRORS.name() + "|https://x/p");
    Article back =
        Topics.ARTICLES
            .valueSerde()
            .deserializer()
            .deserialize("articles.v1", producer.history().get(0).value());
    assertThat(back).isEqualTo(ARTICLE);
    assertThat(producer.closed()).isTrue();
  }

  @Test
  void shouldThrowPublishExceptionWhenBrokerRejectsArticle() {
    MockProducer<byte[], byte[]> producer =
        new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
    KafkaIngestPublisher publisher = new KafkaIngestPublisher(producer);
    CompletableFuture<Void> publishing =
        CompletableFuture.runAsync(() -> publisher.article(ARTICLE));
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (producer.history().isEmpty() && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }

    assertThat(producer.errorNext(new TimeoutException("no leader"))).isTrue();
    assertThatThrownBy(() -> publishing.get(30, TimeUnit.SECONDS))
        .hasCauseInstanceOf(IngestPublisher.PublishException.class)
        .hasMessageContaining("belta-en:186877")
        .hasMessageContaining("no leader");
  }

  @Test
  void shouldNameVariableWhenBootstrapIsMissing() {
    assertThatThrownBy(() -> KafkaIngestPublisher.connect(null, new SimpleMeterRegistry()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ECHOWATCH_KAFKA_BOOTSTRAP");
  }
}
