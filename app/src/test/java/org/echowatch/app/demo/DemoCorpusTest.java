package org.echowatch.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.echowatch.common.Article;
import org.echowatch.common.Json;
import org.echowatch.common.Match;
import org.echowatch.ingest.demo.DemoAgencySite;
import org.echowatch.ingest.demo.DemoStory;
import org.echowatch.streams.DetectionSettings;
import org.echowatch.streams.replay.Replayer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoCorpusTest {

  private static List<DemoStory> corpus;
  private static Map<String, DemoStory> byKey;
  private static JsonNode answers;

  @BeforeAll
  static void load() throws IOException {
    corpus = DemoCorpus.load();
    byKey = new HashMap<>();
    corpus.forEach(s -> byKey.put(s.edition() + ":" + s.nativeId(), s));
    try (InputStream in =
        DemoCorpusTest.class.getClassLoader().getResourceAsStream("demo/answers.json")) {
      answers = Json.mapper().readTree(in);
    }
  }

  @Test
  void shouldHoldBetweenFortyAndEightyStoriesOfEveryEditionWhenLoaded() {
    assertThat(corpus).hasSizeBetween(40, 80);
    assertThat(corpus.stream().map(DemoStory::edition).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(DemoStory.EDITIONS);
    assertThat(byKey).hasSameSizeAs(corpus);
  }

  @Test
  void shouldPlantEveryEchoTypeInBothDirectionsAcrossAgencies() {
    Set<String> typeAndDirection = new HashSet<>();
    for (JsonNode pair : answers.get("pairs")) {
      DemoStory origin = byKey.get(pair.get("origin").asText());
      DemoStory echo = byKey.get(pair.get("echo").asText());
      assertThat(origin).as(pair.toString()).isNotNull();
      assertThat(echo).as(pair.toString()).isNotNull();
      assertThat(DemoAgencySite.publishedAt(origin)).isBefore(DemoAgencySite.publishedAt(echo));
      assertThat(agency(origin)).isNotEqualTo(agency(echo));
      typeAndDirection.add(pair.get("type").asText() + " " + agency(origin) + "->" + agency(echo));
    }
    assertThat(typeAndDirection)
        .contains(
            "exact belta->xinhua", "exact xinhua->belta",
            "verbatim belta->xinhua", "verbatim xinhua->belta",
            "rewrite belta->xinhua", "rewrite xinhua->belta",
            "translation belta->xinhua", "translation xinhua->belta");
  }

  @Test
  void shouldFillEveryDatelineWhenShifted() {
    var plan = shiftedCorpus();

    assertThat(plan.stories())
        .allSatisfy(
            s -> assertThat(String.join(" ", s.paragraphs())).doesNotContain(DemoTimeline.DATE));
  }

  @Test
  void shouldFlagEveryPlantedEchoAsItsTierWhenReplayedThroughTheTopology() {
    var plan = shiftedCorpus();
    Map<String, String> idOfKey = new HashMap<>();
    List<Article> articles =
        plan.stories().stream()
            .peek(s -> idOfKey.put(s.edition() + ":" + s.nativeId(), DemoAgencySite.articleIdOf(s)))
            .map(DemoCorpusTest::article)
            .toList();

    List<Match> matches = Replayer.run(articles, DetectionSettings.defaults()).matches();
    Map<String, String> flagged = new HashMap<>();
    matches.forEach(m -> flagged.put(m.originId() + "|" + m.echoId(), m.type().wireName()));

    var missed = new java.util.ArrayList<String>();
    for (JsonNode pair : answers.get("pairs")) {
      String key =
          idOfKey.get(pair.get("origin").asText()) + "|" + idOfKey.get(pair.get("echo").asText());
      String planted = pair.get("type").asText();
      if (!planted.equals(flagged.get(key))) {
        missed.add(planted + " " + key + " flagged as " + flagged.get(key));
      }
    }
    // the page shows each tier, so each planted echo must come out as the tier it was planted as
    assertThat(missed).as("planted echoes the topology did not flag as planted").isEmpty();
  }

  private static DemoTimeline.Plan shiftedCorpus() {
    return DemoTimeline.plan(
        corpus, Instant.parse("2026-11-27T10:00:00Z"), Duration.ofSeconds(30), Clock.systemUTC());
  }

  private static String agency(DemoStory s) {
    return s.edition().substring(0, s.edition().indexOf('-'));
  }

  private static Article article(DemoStory s) {
    return Article.of(
        DemoAgencySite.articleIdOf(s),
        agency(s),
        s.edition().substring(s.edition().indexOf('-') + 1),
        DemoAgencySite.publishedAt(s),
        s.title(),
        String.join("\n\n", s.paragraphs()),
        null);
  }
}
