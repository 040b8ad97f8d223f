package org.echowatch.broker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.echowatch.common.Topic;
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
          .extracting(ConsumerRecord::value)
          .containsExactly("v1");
    }
  }

  @Test
  void shouldFormatStorageForAClusterIdThatStartsWithADash() throws Exception {
    // one URL-safe base64 id in 64 starts with '-'; the storage tool once took it for an option
    try (var broker = EmbeddedBroker.onFreePorts(dir).start()) {
      assertThat(broker.bootstrapServers()).isNotBlank();
    }
    Path stateFile = dir.resolve("echowatch-broker.properties");
    var state = new Properties();
    try (var in = Files.newInputStream(stateFile)) {
      state.load(in);
    }
    state.setProperty("cluster.id", "-AbCdEfGhIjKlMnOpQrStUv");
    try (var out = Files.newOutputStream(stateFile)) {
      state.store(out, null);
    }
    Utils.delete(dir.resolve("kafka-logs").toFile());

    try (var broker = EmbeddedBroker.onFreePorts(dir).start();
        var admin =
            Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      assertThat(admin.describeCluster().clusterId().get()).isEqualTo("-AbCdEfGhIjKlMnOpQrStUv");
    }
  }

  @Test
  void shouldStampEveryTopicWithAppendTimeSoThatOldDatedRecordsSurviveRetention() throws Exception {
    try (var broker = EmbeddedBroker.onFreePorts(dir).start()) {
      String bootstrap = broker.bootstrapServers();
      TopicInitializer.ensureTopics(bootstrap, 1, (short) 1);
      try (Admin admin =
          Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
        for (Topic<?, ?> topic : Topics.all()) {
          var resource = new ConfigResource(ConfigResource.Type.TOPIC, topic.name());
          Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
          assertThat(config.get(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG).value())
              .as(topic.name())
              .isEqualTo("LogAppendTime");
        }
      }

      // Records dated years ago, as a backfill would produce them (F6, F8).
      long old = Instant.parse("2020-01-01T00:00:00Z").toEpochMilli();
      Instant sent = Instant.now();
      try (var producer = producer(bootstrap)) {
        for (Topic<?, ?> topic : List.of(Topics.MATCHES, Topics.ARTICLES)) {
          producer.send(new ProducerRecord<>(topic.name(), null, old, "k", "v")).get();
        }
      }
      for (Topic<?, ?> topic : List.of(Topics.MATCHES, Topics.ARTICLES)) {
        ConsumerRecord<String, String> r = readAll(bootstrap, topic.name(), 1).get(0);
        assertThat(r.timestampType()).as(topic.name()).isEqualTo(TimestampType.LOG_APPEND_TIME);
        assertThat(Instant.ofEpochMilli(r.timestamp()))
            .as(topic.name())
            .isAfterOrEqualTo(sent.minusSeconds(1));
      }
    }
  }

  private static KafkaProducer<String, String> producer(String bootstrap) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
        new StringSerializer(),
        new StringSerializer());
  }

  private static List<ConsumerRecord<String, String>> readAll(
      String bootstrap, String topic, int expected) {
    List<ConsumerRecord<String, String>> values = new ArrayList<>();
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
        consumer.poll(Duration.ofMillis(200)).forEach(values::add);
      }
    }
    return values;
  }
}
