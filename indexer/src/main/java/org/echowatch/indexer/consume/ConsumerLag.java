package org.echowatch.indexer.consume;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumer lag of the echowatch groups: committed offsets against end offsets, summed per group and
 * topic. Answers are cached for a few seconds so a busy page does not load the cluster.
 */
public final class ConsumerLag implements AutoCloseable {

  /**
   * How far one group is behind on one topic.
   *
   * @param group consumer group (streams application id or indexer group)
   * @param topic topic
   * @param lag records not yet consumed, over all partitions
   */
  public record GroupLag(String group, String topic, long lag) {}

  private static final long CACHE_MILLIS = 3_000;
  private static final long TIMEOUT_SECONDS = 5;

  private final String bootstrapServers;
  private Admin admin;
  private List<GroupLag> cached;
  private long cachedAt;

  public ConsumerLag(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /**
   * The lag of every group whose id starts with {@code echowatch}.
   *
   * @throws IllegalStateException when the cluster does not answer in time
   */
  public synchronized List<GroupLag> lags() {
    long now = System.currentTimeMillis();
    if (cached != null && now - cachedAt < CACHE_MILLIS) {
      return cached;
    }
    try {
      cached = fetch(admin());
      cachedAt = now;
      return cached;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading consumer lag", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot read consumer lag: " + e.getMessage(), e);
    }
  }

  private List<GroupLag> fetch(Admin admin)
      throws InterruptedException, ExecutionException, TimeoutException {
    List<String> groups = new ArrayList<>();
    for (GroupListing g : admin.listGroups().all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      if (g.groupId().startsWith("echowatch")) {
        groups.add(g.groupId());
      }
    }
    Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new TreeMap<>();
    Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
    for (String group : groups) {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin
              .listConsumerGroupOffsets(group)
              .partitionsToOffsetAndMetadata()
              .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      committed.put(group, offsets);
      offsets.keySet().forEach(tp -> wanted.put(tp, OffsetSpec.latest()));
    }
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
        wanted.isEmpty()
            ? Map.of()
            : admin.listOffsets(wanted).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    List<GroupLag> lags = new ArrayList<>();
    committed.forEach(
        (group, offsets) -> {
          Map<String, Long> byTopic = new TreeMap<>();
          offsets.forEach(
              (tp, om) -> {
                var end = ends.get(tp);
                if (om != null && end != null) {
                  byTopic.merge(tp.topic(), Math.max(0, end.offset() - om.offset()), Long::sum);
                }
              });
          byTopic.forEach((topic, lag) -> lags.add(new GroupLag(group, topic, lag)));
        });
    return List.copyOf(lags);
  }

  private Admin admin() {
    if (admin == null) {
      var p = new Properties();
      p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
      p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
      p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
      p.put(AdminClientConfig.CLIENT_ID_CONFIG, "echowatch-indexer-lag");
      admin = Admin.create(p);
    }
    return admin;
  }

  @Override
  public synchronized void close() {
    if (admin != null) {
      admin.close();
      admin = null;
    }
  }
}
