package org.echowatch.indexer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.echowatch.common.Article;
import org.echowatch.common.Match;
import org.echowatch.common.MatchType;
import org.echowatch.common.Topics;

/**
 * Polled batches of the matches topic as the consumer sees them (JSON bytes): match {@code m} pairs
 * generated story {@code 2m} (origin) with story {@code 2m+1} (echo), on partition 0 at offset
 * {@code m}.
 */
final class GeneratedMatches {

  private static final TopicPartition PARTITION = new TopicPartition(Topics.MATCHES.name(), 0);
  private static final MatchType[] TYPES = MatchType.values();

  private GeneratedMatches() {}

  /** Matches {@code first .. first+count-1} as one poll's records. */
  static ConsumerRecords<byte[], byte[]> poll(long first, int count) {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>(count);
    for (long m = first; m < first + count; m++) {
      Match match = match(m);
      records.add(
          new ConsumerRecord<>(
              PARTITION.topic(),
              PARTITION.partition(),
              m,
              Topics.MATCHES.keySerde().serializer().serialize(PARTITION.topic(), match.pairKey()),
              Topics.MATCHES.valueSerde().serializer().serialize(PARTITION.topic(), match)));
    }
    return new ConsumerRecords<>(Map.of(PARTITION, records));
  }

  /** The {@code m}-th match. */
  static Match match(long m) {
    Article origin = GeneratedStories.article(2 * m);
    Article echo = GeneratedStories.article(2 * m + 1);
    double score = 0.5 + (m % 50) / 100.0;
    return new Match(
        origin.id(),
        echo.id(),
        TYPES[(int) (m % TYPES.length)],
        score,
        Map.of("jaccard", score),
        echo.publishedAt().getEpochSecond() - origin.publishedAt().getEpochSecond(),
        "n-" + (m / 3),
        false,
        List.of(),
        "bench-1",
        origin,
        echo);
  }
}
