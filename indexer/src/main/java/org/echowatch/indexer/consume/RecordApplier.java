package org.echowatch.indexer.consume;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.echowatch.common.Alert;
import org.echowatch.common.Article;
import org.echowatch.common.FeedHealth;
import org.echowatch.common.Json;
import org.echowatch.common.Match;
import org.echowatch.common.ProcessingFailure;
import org.echowatch.common.Topics;
import org.echowatch.indexer.index.FeedStatus;
import org.echowatch.indexer.index.Story;
import org.echowatch.indexer.index.StoryIndex;

/**
 * Applies a batch of raw topic records to the index as upserts. A record that does not parse is
 * handed to the failure sink and skipped. Does not commit or refresh: earlier stories and feed
 * states come from {@link RecentWrites}, which the owner clears when readers are refreshed.
 */
final class RecordApplier {

  /** Fewer stories than this are written by the poll thread alone. */
  private static final int MIN_PARALLEL = 64;

  private final StoryIndex index;
  private final RecentWrites recent;
  private final Consumer<ProcessingFailure> failures;
  private final ExecutorService helper;

  /**
   * @param helper a thread that writes half of a large poll's stories; null: the poll thread writes
   *     them all
   */
  RecordApplier(
      StoryIndex index,
      RecentWrites recent,
      Consumer<ProcessingFailure> failures,
      ExecutorService helper) {
    this.index = index;
    this.recent = recent;
    this.failures = failures;
    this.helper = helper;
  }

  AppliedBatch apply(Iterable<ConsumerRecord<byte[], byte[]>> records) throws IOException {
    Map<String, Story> stories = new LinkedHashMap<>();
    Map<String, Boolean> known = new LinkedHashMap<>();
    List<Alert> alerts = new ArrayList<>();
    int count = 0;
    int failed = 0;
    for (ConsumerRecord<byte[], byte[]> record : records) {
      count++;
      try {
        if (record.value() == null) {
          retract(record);
          continue;
        }
        String topic = record.topic();
        if (topic.equals(Topics.MATCHES.name())) {
          Match match = Json.read(record.value(), Match.class);
          index.upsertMatch(match);
          side(match.origin(), match, stories, known);
          side(match.echo(), match, stories, known);
        } else if (topic.equals(Topics.ALERTS.name())) {
          Alert alert = Json.read(record.value(), Alert.class);
          index.upsertAlert(alert);
          alerts.add(alert);
        } else if (topic.equals(Topics.FEED_HEALTH.name())) {
          FeedHealth poll = Json.read(record.value(), FeedHealth.class);
          FeedStatus after = FeedStatus.after(recent.feed(poll.feedId()).orElse(null), poll);
          index.upsertFeed(after);
          recent.wrote(after);
        }
      } catch (IllegalArgumentException e) {
        failed++;
        failures.accept(
            ProcessingFailure.ofRecord(
                "indexer.parse",
                record.topic(),
                record.partition(),
                record.offset(),
                record.key(),
                record.value(),
                e,
                Instant.now()));
      }
    }
    List<Story> fresh = new ArrayList<>();
    for (Story story : stories.values()) {
      if (!known.get(story.id())) {
        fresh.add(story);
      }
      recent.wrote(story);
    }
    writeStories(stories.values(), known);
    return new AppliedBatch(count, failed, stories.size(), fresh, alerts);
  }

  /**
   * Writes the stories of one poll, each id once (sightings of one id were merged above), split by
   * id hash between the poll thread and a helper thread: analysing the text is most of the work and
   * the index writer takes documents from several threads. Returns when both halves are written.
   */
  private void writeStories(Collection<Story> stories, Map<String, Boolean> known)
      throws IOException {
    if (helper == null || stories.size() < MIN_PARALLEL) {
      write(stories, known, 0, 1);
      return;
    }
    Future<?> other =
        helper.submit(
            () -> {
              write(stories, known, 1, 2);
              return null;
            });
    try {
      write(stories, known, 0, 2);
    } finally {
      try {
        other.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while writing stories", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }

  private void write(Collection<Story> stories, Map<String, Boolean> known, int part, int parts)
      throws IOException {
    for (Story story : stories) {
      if (Math.floorMod(story.id().hashCode(), parts) != part) {
        continue;
      }
      if (known.get(story.id())) {
        index.upsertStory(story);
      } else {
        index.addNewStory(story);
      }
    }
  }

  private void side(
      Article article, Match match, Map<String, Story> stories, Map<String, Boolean> known)
      throws IOException {
    if (article == null) {
      return; // a match without its embedded story: the match is kept, the story is not known
    }
    Story sighting = Story.of(article, match);
    Story earlier = stories.get(article.id());
    if (earlier == null) {
      Optional<Story> indexed = recent.story(article.id());
      known.put(article.id(), indexed.isPresent());
      earlier = indexed.orElse(null);
    }
    stories.put(article.id(), earlier == null ? sighting : earlier.mergedWith(sighting));
  }

  // A null value is a tombstone: on the alerts topic streams retracts a narrative that merged into
  // another one; on the other topics nothing is ever retracted.
  private void retract(ConsumerRecord<byte[], byte[]> record) throws IOException {
    if (record.topic().equals(Topics.ALERTS.name()) && record.key() != null) {
      index.retractAlert(new String(record.key(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
