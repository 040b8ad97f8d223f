package org.echowatch.app.load;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Committed lag of one consumer group: end offsets minus committed offsets, summed. */
final class LagProbe implements AutoCloseable {

  private final Admin admin;

  LagProbe(String bootstrap) {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    this.admin = Admin.create(p);
  }

  /**
   * The lag of {@code group} over every partition it has committed (its input topics and, for Kafka
   * Streams, its repartition topics), or -1 when it cannot be read right now.
   */
  long lag(String group) {
    try {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin
              .listConsumerGroupOffsets(group)
              .partitionsToOffsetAndMetadata()
              .get(10, TimeUnit.SECONDS);
      if (committed.isEmpty()) {
        return -1;
      }
      Map<TopicPartition, OffsetSpec> latest =
          committed.keySet().stream()
              .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end =
          admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
      long lag = 0;
      for (var e : end.entrySet()) {
        lag += Math.max(0, e.getValue().offset() - committed.get(e.getKey()).offset());
      }
      return lag;
    } catch (ExecutionException | TimeoutException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  @Override
  public void close() {
    admin.close();
  }
}
