package org.echowatch.streams.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.echowatch.common.Article;
import org.echowatch.common.Json;
import org.echowatch.common.Match;
import org.echowatch.common.ProcessingFailure;
import org.echowatch.common.Topics;
import org.echowatch.streams.DetectionSettings;
import org.echowatch.streams.NarrativeTopology;
import org.echowatch.streams.StreamsService;
import org.echowatch.streams.StreamsSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad records on {@code articles.v1}, interleaved with planted echo pairs, through the production
 * topology and the production Streams configuration.
 */
class ArticlesTopicFuzzTest {

  private static final long SEED = 424_242L;
  private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");
  private static final Duration HANG_GUARD = Duration.ofSeconds(120);

  @TempDir Path stateDir;

  @Test
  void shouldRouteEveryBadRecordOnceAndStillFlagEveryPairWhenArticlesAreMalformed() {
    int cases = Integer.getInteger("echowatch.fuzz.cases", 300);
    int pairs = 20;
    try (var driver = driver()) {
      var in = articles(driver);
      List<String> badKeys = new ArrayList<>();
      assertTimeoutPreemptively(
          HANG_GUARD,
          () -> {
            int perPair = Math.max(1, cases / pairs);
            int bad = 0;
            for (int n = 0; n < pairs; n++) {
              pipe(in, EchoPairs.origin(n, START));
              for (int j = 0; j < perPair && bad < cases; j++, bad++) {
                String key = bad % 23 == 0 ? null : "bad-" + bad;
                in.pipeInput(key, BadArticleValues.value(SEED, bad), START.plusSeconds(n * 3600L));
                badKeys.add(key);
              }
              pipe(in, EchoPairs.echo(n, START));
            }
          });
      List<ProcessingFailure> failures = errors(driver);
      Map<String, Match> matches = matchesByKey(driver);

      assertThat(failures).hasSize(badKeys.size());
      assertThat(failures).extracting(ProcessingFailure::stage).containsOnly("streams.deserialize");
      assertThat(failures).extracting(ProcessingFailure::key).containsExactlyElementsOf(badKeys);
      for (int n = 0; n < pairs; n++) {
        assertThat(matches).as("pair %d", n).containsKey(EchoPairs.pairKey(n, START));
      }
    }
  }

  @Test
  void shouldFlagEachPairExactlyOnceWhenTheSameArticlesArriveTwice() {
    try (var driver = driver()) {
      var in = articles(driver);
      for (int round = 0; round < 2; round++) {
        for (int n = 0; n < 10; n++) {
          pipe(in, EchoPairs.origin(n, START));
          pipe(in, EchoPairs.echo(n, START));
        }
      }
      List<String> keys = new ArrayList<>();
      matchesTopic(driver).readKeyValuesToList().forEach(kv -> keys.add(kv.key));
      assertThat(keys).doesNotHaveDuplicates().hasSize(10);
      assertThat(errors(driver)).isEmpty();
    }
  }

  @Test
  void shouldCarryOnWhenValidArticlesAreOddOrHuge() {
    try (var driver = driver()) {
      var in = articles(driver);
      assertTimeoutPreemptively(
          HANG_GUARD,
          () -> {
            pipe(in, odd("belta-en:1", "Минск ".repeat(20_000), "xx"));
            pipe(in, odd("belta-en:2", "\u0000\uFFFF\u202E", "en"));
            pipe(in, odd("xinhua-zh:3", "中".repeat(20_000), "zh"));
            pipe(in, odd("xinhua-en:4", "1 2 3 4 5 6 7 8 9 10 ".repeat(1_000), null));
            pipe(in, EchoPairs.origin(0, START));
            pipe(in, EchoPairs.echo(0, START));
          });
      assertThat(matchesByKey(driver)).containsKey(EchoPairs.pairKey(0, START));
    }
  }

  @Test
  void shouldStillFlagLaterPairsWhenOneArticleIsDatedFarInTheFuture() {
    try (var driver = driver()) {
      var in = articles(driver);
      pipe(in, EchoPairs.origin(0, START));
      pipe(in, EchoPairs.echo(0, START));
      pipe(
          in,
          odd(
              "belta-en:999",
              "A story with a typo in its year.",
              "en",
              Instant.parse("2999-10-01T00:00:00Z")));
      pipe(in, EchoPairs.origin(1, START));
      pipe(in, EchoPairs.echo(1, START));
      assertThat(matchesByKey(driver))
          .containsKeys(EchoPairs.pairKey(0, START), EchoPairs.pairKey(1, START));
    }
  }

  private TopologyTestDriver driver() {
    var settings =
        new StreamsSettings(
            "127.0.0.1:1", stateDir, "fuzz-" + System.nanoTime(), 1, DetectionSettings.defaults());
    Properties props = StreamsService.config(settings);
    return new TopologyTestDriver(NarrativeTopology.build(DetectionSettings.defaults()), props);
  }

  private static TestInputTopic<String, byte[]> articles(TopologyTestDriver driver) {
    return driver.createInputTopic(
        Topics.ARTICLES.name(), new StringSerializer(), new ByteArraySerializer());
  }

  private static void pipe(TestInputTopic<String, byte[]> in, Article a) {
    in.pipeInput(a.id(), Json.writeBytes(a), a.publishedAt());
  }

  private static Article odd(String id, String body, String lang) {
    return odd(id, body, lang, START.plusSeconds(60));
  }

  private static Article odd(String id, String body, String lang, Instant at) {
    String source = id.startsWith("belta") ? "belta" : "xinhua";
    return Article.of(id, source, lang, at, "Odd " + id, body, null);
  }

  private static TestOutputTopic<String, Match> matchesTopic(TopologyTestDriver driver) {
    return driver.createOutputTopic(
        Topics.MATCHES.name(),
        new StringDeserializer(),
        Topics.MATCHES.valueSerde().deserializer());
  }

  private static Map<String, Match> matchesByKey(TopologyTestDriver driver) {
    Map<String, Match> out = new HashMap<>();
    matchesTopic(driver).readKeyValuesToList().forEach(kv -> out.put(kv.key, kv.value));
    return out;
  }

  private static List<ProcessingFailure> errors(TopologyTestDriver driver) {
    return driver
        .createOutputTopic(
            Topics.STREAMS_ERRORS.name(),
            new StringDeserializer(),
            Topics.STREAMS_ERRORS.valueSerde().deserializer())
        .readValuesToList();
  }
}
