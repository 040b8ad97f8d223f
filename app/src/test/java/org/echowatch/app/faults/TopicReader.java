package org.echowatch.app.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a whole topic, from the beginning to its current end, as a fresh group-less consumer. */
final class TopicReader {

  private TopicReader() {}

  /**
   * The records of {@code topic} up to its end offsets, key and value as text.
   *
   * @param isolation {@code read_committed} sees only committed transactions
   */
  static List<ConsumerRecord<String, String>> readAll(
      String bootstrap, String topic, IsolationLevel isolation) {
    List<ConsumerRecord<String, String>> out = new ArrayList<>();
    try (var consumer =
        new KafkaConsumer<>(
            props(bootstrap, isolation), new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> parts =
          consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
              .map(i -> new TopicPartition(topic, i.partition()))
              .toList();
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      var end = consumer.endOffsets(parts, Duration.ofSeconds(30));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + topic + " to its end in 60 s");
        }
        consumer.poll(Duration.ofMillis(200)).forEach(out::add);
      }
    }
    return out;
  }

  /**
   * The first offset {@code topic} (partition 0) still holds: above 0 once records were deleted.
   */
  static long firstOffset(String bootstrap, String topic) {
    var tp = new TopicPartition(topic, 0);
    try (var consumer =
        new KafkaConsumer<>(
            props(bootstrap, IsolationLevel.READ_UNCOMMITTED),
            new StringDeserializer(),
            new StringDeserializer())) {
      return consumer.beginningOffsets(List.of(tp), Duration.ofSeconds(30)).get(tp);
    }
  }

  /** The keys of {@code topic}, committed records only. */
  static List<String> committedKeys(String bootstrap, String topic) {
    return keys(bootstrap, topic, IsolationLevel.READ_COMMITTED);
  }

  /** The keys of {@code topic} as a consumer with the given isolation reads them, in order. */
  static List<String> keys(String bootstrap, String topic, IsolationLevel isolation) {
    return readAll(bootstrap, topic, isolation).stream().map(ConsumerRecord::key).toList();
  }

  private static Properties props(String bootstrap, IsolationLevel isolation) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation.toString().toLowerCase(Locale.ROOT));
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "fault-reader-" + UUID.randomUUID());
    return p;
  }
}
