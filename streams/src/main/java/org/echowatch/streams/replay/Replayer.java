package org.echowatch.streams.replay;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.echowatch.common.Alert;
import org.echowatch.common.Article;
import org.echowatch.common.Json;
import org.echowatch.common.Match;
import org.echowatch.common.Topics;
import org.echowatch.streams.DetectionSettings;
import org.echowatch.streams.NarrativeTopology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the production topology over stories in publishedAt order (ties by id) through Kafka's
 * TopologyTestDriver, with each story's publishedAt as its event time, and collects what it flags.
 * The same input always gives the same output.
 */
public final class Replayer {

  private static final Logger LOG = LoggerFactory.getLogger(Replayer.class);

  /**
   * What a replay produced.
   *
   * @param matches flagged pairs in emission order
   * @param alerts alerts in emission order (retractions left out)
   */
  public record Result(List<Match> matches, List<Alert> alerts) {}

  /**
   * One line of the replay output.
   *
   * @param originId the earlier story
   * @param echoId the later story
   * @param type tier
   * @param score combined score
   * @param lagSeconds echo minus origin publication time
   * @param narrativeId narrative of the pair
   * @param credited whether the echo names the origin's agency
   * @param detectorVersion detector version
   */
  public record OutputLine(
      String originId,
      String echoId,
      String type,
      double score,
      long lagSeconds,
      String narrativeId,
      boolean credited,
      String detectorVersion) {}

  private Replayer() {}

  /** Replays stories through the topology built from {@code settings}. */
  public static Result run(List<Article> stories, DetectionSettings settings) {
    return run(stories, settings, () -> {});
  }

  /**
   * As {@link #run(List, DetectionSettings)}, calling {@code afterEach} once per story fed to the
   * topology (progress reporting).
   */
  public static Result run(List<Article> stories, DetectionSettings settings, Runnable afterEach) {
    List<Article> ordered =
        stories.stream()
            .sorted(Comparator.comparing(Article::publishedAt).thenComparing(Article::id))
            .toList();
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "echowatch-replay");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "replay:9092");
    props.put("processing.exception.handler.global.enabled", true);
    try (var driver =
        new TopologyTestDriver(NarrativeTopology.build(settings.withInMemoryState(true)), props)) {
      var in =
          driver.createInputTopic(
              Topics.ARTICLES.name(), new StringSerializer(), new ByteArraySerializer());
      var matchesOut =
          driver.createOutputTopic(
              Topics.MATCHES.name(),
              new StringDeserializer(),
              Topics.MATCHES.valueSerde().deserializer());
      var alertsOut =
          driver.createOutputTopic(
              Topics.ALERTS.name(),
              new StringDeserializer(),
              Topics.ALERTS.valueSerde().deserializer());
      for (Article a : ordered) {
        in.pipeInput(a.id(), Json.writeBytes(a), a.publishedAt());
        afterEach.run();
      }
      List<Match> matches = matchesOut.readValuesToList();
      List<Alert> alerts = new ArrayList<>();
      alertsOut
          .readValuesToList()
          .forEach(
              a -> {
                if (a != null) {
                  alerts.add(a);
                }
              });
      LOG.info(
          "replayed {} stories: {} matches, {} alert updates",
          ordered.size(),
          matches.size(),
          alerts.size());
      return new Result(matches, alerts);
    }
  }

  /**
   * The {@code replay} command: reads one story per line ({@code {"id","source","lang",
   * "publishedAt","title","body","url"?}}), writes one {@link OutputLine} per flagged pair.
   *
   * @return number of matches written
   * @throws IOException when a file cannot be read or written
   * @throws IllegalArgumentException naming the line that is not a valid story
   */
  public static int replayFile(Path input, Path output, DetectionSettings settings)
      throws IOException {
    return writeMatches(run(readStories(input), settings).matches(), output);
  }

  /**
   * Writes one {@link OutputLine} per match, the {@code replay} command's output format.
   *
   * @return number of matches written
   */
  public static int writeMatches(List<Match> matches, Path output) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      for (Match m : matches) {
        out.write(
            Json.write(
                new OutputLine(
                    m.originId(),
                    m.echoId(),
                    m.type().wireName(),
                    m.score(),
                    m.lagSeconds(),
                    m.narrativeId(),
                    m.credited(),
                    m.detectorVersion())));
        out.newLine();
      }
    }
    return matches.size();
  }

  /** Reads a JSONL file of replay input lines. */
  public static List<Article> readStories(Path input) throws IOException {
    List<Article> stories = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          InputLine l = Json.read(line, InputLine.class);
          stories.add(
              Article.of(
                  l.id(), l.source(), l.lang(), l.publishedAt(), l.title(), l.body(), l.url()));
        } catch (IllegalArgumentException | NullPointerException e) {
          throw new IllegalArgumentException(input + " line " + n + ": " + e.getMessage(), e);
        }
      }
    }
    return stories;
  }

  record InputLine(
      String id,
      String source,
      String lang,
      Instant publishedAt,
      String title,
      String body,
      String url) {}
}
