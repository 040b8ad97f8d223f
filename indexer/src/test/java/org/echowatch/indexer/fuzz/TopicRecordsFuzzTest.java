package org.echowatch.indexer.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.echowatch.common.Alert;
import org.echowatch.common.FeedHealth;
import org.echowatch.common.Json;
import org.echowatch.common.Match;
import org.echowatch.indexer.index.Story;
import org.echowatch.indexer.index.StoryIndex;
import org.junit.jupiter.api.Test;

/**
 * Records of the wrong shape on the matches, alerts and feed-health topics, through the consumer's
 * per-record steps: decode with the shared JSON mapping, then upsert. The consumer catches only
 * {@link IllegalArgumentException} per record; any other throwable would fail the whole batch and
 * be retried forever (a poison record).
 */
class TopicRecordsFuzzTest {

  private static final long SEED = 5_550_123L;
  private static final Duration HANG_GUARD = Duration.ofSeconds(120);

  @Test
  void shouldIndexOrRejectEachRecordWhenTopicValuesAreMalformed() throws IOException {
    int cases = Integer.getInteger("echowatch.fuzz.cases", 600);
    List<String> escapes = new ArrayList<>();
    int[] outcome = new int[2];
    try (var index = new StoryIndex(new ByteBuffersDirectory())) {
      assertTimeoutPreemptively(
          HANG_GUARD,
          () -> {
            for (int i = 0; i < cases; i++) {
              Random r = new Random(SEED * 131 + i);
              int topic = i % 3;
              String valid =
                  switch (topic) {
                    case 0 -> Json.write(IndexerRecords.match(i));
                    case 1 -> Json.write(IndexerRecords.alert(i));
                    default -> Json.write(IndexerRecords.feedHealth(i));
                  };
              byte[] value = mutate(valid, r);
              try {
                apply(index, topic, value);
                outcome[0]++;
              } catch (IllegalArgumentException e) {
                outcome[1]++;
              } catch (Throwable t) {
                if (escapes.size() < 10) {
                  escapes.add("case " + i + " (topic " + topic + "): " + t);
                }
              }
            }
          });
    }
    assertThat(escapes).as("indexed %d, rejected %d", outcome[0], outcome[1]).isEmpty();
    assertThat(outcome[0]).isPositive();
    assertThat(outcome[1]).isPositive();
  }

  private static void apply(StoryIndex index, int topic, byte[] value) throws IOException {
    switch (topic) {
      case 0 -> {
        Match match = Json.read(value, Match.class);
        index.upsertMatch(match);
        if (match.origin() != null) {
          index.upsertStory(Story.of(match.origin(), match));
        }
        if (match.echo() != null) {
          index.upsertStory(Story.of(match.echo(), match));
        }
      }
      case 1 -> index.upsertAlert(Json.read(value, Alert.class));
      default -> Json.read(value, FeedHealth.class);
    }
  }

  /** One wrong shape per case: broken JSON, wrong types, missing or absurd fields, deep nesting. */
  private static byte[] mutate(String valid, Random r) {
    String v =
        switch (r.nextInt(12)) {
          case 0 -> valid.substring(0, r.nextInt(valid.length()));
          case 1 -> valid.replaceFirst("\"[a-zA-Z]+\":", "\"" + r.nextInt() + "\":");
          case 2 -> valid.replace("\"score\":0.9", "\"score\":" + (r.nextBoolean() ? "7" : "NaN"));
          case 3 -> valid.replace("\"type\":\"", "\"type\":\"bogus");
          case 4 -> valid.replaceAll("\"(originId|narrativeId|feedId)\":\"[^\"]*\"", "\"$1\":null");
          case 5 -> valid.replaceAll("\"publishedAt\":\"[^\"]*\"", "\"publishedAt\":null");
          case 6 -> valid.replaceAll("\"(members|evidence)\":\\[", "\"$1\":[null,");
          case 7 -> "[" + valid + "]";
          case 8 ->
              valid.replaceFirst("\\{", "{\"x\":" + "[".repeat(2_000) + "]".repeat(2_000) + ",");
          case 9 ->
              valid.replaceAll(
                  "\"(title|body|headline)\":\"",
                  "\"$1\":\"" + "\u0000\uFFFF".repeat(1 + r.nextInt(5_000)));
          case 10 -> valid.replaceAll("\"origin\":\\{", "\"origin\":{\"id\":\"\",");
          default ->
              valid.replaceAll(
                  "\"(firstSeen|polledAt)\":\"[^\"]*\"", "\"$1\":\"+999999999-12-31T23:59:59Z\"");
        };
    return v.getBytes(StandardCharsets.UTF_8);
  }
}
