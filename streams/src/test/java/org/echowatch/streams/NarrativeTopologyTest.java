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
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.echowatch.common.Alert;
import org.echowatch.common.Article;
import org.echowatch.common.Json;
import org.echowatch.common.Match;
import org.echowatch.common.MatchType;
import org.echowatch.common.ProcessingFailure;
import org.echowatch.common.Topics;
import org.echowatch.streams.processor.DetectProcessor;
import org.junit.jupiter.api.Test;

class NarrativeTopologyTest {

  private static final DetectionSettings SETTINGS =
      DetectionSettings.defaults().withInMemoryState(true);

  private static TopologyTestDriver driver(DetectionSettings settings) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "narrative-topology-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "test:9092");
    return new TopologyTestDriver(NarrativeTopology.build(settings), props);
  }

  private static TestInputTopic<String, byte[]> input(TopologyTestDriver d) {
    return d.createInputTopic(
        Topics.ARTICLES.name(), new StringSerializer(), new ByteArraySerializer());
  }

  private static void pipe(TestInputTopic<String, byte[]> in, Article a) {
    in.pipeInput(a.id(), Json.writeBytes(a), a.publishedAt());
  }

  private static List<Match> matches(TopologyTestDriver d) {
    return d.createOutputTopic(
            Topics.MATCHES.name(),
            new StringDeserializer(),
            Topics.MATCHES.valueSerde().deserializer())
        .readValuesToList();
  }

  private static List<Alert> alerts(TopologyTestDriver d) {
    return d.createOutputTopic(
            Topics.ALERTS.name(),
            new StringDeserializer(),
            Topics.ALERTS.valueSerde().deserializer())
        .readValuesToList();
  }

  @Test
  void shouldFlagTranslationFromBeltaToXinhuaWhenRussianStoryReappearsInChinese() {
    try (var d = driver(SETTINGS)) {
      var in = input(d);
      pipe(in, story("belta-ru:1", "belta", "ru", T0, "МИНСК, 4 марта (БЕЛТА) – " + RU));
      pipe(
          in,
          story("xinhua-zh:1", "xinhua", "zh", after(Duration.ofHours(3)), "新华社明斯克3月4日电 " + ZH));
      var m = matches(d);
      assertThat(m)
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.originId()).isEqualTo("belta-ru:1");
                assertThat(x.echoId()).isEqualTo("xinhua-zh:1");
                assertThat(x.type()).isEqualTo(MatchType.TRANSLATION);
                assertThat(x.lagSeconds()).isEqualTo(3 * 3600);
                assertThat(x.credited()).isFalse();
                assertThat(x.evidence()).isNotEmpty();
                assertThat(x.narrativeId()).isEqualTo("nar-belta-ru:1");
                assertThat(x.detectorVersion()).isEqualTo(DetectionSettings.DETECTOR_VERSION);
                assertThat(x.origin().id()).isEqualTo("belta-ru:1");
              });
    }
  }

  @Test
  void shouldIgnoreAStoryDeliveredAgainWithItsId() {
    try (var d = driver(SETTINGS)) {
      var in = input(d);
      var echo =
          story("xinhua-zh:1", "xinhua", "zh", after(Duration.ofHours(3)), "新华社明斯克3月4日电 " + ZH);
      pipe(in, story("belta-ru:1", "belta", "ru", T0, "МИНСК, 4 марта (БЕЛТА) – " + RU));
      pipe(in, echo);
      pipe(in, echo);

      assertThat(matches(d)).singleElement().extracting(Match::echoId).isEqualTo("xinhua-zh:1");
    }
  }

  @Test
  void shouldFlagExactFromXinhuaToBeltaWhenOnlyDatelinesDiffer() {
    try (var d = driver(SETTINGS)) {
      var in = input(d);
      pipe(
          in,
          story(
              "xinhua-en:1", "xinhua", "en", T0, "MINSK, March 4 (Xinhua) -- " + EN + " Enditem"));
      pipe(
          in,
          story(
              "belta-en:1",
              "belta",
              "en",
              after(Duration.ofMinutes(40)),
              "MINSK, 4 March (BelTA) – " + EN + " Xinhua reported."));
      // the added credit line makes it verbatim rather than exact; the plain copy is exact
      pipe(
          in,
          story(
              "belta-en:2",
              "belta",
              "en",
              after(Duration.ofMinutes(50)),
              "MINSK, 4 March (BelTA) – " + EN));
      var m = matches(d);
      assertThat(m)
          .extracting(Match::echoId, Match::type, Match::credited)
          .contains(
              org.assertj.core.groups.Tuple.tuple("belta-en:1", MatchType.VERBATIM, true),
              org.assertj.core.groups.Tuple.tuple("belta-en:2", MatchType.EXACT, false));
      assertThat(m).allSatisfy(x -> assertThat(x.originId()).isEqualTo("xinhua-en:1"));
    }
  }

  @Test
  void shouldFlagEveryTierInBothDirectionsWhenCorpusPairsAreReplayed() {
    var corpus = Stories.corpus();
    var result =
        org.echowatch.streams.replay.Replayer.run(
            corpus.articles().values().stream().toList(), DetectionSettings.defaults());
    for (MatchType type : MatchType.values()) {
      assertThat(result.matches())
          .filteredOn(x -> x.type() == type)
          .as(type.wireName())
          .anySatisfy(x -> assertThat(x.origin().source()).isEqualTo("belta"))
          .anySatisfy(x -> assertThat(x.origin().source()).isEqualTo("xinhua"));
    }
  }

  @Test
  void shouldMakeEarlierStoryTheOriginWhenItArrivesLateWithinGrace() {
    try (var d = driver(SETTINGS)) {
      var in = input(d);
      pipe(
          in,
          story(
              "xinhua-en:9",
              "xinhua",
              "en",
              after(Duration.ofHours(20)),
              "BEIJING, March 4 (Xinhua) -- " + EN));
      pipe(in, story("belta-ru:9", "belta", "ru", after(Duration.ofHours(2)), RU));
      assertThat(matches(d))
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.originId()).isEqualTo("belta-ru:9");
                assertThat(x.echoId()).isEqualTo("xinhua-en:9");
                assertThat(x.lagSeconds()).isEqualTo(18 * 3600);
              });
    }
  }

  @Test
  void shouldRouteStoryToErrorsWhenItArrivesLaterThanGrace() {
    try (var d = driver(SETTINGS)) {
      var in = input(d);
      pipe(in, story("xinhua-en:9", "xinhua", "en", after(Duration.ofDays(5)), EN));
      pipe(in, story("belta-ru:9", "belta", "ru", T0, RU));
      assertThat(matches(d)).isEmpty();
      var errors =
          d.createOutputTopic(
                  Topics.STREAMS_ERRORS.name(),
                  new StringDeserializer(),
                  Topics.STREAMS_ERRORS.valueSerde().deserializer())
              .readValuesToList();
      assertThat(errors).extracting(ProcessingFailure::stage).containsExactly("streams.late");
    }
  }

  @Test
  void shouldNotPairAndShouldEvictWhenStoriesAreFurtherApartThanTheWindow() {
    try (var d = driver(SETTINGS)) {
      var in = input(d);
      pipe(in, story("belta-en:1", "belta", "en", T0, EN));
      pipe(in, story("xinhua-en:1", "xinhua", "en", after(Duration.ofDays(15)), EN));
      assertThat(matches(d)).isEmpty();
      pipe(
          in,
          story(
              "xinhua-en:2",
              "xinhua",
              "en",
              after(Duration.ofDays(17)),
              "Unrelated weather report."));
      var stored = d.<String, byte[]>getKeyValueStore(DetectProcessor.ARTICLES);
      assertThat(stored.get("belta-en:1")).isNull();
      assertThat(stored.get("xinhua-en:1")).isNotNull();
    }
  }

  @Test
  void shouldRouteMalformedRecordToErrorsAndKeepFlowingWhenJsonIsBroken() {
    try (var d = driver(SETTINGS)) {
      var in = input(d);
      in.pipeInput(
          "bad:1", "{\"id\": \"bad:1\", \"source\": ".getBytes(StandardCharsets.UTF_8), T0);
      pipe(in, story("belta-ru:1", "belta", "ru", T0, RU));
      pipe(in, story("xinhua-zh:1", "xinhua", "zh", after(Duration.ofHours(1)), ZH));
      var errors =
          d.createOutputTopic(
                  Topics.STREAMS_ERRORS.name(),
                  new StringDeserializer(),
                  Topics.STREAMS_ERRORS.valueSerde().deserializer())
              .readValuesToList();
      assertThat(errors)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.stage()).isEqualTo("streams.deserialize");
                assertThat(e.key()).isEqualTo("bad:1");
                assertThat(e.input()).startsWith("{\"id\": \"bad:1\"");
              });
      assertThat(matches(d)).hasSize(1);
    }
  }

  @Test
  void shouldPairSameAgencyOnlyWhenTheSettingAllowsIt() {
    try (var d = driver(SETTINGS)) {
      var in = input(d);
      pipe(in, story("belta-en:1", "belta", "en", T0, EN));
      pipe(in, story("belta-ru:1", "belta", "ru", after(Duration.ofHours(1)), RU));
      assertThat(matches(d)).isEmpty();
    }
    try (var d = driver(SETTINGS.withSameSourcePairs(true))) {
      var in = input(d);
      pipe(in, story("belta-en:1", "belta", "en", T0, EN));
      pipe(in, story("belta-ru:1", "belta", "ru", after(Duration.ofHours(1)), RU));
      assertThat(matches(d)).hasSize(1);
    }
  }

  @Test
  void shouldUpdateTheAlertWithNextVersionWhenTheNarrativeGrows() {
    try (var d = driver(SETTINGS)) {
      var in = input(d);
      pipe(in, story("belta-ru:1", "belta", "ru", T0, RU));
      pipe(in, story("xinhua-zh:1", "xinhua", "zh", after(Duration.ofHours(2)), ZH));
      pipe(in, story("xinhua-en:1", "xinhua", "en", after(Duration.ofHours(5)), EN));
      var a = alerts(d);
      assertThat(a).extracting(Alert::narrativeId).containsOnly("nar-belta-ru:1");
      Alert last = a.get(a.size() - 1);
      assertThat(a).extracting(Alert::version).isSorted().doesNotHaveDuplicates();
      assertThat(a.get(0).version()).isEqualTo(1);
      assertThat(last.members()).containsExactly("belta-ru:1", "xinhua-zh:1", "xinhua-en:1");
      assertThat(last.languages()).containsExactly("en", "ru", "zh");
      assertThat(last.sources()).containsExactly("belta", "xinhua");
      assertThat(last.uncredited()).isTrue();
      assertThat(last.severity()).isEqualTo("critical");
    }
  }

  @Test
  void shouldGiveSameMatchesWhenTheSameInputIsReplayedTwice() {
    var stories =
        List.of(
            story("belta-ru:1", "belta", "ru", T0, RU),
            story("xinhua-zh:1", "xinhua", "zh", after(Duration.ofHours(2)), ZH),
            story("xinhua-en:1", "xinhua", "en", after(Duration.ofHours(5)), EN));
    var first = org.echowatch.streams.replay.Replayer.run(stories, DetectionSettings.defaults());
    var second = org.echowatch.streams.replay.Replayer.run(stories, DetectionSettings.defaults());
    assertThat(first.matches()).isNotEmpty().isEqualTo(second.matches());
    assertThat(first.alerts()).isEqualTo(second.alerts());
  }
}
