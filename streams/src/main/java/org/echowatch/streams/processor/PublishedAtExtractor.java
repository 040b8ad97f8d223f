package org.echowatch.streams.processor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;
import org.echowatch.common.Json;

/**
 * Event time of an {@code articles.v1} record: the story's publishedAt, so that windows follow the
 * agencies' clocks and a replay gives the same result. An unreadable value keeps the record's own
 * timestamp; the parser then routes it to the errors topic.
 */
public final class PublishedAtExtractor implements TimestampExtractor {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record PublishedAt(Instant publishedAt) {}

  @Override
  public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
    long fallback = record.timestamp() >= 0 ? record.timestamp() : Math.max(0, partitionTime);
    if (record.value() instanceof byte[] bytes) {
      try {
        PublishedAt p = Json.mapper().readValue(bytes, PublishedAt.class);
        if (p != null && p.publishedAt() != null && p.publishedAt().toEpochMilli() >= 0) {
          return p.publishedAt().toEpochMilli();
        }
      } catch (java.io.IOException | RuntimeException e) {
        return fallback;
      }
    }
    return fallback;
  }
}
