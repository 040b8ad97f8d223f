package org.echowatch.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.echowatch.streams.Stories.EN;
import static org.echowatch.streams.Stories.RU;
import static org.echowatch.streams.Stories.T0;
import static org.echowatch.streams.Stories.ZH;
import static org.echowatch.streams.Stories.after;
import static org.echowatch.streams.Stories.story;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.echowatch.common.Article;
import org.echowatch.common.Json;
import org.echowatch.common.Topic;
import org.echowatch.common.Topics;
import org.junit.jupiter.api.Test;

/**
 * F6: matches, alerts and failures leave the topology stamped with the wall-clock time of their
 * detection (the driver's mocked clock here), not the {@code publishedAt} of the story that drove
 * them; otherwise the broker's time retention deletes old-dated outputs.
 */
class DetectionTimeStampTest {

  // Years after the stories' publishedAt (2025), so a record stamped with event time stands out.
  private static final Instant WALL_CLOCK = Instant.parse("2031-06-01T12:00:00Z");

  private static TopologyTestDriver driver() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "detection-timestamp-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "test:9092");
    return new TopologyTestDriver(
        NarrativeTopology.build(DetectionSettings.defaults().withInMemoryState(true)),
        props,
        WALL_CLOCK);
  }

  private static TestInputTopic<String, byte[]> input(TopologyTestDriver d) {
    return d.createInputTopic(
        Topics.ARTICLES.name(), new StringSerializer(), new ByteArraySerializer());
  }

  private static void pipe(TestInputTopic<String, byte[]> in, Article a) {
    in.pipeInput(a.id(), Json.writeBytes(a), a.publishedAt());
  }

  private static List<Instant> times(TopologyTestDriver d, Topic<?, ?> topic) {
    return d
        .createOutputTopic(topic.name(), new StringDeserializer(), new StringDeserializer())
        .readRecordsToList()
        .stream()
        .map(TestRecord::getRecordTime)
        .toList();
  }

  @Test
  void shouldStampMatchesAndAlertsWithTheWallClockOfDetectionWhenStoriesAreOld() {
    try (var d = driver()) {
      var in = input(d);
      pipe(in, story("belta-ru:1", "belta", "ru", T0, RU));
      pipe(in, story("xinhua-zh:1", "xinhua", "zh", after(Duration.ofHours(2)), ZH));
      List<Instant> firstMatches = times(d, Topics.MATCHES);
      List<Instant> firstAlerts = times(d, Topics.ALERTS);
      assertThat(firstMatches).isNotEmpty().containsOnly(WALL_CLOCK);
      assertThat(firstAlerts).isNotEmpty().containsOnly(WALL_CLOCK);

      d.advanceWallClockTime(Duration.ofHours(3));
      pipe(in, story("xinhua-en:1", "xinhua", "en", after(Duration.ofHours(5)), EN));
      Instant later = WALL_CLOCK.plus(Duration.ofHours(3));
      assertThat(times(d, Topics.MATCHES)).isNotEmpty().containsOnly(later);
      assertThat(times(d, Topics.ALERTS)).isNotEmpty().containsOnly(later);
    }
  }

  @Test
  void shouldStampFailuresWithTheWallClockOfDetectionWhenRecordsAreBrokenOrLate() {
    try (var d = driver()) {
      var in = input(d);
      // A record that does not parse (stamped on the parse-failure branch) ...
      in.pipeInput("bad:1", "{\"id\": \"bad:1\"".getBytes(StandardCharsets.UTF_8), T0);
      assertThat(times(d, Topics.STREAMS_ERRORS)).containsExactly(WALL_CLOCK);

      // ... and a story later than the grace (stamped with the detector's outcomes).
      d.advanceWallClockTime(Duration.ofMinutes(10));
      pipe(in, story("xinhua-en:9", "xinhua", "en", after(Duration.ofDays(5)), EN));
      pipe(in, story("belta-ru:9", "belta", "ru", T0, RU));
      assertThat(times(d, Topics.STREAMS_ERRORS))
          .containsExactly(WALL_CLOCK.plus(Duration.ofMinutes(10)));
    }
  }
}
