package org.echowatch.streams.processor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;
import org.echowatch.common.Json;

/**
 * Event time of an {@code articles.v1} record: the story's publishedAt, so that windows follow the
 * agencies' clocks and a replay gives the same result. An unreadable value keeps the record's own
 * timestamp; the parser then routes it to the errors topic. A publishedAt further ahead of the
 * partition's time than {@code maxAhead} (a typo such as year 2999) does not move event time: the
 * record keeps the partition time and the detector rejects it, so one bad date cannot make every
 * later story "late".
 */
public final class PublishedAtExtractor implements TimestampExtractor {

  private final long maxAheadMs;

  /**
   * @param maxAheadMs how far ahead of the partition time a publishedAt may move event time
   */
  public PublishedAtExtractor(long maxAheadMs) {
    this.maxAheadMs = maxAheadMs;
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record PublishedAt(Instant publishedAt) {}

  @Override
  public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
    long fallback = record.timestamp() >= 0 ? record.timestamp() : Math.max(0, partitionTime);
    if (record.value() instanceof byte[] bytes) {
      try {
        PublishedAt p = Json.mapper().readValue(bytes, PublishedAt.class);
        if (p != null && p.publishedAt() != null && p.publishedAt().toEpochMilli() >= 0) {
          long t = p.publishedAt().toEpochMilli();
          return partitionTime >= 0 && t - partitionTime > maxAheadMs ? partitionTime : t;
        }
      } catch (java.io.IOException | RuntimeException e) {
        return fallback;
      }
    }
    return fallback;
  }
}
