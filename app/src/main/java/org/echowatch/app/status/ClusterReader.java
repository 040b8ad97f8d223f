package org.echowatch.app.status;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.echowatch.app.status.StatusSnapshot.GroupLag;
import org.echowatch.common.Alert;
import org.echowatch.common.FeedHealth;
import org.echowatch.common.Json;
import org.echowatch.common.ProcessingFailure;
import org.echowatch.common.Topics;

/** Reads a {@link StatusSnapshot} from a cluster; every call is bounded by the given timeout. */
public final class ClusterReader {

  /** How many of the latest records per partition {@code status} reads from the health topics. */
  static final int TAIL = 2000;

  private final String bootstrap;
  private final Duration timeout;
  private final Clock clock;

  /**
   * @param bootstrap the cluster to read
   * @param timeout bound of each request
   * @param clock gives "now" for the item rates
   */
  public ClusterReader(String bootstrap, Duration timeout, Clock clock) {
    this.bootstrap = bootstrap;
    this.timeout = timeout;
    this.clock = clock;
  }

  /** Reads everything {@code status} reports; an unreachable broker gives a snapshot saying so. */
  public StatusSnapshot read() throws InterruptedException {
    var props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    try (Admin admin = Admin.create(props)) {
      int brokers;
      try {
        brokers =
            admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
      } catch (ExecutionException | TimeoutException e) {
        return unreachable(e);
      }
      List<GroupLag> lags = lags(admin);
      try (var consumer = consumer()) {
        List<FeedHealth> polls = tail(consumer, Topics.FEED_HEALTH.name(), FeedHealth.class);
        Alert last =
            tail(consumer, Topics.ALERTS.name(), Alert.class).stream()
                .filter(a -> a.latestEcho() != null)
                .max(Comparator.comparing(Alert::latestEcho))
                .orElse(null);
        return new StatusSnapshot(bootstrap, brokers, null, polls, lags, last, clock.instant());
      }
    } catch (ExecutionException | TimeoutException e) {
      return unreachable(e);
    }
  }

  private StatusSnapshot unreachable(Exception e) {
    String why =
        e instanceof TimeoutException
            ? "no answer within " + timeout.toSeconds() + " s"
            : ProcessingFailure.reasonOf(e);
    return new StatusSnapshot(bootstrap, 0, why, List.of(), List.of(), null, clock.instant());
  }

  private List<GroupLag> lags(Admin admin)
      throws InterruptedException, ExecutionException, TimeoutException {
    long ms = timeout.toMillis();
    Collection<ConsumerGroupListing> groups =
        admin.listConsumerGroups().all().get(ms, TimeUnit.MILLISECONDS);
    var result = new ArrayList<GroupLag>();
    for (ConsumerGroupListing group :
        groups.stream().sorted(Comparator.comparing(ConsumerGroupListing::groupId)).toList()) {
      if (!group.groupId().startsWith("echowatch")) {
        continue;
      }
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin
              .listConsumerGroupOffsets(group.groupId())
              .partitionsToOffsetAndMetadata()
              .get(ms, TimeUnit.MILLISECONDS);
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
      var ends = admin.listOffsets(latest).all().get(ms, TimeUnit.MILLISECONDS);
      Map<String, Long> byTopic = new java.util.TreeMap<>();
      committed.forEach(
          (tp, offset) -> {
            long end = ends.get(tp).offset();
            long lag = offset == null ? end : Math.max(0, end - offset.offset());
            byTopic.merge(tp.topic(), lag, Long::sum);
          });
      byTopic.forEach((topic, lag) -> result.add(new GroupLag(group.groupId(), topic, lag)));
    }
    return result;
  }

  private KafkaConsumer<byte[], byte[]> consumer() {
    var props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "echowatch-status");
    props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
    return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /** The last {@link #TAIL} records of each partition of {@code topic}; unreadable ones skipped. */
  private <T> List<T> tail(KafkaConsumer<byte[], byte[]> consumer, String topic, Class<T> type) {
    List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
    if (infos == null || infos.isEmpty()) {
      return List.of();
    }
    List<TopicPartition> partitions =
        infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    consumer.assign(partitions);
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
    Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions, timeout);
    long remaining = 0;
    for (TopicPartition tp : partitions) {
      long from = Math.max(begins.get(tp), ends.get(tp) - TAIL);
      consumer.seek(tp, from);
      remaining += ends.get(tp) - from;
    }
    var values = new ArrayList<T>();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (remaining > 0 && System.nanoTime() < deadline) {
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
        remaining--;
        if (record.value() == null) {
          continue;
        }
        try {
          values.add(Json.read(record.value(), type));
        } catch (IllegalArgumentException e) {
          // A record another stage could not read either; status only reports what parses.
        }
      }
    }
    return values;
  }
}
