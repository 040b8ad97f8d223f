package org.echowatch.broker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.echowatch.common.Topic;
import org.echowatch.common.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates echowatch's topics that do not exist yet; leaves existing ones as they are. Every topic
 * is created with {@code message.timestamp.type=LogAppendTime}: the broker stamps each record with
 * the time it was appended, so no producer can hand time retention a record dated in the past. A
 * backfill of stories published weeks ago, stamped with their publication time, was deleted by the
 * broker's 7-day retention before the detector read it (F6 for matches, F8 for articles). Event
 * time never comes from the record timestamp: the detector reads {@code publishedAt} from the
 * value.
 */
public final class TopicInitializer {

  private static final Logger LOG = LoggerFactory.getLogger(TopicInitializer.class);

  private TopicInitializer() {}

  /**
   * Ensures every topic of {@link Topics#all()} exists.
   *
   * @param bootstrapServers the cluster to talk to
   * @param partitions partitions of each new topic
   * @param replication replication factor of each new topic
   * @return names of the topics this call created
   */
  public static List<String> ensureTopics(
      String bootstrapServers, int partitions, short replication) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "60000");
    try (Admin admin = Admin.create(props)) {
      Set<String> existing = admin.listTopics().names().get(60, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (Topic<?, ?> topic : Topics.all()) {
        if (!existing.contains(topic.name())) {
          missing.add(newTopic(topic, partitions, replication));
        }
      }
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(60, TimeUnit.SECONDS);
      }
      List<String> created = missing.stream().map(NewTopic::name).toList();
      LOG.info("topics ready on {}; created {}", bootstrapServers, created);
      return created;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "cannot create topics on " + bootstrapServers + ": " + e.getMessage(), e);
    }
  }

  private static NewTopic newTopic(Topic<?, ?> topic, int partitions, short replication) {
    Map<String, String> configs = new HashMap<>();
    if (topic.compacted()) {
      configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
    }
    configs.put(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime");
    return new NewTopic(topic.name(), partitions, replication).configs(configs);
  }
}
