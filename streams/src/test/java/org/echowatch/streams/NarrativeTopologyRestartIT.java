package org.echowatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.utils.Utils;
import org.echowatch.broker.BrokerExtension;
import org.echowatch.common.Article;
import org.echowatch.common.Match;
import org.echowatch.common.Topics;
import org.echowatch.streams.replay.Replayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pivot index and term statistics live in memory, derived from the stored stories: a stage that
 * restarts with its local state gone restores the stories from the changelog, files them again, and
 * flags the echoes of stories it saw before the restart exactly as an uninterrupted run does.
 */
class NarrativeTopologyRestartIT {

  @TempDir static Path dir;
  @RegisterExtension static final BrokerExtension BROKER = new BrokerExtension();

  @Test
  void shouldFlagEchoesOfStoriesSeenBeforeARestartThatLostTheLocalState() throws Exception {
    List<Article> stories =
        Stories.corpus().articles().values().stream()
            .sorted(Comparator.comparing(Article::publishedAt).thenComparing(Article::id))
            .limit(80)
            .toList();
    List<Article> before = stories.subList(0, 40);
    List<Article> after = stories.subList(40, stories.size());
    Set<String> beforeIds = new HashSet<>(before.stream().map(Article::id).toList());
    List<Match> replayed = Replayer.run(stories, DetectionSettings.defaults()).matches();
    Set<String> expected = new HashSet<>();
    Set<String> expectedBefore = new HashSet<>();
    Set<String> acrossTheRestart = new HashSet<>();
    for (Match m : replayed) {
      expected.add(BrokerClients.describe(m));
      if (beforeIds.contains(m.echoId())) {
        expectedBefore.add(BrokerClients.describe(m));
      } else if (beforeIds.contains(m.originId())) {
        acrossTheRestart.add(BrokerClients.describe(m));
      }
    }
    assertThat(expectedBefore).as("pairs inside the first half").isNotEmpty();
    assertThat(acrossTheRestart).as("pairs whose origin came before the restart").isNotEmpty();

    var settings =
        StreamsSettings.fromEnv(
            Map.of(
                "ECHOWATCH_KAFKA_BOOTSTRAP", BROKER.bootstrapServers(),
                "ECHOWATCH_DATA_DIR", dir.resolve("data").toString()));
    List<String> seen = new ArrayList<>();
    try (var producer = BrokerClients.producer(BROKER.bootstrapServers());
        var matches = BrokerClients.consumer(BROKER.bootstrapServers(), Topics.MATCHES.name())) {
      try (var service = new StreamsService(settings, new SimpleMeterRegistry())) {
        service.start();
        BrokerClients.send(producer, before);
        collect(matches, seen, expectedBefore.size());
        assertThat(new HashSet<>(seen)).isEqualTo(expectedBefore);
      }
      // as Files.walk did, a missing folder is an error, not a silent no-op
      assertThat(settings.stateDir()).isDirectory();
      Utils.delete(settings.stateDir().toFile());

      try (var service = new StreamsService(settings, new SimpleMeterRegistry())) {
        service.start();
        BrokerClients.send(producer, after);
        collect(matches, seen, expected.size());
        // a little longer, so that a doubled match would be seen
        collectFor(matches, seen, Duration.ofSeconds(3));
      }
    }
    assertThat(new HashSet<>(seen)).isEqualTo(expected);
    assertThat(seen).as("each match once").hasSize(expected.size());
  }

  private static void collect(KafkaConsumer<String, byte[]> matches, List<String> seen, int until) {
    long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
    while (new HashSet<>(seen).size() < until && System.nanoTime() < deadline) {
      seen.addAll(BrokerClients.pollMatches(matches));
    }
  }

  private static void collectFor(
      KafkaConsumer<String, byte[]> matches, List<String> seen, Duration time) {
    long deadline = System.nanoTime() + time.toNanos();
    while (System.nanoTime() < deadline) {
      seen.addAll(BrokerClients.pollMatches(matches));
    }
  }
}
