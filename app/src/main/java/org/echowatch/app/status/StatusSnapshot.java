package org.echowatch.app.status;

import java.time.Instant;
import java.util.List;
import org.echowatch.common.Alert;
import org.echowatch.common.FeedHealth;

/**
 * What {@code status} read from the cluster.
 *
 * @param bootstrap the cluster asked
 * @param brokers brokers that answered; 0 when unreachable
 * @param brokerError why the cluster could not be reached, or null
 * @param feedPolls recent {@code feed.health.v1} records, any order
 * @param lags lag per echowatch consumer group and topic
 * @param lastAlert the alert with the latest echo, or null when none was seen
 * @param now when the snapshot was taken
 */
public record StatusSnapshot(
    String bootstrap,
    int brokers,
    String brokerError,
    List<FeedHealth> feedPolls,
    List<GroupLag> lags,
    Alert lastAlert,
    Instant now) {

  public StatusSnapshot {
    feedPolls = List.copyOf(feedPolls);
    lags = List.copyOf(lags);
  }

  /**
   * Lag of one consumer group on one topic.
   *
   * @param group consumer group id
   * @param topic topic name
   * @param lag records not yet consumed, summed over partitions
   */
  public record GroupLag(String group, String topic, long lag) {}
}
