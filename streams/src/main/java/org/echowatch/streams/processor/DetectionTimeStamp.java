package org.echowatch.streams.processor;

import org.apache.kafka.streams.processor.api.ContextualFixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Gives a record leaving the topology the time it was produced (the task's wall-clock time) as its
 * Kafka timestamp, in place of the story's {@code publishedAt} that drove detection.
 *
 * <p>Inside the topology the timestamp is event time: the detector's window, grace and eviction
 * need it. On the output topics it must not be: the broker's time retention deletes a closed
 * segment whose newest record is older than {@code retention.ms}, so matches of a backfill dated
 * weeks ago were deleted minutes after they were written (fault F6). A match keeps its story times
 * in its value.
 *
 * @param <K> key
 * @param <V> value
 */
public final class DetectionTimeStamp<K, V> extends ContextualFixedKeyProcessor<K, V, V> {

  @Override
  public void process(FixedKeyRecord<K, V> record) {
    context().forward(record.withTimestamp(context().currentSystemTimeMs()));
  }
}
