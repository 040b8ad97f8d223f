package org.echowatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.echowatch.broker.EmbeddedBroker;
import org.echowatch.broker.TopicInitializer;
import org.echowatch.common.Article;
import org.echowatch.common.Json;
import org.echowatch.common.Match;
import org.echowatch.common.ProcessingFailure;
import org.echowatch.common.Topics;
import org.echowatch.streams.replay.Replayer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The topology on a real broker, exactly-once, gives the same matches as the replay. */
class NarrativeTopologyIT {

  @TempDir static Path dir;
  private static EmbeddedBroker broker;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedBroker.onFreePorts(dir.resolve("broker")).start();
    // one partition: the replay reads in publishedAt order, and the window's term statistics follow
    // the order
    TopicInitializer.ensureTopics(broker.bootstrapServers(), 1, (short) 1);
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void shouldFlagSamePairsAsReplayAndRouteBrokenRecordWhenRunOnRealBroker() throws Exception {
    List<Article> stories =
        Stories.corpus().articles().values().stream()
            .sorted(Comparator.comparing(Article::publishedAt).thenComparing(Article::id))
            .limit(80)
            .toList();
    Set<String> expected = new HashSet<>();
    Replayer.run(stories, DetectionSettings.defaults())
        .matches()
        .forEach(m -> expected.add(describe(m)));
    assertThat(expected).isNotEmpty();

    var settings =
        StreamsSettings.fromEnv(
            Map.of(
                "ECHOWATCH_KAFKA_BOOTSTRAP", broker.bootstrapServers(),
                "ECHOWATCH_DATA_DIR", dir.resolve("data").toString()));
    try (var service = new StreamsService(settings, new SimpleMeterRegistry());
        var producer = producer();
        var matches = consumer(Topics.MATCHES.name());
        var errors = consumer(Topics.STREAMS_ERRORS.name())) {
      service.start();
      producer.send(
          new ProducerRecord<>(
              Topics.ARTICLES.name(),
              "broken:1",
              "{\"id\":\"broken:1\",\"source\":".getBytes(StandardCharsets.UTF_8)));
      for (Article a : stories) {
        producer.send(
            new ProducerRecord<>(
                Topics.ARTICLES.name(),
                null,
                a.publishedAt().toEpochMilli(),
                a.id(),
                Json.writeBytes(a)));
      }
      producer.flush();

      Set<String> seen = new HashSet<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(400).toNanos();
      while (seen.size() < expected.size() && System.nanoTime() < deadline) {
        for (var r : matches.poll(Duration.ofMillis(500))) {
          seen.add(
              describe(
                  Topics.MATCHES.valueSerde().deserializer().deserialize(r.topic(), r.value())));
        }
      }
      assertThat(seen).isEqualTo(expected);

      ProcessingFailure failure = null;
      deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (failure == null && System.nanoTime() < deadline) {
        for (var r : errors.poll(Duration.ofMillis(500))) {
          failure =
              Topics.STREAMS_ERRORS.valueSerde().deserializer().deserialize(r.topic(), r.value());
        }
      }
      assertThat(failure).isNotNull();
      assertThat(failure.key()).isEqualTo("broken:1");
      assertThat(failure.stage()).isEqualTo("streams.deserialize");
    }
  }

  private static String describe(Match m) {
    return m.originId() + ">" + m.echoId() + ":" + m.type().wireName() + ":" + m.narrativeId();
  }

  private static KafkaProducer<String, byte[]> producer() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }

  private static KafkaConsumer<String, byte[]> consumer(String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + topic);
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    var c =
        new KafkaConsumer<>(
            p,
            new StringDeserializer(),
            new org.apache.kafka.common.serialization.ByteArrayDeserializer());
    c.subscribe(List.of(topic));
    return c;
  }
}
