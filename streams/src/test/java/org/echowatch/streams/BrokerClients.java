package org.echowatch.streams;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.echowatch.common.Article;
import org.echowatch.common.Json;
import org.echowatch.common.Match;
import org.echowatch.common.Topics;

/** Producers and consumers the topology's integration tests talk to a real broker with. */
final class BrokerClients {

  private BrokerClients() {}

  static KafkaProducer<String, byte[]> producer(String bootstrap) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }

  /** A read_committed consumer of one topic from its start. */
  static KafkaConsumer<String, byte[]> consumer(String bootstrap, String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + topic);
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    var c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    c.subscribe(List.of(topic));
    return c;
  }

  /** Sends stories to {@code articles.v1}, each stamped with its publication time. */
  static void send(KafkaProducer<String, byte[]> producer, List<Article> stories) {
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
  }

  /** The matches one poll returns, each as {@link #describe}. */
  static List<String> pollMatches(KafkaConsumer<String, byte[]> matches) {
    return java.util.stream.StreamSupport.stream(
            matches.poll(Duration.ofMillis(500)).spliterator(), false)
        .map(
            r ->
                describe(
                    Topics.MATCHES.valueSerde().deserializer().deserialize(r.topic(), r.value())))
        .toList();
  }

  /** What two runs must agree on for a match. */
  static String describe(Match m) {
    return m.originId() + ">" + m.echoId() + ":" + m.type().wireName() + ":" + m.narrativeId();
  }
}
