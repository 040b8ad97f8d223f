package org.echowatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.echowatch.broker.BrokerExtension;
import org.echowatch.common.Article;
import org.echowatch.common.ProcessingFailure;
import org.echowatch.common.Topics;
import org.echowatch.streams.replay.Replayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The topology on a real broker, exactly-once, gives the same matches as the replay. */
class NarrativeTopologyIT {

  @TempDir static Path dir;
  @RegisterExtension static final BrokerExtension BROKER = new BrokerExtension();

  @Test
  void shouldFlagSamePairsAsReplayAndRouteBrokenRecordWhenRunOnRealBroker() throws Exception {
    List<Article> stories =
        Stories.corpus().articles().values().stream()
            .sorted(Comparator.comparing(Article::publishedAt).thenComparing(Article::id))
            .limit(80)
            .toList();
    Set<String> expected = new HashSet<>();
    Replayer.run(stories, DetectionSettings.defaults())
        .matches()
        .forEach(m -> expected.add(BrokerClients.describe(m)));
    assertThat(expected).isNotEmpty();

    var settings =
        StreamsSettings.fromEnv(
            Map.of(
                "ECHOWATCH_KAFKA_BOOTSTRAP", BROKER.bootstrapServers(),
                "ECHOWATCH_DATA_DIR", dir.resolve("data").toString()));
    try (var service = new StreamsService(settings, new SimpleMeterRegistry());
        var producer = BrokerClients.producer(BROKER.bootstrapServers());
        var matches = BrokerClients.consumer(BROKER.bootstrapServers(), Topics.MATCHES.name());
        var errors =
            BrokerClients.consumer(BROKER.bootstrapServers(), Topics.STREAMS_ERRORS.name())) {
      service.start();
      producer.send(
          new ProducerRecord<>(
              Topics.ARTICLES.name(),
              "broken:1",
              "{\"id\":\"broken:1\",\"source\":".getBytes(StandardCharsets.UTF_8)));
      BrokerClients.send(producer, stories);

      Set<String> seen = new HashSet<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(400).toNanos();
      while (seen.size() < expected.size() && System.nanoTime() < deadline) {
        seen.addAll(BrokerClients.pollMatches(matches));
      }
      assertThat(seen).isEqualTo(expected);

      ProcessingFailure failure = null;
      deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (failure == null && System.nanoTime() < deadline) {
        for (var r : errors.poll(Duration.ofMillis(500))) {
          failure =
              Topics.STREAMS_ERRORS.valueSerde().deserializer().deserialize(r.topic(), r.value());
        }
      }
      assertThat(failure).isNotNull();
      assertThat(failure.key()).isEqualTo("broken:1");
      assertThat(failure.stage()).isEqualTo("streams.deserialize");
    }
  }
}
