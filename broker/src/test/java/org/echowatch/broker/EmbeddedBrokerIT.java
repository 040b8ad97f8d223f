package org.echowatch.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.echowatch.common.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedBrokerIT {

  @TempDir Path dir;

  @Test
  void shouldKeepRecordsAcrossARestartOnTheSameFolder() throws Exception {
    String bootstrap;
    try (var broker = EmbeddedBroker.onFreePorts(dir).start()) {
      bootstrap = broker.bootstrapServers();
      assertThat(TopicInitializer.ensureTopics(bootstrap, 2, (short) 1))
          .contains(Topics.ARTICLES.name(), Topics.ALERTS.name());
      try (var producer = producer(bootstrap)) {
        producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), "k1", "v1")).get();
      }
    }

    try (var broker = EmbeddedBroker.onFreePorts(dir).start()) {
      assertThat(broker.bootstrapServers()).isEqualTo(bootstrap);
      assertThat(TopicInitializer.ensureTopics(broker.bootstrapServers(), 2, (short) 1)).isEmpty();
      assertThat(readAll(broker.bootstrapServers(), Topics.ARTICLES.name(), 1))
          .containsExactly("v1");
    }
  }

  private static KafkaProducer<String, String> producer(String bootstrap) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
        new StringSerializer(),
        new StringSerializer());
  }

  private static List<String> readAll(String bootstrap, String topic, int expected) {
    List<String> values = new ArrayList<>();
    try (var consumer =
        new KafkaConsumer<>(
            Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG,
                "it-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"),
            new StringDeserializer(),
            new StringDeserializer())) {
      consumer.subscribe(List.of(topic));
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (values.size() < expected && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
      }
    }
    return values;
  }
}
