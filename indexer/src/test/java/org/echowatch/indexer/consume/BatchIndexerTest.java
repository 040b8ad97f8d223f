package org.echowatch.indexer.consume;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.echowatch.common.Alert;
import org.echowatch.common.Json;
import org.echowatch.common.Match;
import org.echowatch.common.MatchType;
import org.echowatch.common.ProcessingFailure;
import org.echowatch.common.Topics;
import org.echowatch.indexer.index.SearchRequest;
import org.echowatch.indexer.index.Story;
import org.echowatch.indexer.index.StoryIndex;
import org.echowatch.indexer.testing.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchIndexerTest {

  private static final TopicPartition MATCHES = new TopicPartition(Topics.MATCHES.name(), 0);
  private static final TopicPartition ALERTS = new TopicPartition(Topics.ALERTS.name(), 0);

  private final List<ProcessingFailure> failures = new ArrayList<>();
  private StoryIndex index;
  private BatchIndexer batches;

  @BeforeEach
  void open() throws IOException {
    index = new StoryIndex(new ByteBuffersDirectory());
    batches = new BatchIndexer(index, failures::add);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  @Test
  void shouldMakeAppliedMatchesSearchableAndReportTheirStoriesAsNew() throws Exception {
    AppliedBatch batch = batches.apply(poll(MATCHES, 0, json(match(1, MatchType.VERBATIM))), true);

    assertThat(batch.records()).isEqualTo(1);
    assertThat(batch.newStories())
        .extracting(Story::id)
        .containsExactly("belta-en:1", "xinhua-en:1");
    assertThat(index.search(SearchRequest.of("harvest")).total()).isEqualTo(2);
  }

  @Test
  void shouldMergeASecondSightingOfAStoryWithoutCallingItNew() throws IOException {
    batches.apply(poll(MATCHES, 0, json(match(1, MatchType.VERBATIM))), true);

    AppliedBatch again = batches.apply(poll(MATCHES, 1, json(match(1, MatchType.REWRITE))), true);

    assertThat(again.stories()).isEqualTo(2);
    assertThat(again.newStories()).isEmpty();
    assertThat(index.story("belta-en:1").orElseThrow().matchTypes())
        .containsExactly("rewrite", "verbatim");
  }

  @Test
  void shouldCommitTheOffsetAfterTheLastAppliedRecordOfEachPartition() throws IOException {
    batches.apply(
        poll(MATCHES, 7, json(match(1, MatchType.VERBATIM)), json(match(2, MatchType.EXACT))),
        false);
    assertThat(batches.hasPending()).isTrue();

    var committed = batches.commit();

    assertThat(committed.get(MATCHES).offset()).isEqualTo(9);
    assertThat(batches.hasPending()).isFalse();
    assertThat(batches.committedOffset(MATCHES)).isEqualTo(9);
    assertThat(batches.committedOffset(ALERTS)).isNull();
  }

  @Test
  void shouldCommitThePositionPastATransactionMarkerOnlyBeyondWhatIsHeld() throws IOException {
    batches.apply(poll(MATCHES, 7, json(match(1, MatchType.VERBATIM))), false);
    // the consumer stepped over the commit marker at offset 8
    batches.advanceTo(Map.of(MATCHES, 9L, ALERTS, 4L));
    assertThat(batches.commit()).containsOnlyKeys(MATCHES);
    assertThat(batches.committedOffset(MATCHES)).isEqualTo(9);

    batches.advanceTo(Map.of(MATCHES, 9L));
    assertThat(batches.hasPending()).as("nothing new past the held offset").isFalse();
    batches.advanceTo(Map.of(MATCHES, 11L));
    assertThat(batches.commit().get(MATCHES).offset()).isEqualTo(11);
    assertThat(batches.committedOffset(ALERTS)).as("never read: still unknown").isNull();
  }

  @Test
  void shouldRemoveTheAlertOfARetractedNarrative() throws IOException {
    Alert alert = TestRecords.alert("n-1", 1, match(1, MatchType.VERBATIM));
    batches.apply(poll(ALERTS, 0, Json.writeBytes(alert)), true);
    assertThat(index.alert("n-1")).isPresent();

    batches.apply(poll(ALERTS, 1, (byte[]) null), true);

    assertThat(index.alert("n-1")).isEmpty();
  }

  @Test
  void shouldHandUnreadableRecordsToTheFailureSinkAndIndexTheRest() throws IOException {
    AppliedBatch batch =
        batches.apply(
            poll(
                MATCHES,
                0,
                "{not json".getBytes(StandardCharsets.UTF_8),
                json(match(1, MatchType.EXACT))),
            true);

    assertThat(batch.failures()).isEqualTo(1);
    assertThat(failures).extracting(ProcessingFailure::offset).containsExactly(0L);
    assertThat(index.story("xinhua-en:1")).isPresent();
  }

  @Test
  void shouldHoldBackABacklogUntilTheCommitAndThenHandItOutAsOne() throws Exception {
    batches.apply(poll(MATCHES, 0, json(match(1, MatchType.VERBATIM))), false);
    batches.apply(poll(MATCHES, 1, json(match(1, MatchType.EXACT))), false);
    assertThat(index.storyCount()).isZero();
    assertThat(batches.takeVisible()).isEmpty();

    batches.commit();

    assertThat(index.storyCount()).isEqualTo(2);
    AppliedBatch visible = batches.takeVisible().orElseThrow();
    assertThat(visible.records()).isEqualTo(2);
    assertThat(visible.newStories())
        .extracting(Story::id)
        .containsExactly("belta-en:1", "xinhua-en:1");
    assertThat(index.story("belta-en:1").orElseThrow().matchTypes())
        .containsExactly("exact", "verbatim");
    assertThat(batches.takeVisible()).isEmpty();
  }

  @Test
  void shouldHandOutABatchOnceWhenCaughtUp() throws Exception {
    batches.apply(poll(MATCHES, 0, json(match(1, MatchType.VERBATIM))), true);

    assertThat(batches.takeVisible().orElseThrow().newStories()).hasSize(2);
    assertThat(batches.takeVisible()).isEmpty();
  }

  @Test
  void shouldLeaveTheSameIndexWhenTwoThreadsWriteThePollsStories() throws Exception {
    try (var oneThread = new StoryIndex(new ByteBuffersDirectory());
        var twoThreads = new StoryIndex(new ByteBuffersDirectory())) {
      var sequential = new BatchIndexer(oneThread, failures::add, false);
      var parallel = new BatchIndexer(twoThreads, failures::add, true);
      // Polls large enough to be split, with the same stories again in a later poll (merged with
      // the indexed ones) and twice within one poll (merged before writing).
      List<ConsumerRecords<byte[], byte[]>> polls = new ArrayList<>();
      polls.add(poll(MATCHES, 0, range(1, 300, MatchType.VERBATIM)));
      byte[][] second = range(200, 500, MatchType.REWRITE);
      byte[][] again = range(250, 270, MatchType.EXACT);
      byte[][] both = java.util.Arrays.copyOf(second, second.length + again.length);
      System.arraycopy(again, 0, both, second.length, again.length);
      polls.add(poll(MATCHES, 300, both));
      polls.add(poll(MATCHES, 620, range(480, 520, MatchType.TRANSLATION)));
      for (int i = 0; i < polls.size(); i++) {
        boolean caughtUp = i == 1;
        AppliedBatch a = sequential.apply(polls.get(i), caughtUp);
        AppliedBatch b = parallel.apply(polls.get(i), caughtUp);
        assertThat(b).isEqualTo(a);
      }
      sequential.commit();
      parallel.commit();

      assertThat(twoThreads.storyCount()).isEqualTo(oneThread.storyCount()).isEqualTo(1038);
      for (int n = 1; n < 520; n++) {
        for (String id : List.of("belta-en:" + n, "xinhua-en:" + n)) {
          assertThat(twoThreads.story(id)).as(id).isEqualTo(oneThread.story(id));
        }
      }
      assertThat(twoThreads.story("belta-en:260").orElseThrow().matchTypes())
          .containsExactlyInAnyOrder("exact", "rewrite", "verbatim");
      for (String q : List.of("", "harvest", "type:rewrite", "type:exact")) {
        var request = new SearchRequest(q, true, 0, 50, null, null, null, null);
        assertThat(twoThreads.search(request).total())
            .as(q)
            .isEqualTo(oneThread.search(request).total());
        assertThat(twoThreads.search(request).facets())
            .as(q)
            .isEqualTo(oneThread.search(request).facets());
      }
      assertThat(failures).isEmpty();
    }
  }

  private static byte[][] range(int from, int to, MatchType type) {
    byte[][] values = new byte[to - from][];
    for (int n = from; n < to; n++) {
      values[n - from] = json(match(n, type));
    }
    return values;
  }

  private static Match match(int n, MatchType type) {
    var origin =
        TestRecords.article(
            "belta-en:" + n, "en", "Harvest " + n, "A record harvest " + n, "2026-03-01T08:00:00Z");
    var echo =
        TestRecords.article(
            "xinhua-en:" + n,
            "en",
            "Harvest " + n,
            "A record harvest " + n,
            "2026-03-01T09:00:00Z");
    return TestRecords.match(origin, echo, type, 0.9, "n-" + n);
  }

  private static byte[] json(Match match) {
    return Json.writeBytes(match);
  }

  private static ConsumerRecords<byte[], byte[]> poll(
      TopicPartition tp, long firstOffset, byte[]... values) {
    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      byte[] key = ("k" + i).getBytes(StandardCharsets.UTF_8);
      if (tp.equals(ALERTS)) {
        key = "n-1".getBytes(StandardCharsets.UTF_8);
      }
      records.add(
          new ConsumerRecord<>(tp.topic(), tp.partition(), firstOffset + i, key, values[i]));
    }
    return new ConsumerRecords<>(Map.of(tp, records));
  }
}
