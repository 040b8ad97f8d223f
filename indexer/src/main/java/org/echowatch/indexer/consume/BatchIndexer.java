package org.echowatch.indexer.consume;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.echowatch.common.ProcessingFailure;
import org.echowatch.indexer.index.StoryIndex;

/**
 * The indexing half of the poll loop, without any Kafka I/O, so that tests and benchmarks drive
 * exactly the steps the consumer takes: apply one polled batch, make it visible to searches, and
 * commit the index with the offset after the last record it holds on each partition.
 *
 * <p>Readers are refreshed after a batch only once the consumer has caught up with the topics;
 * while it catches up (a rebuild, a backlog) every refresh would flush a tiny segment, so batches
 * become visible at the next commit instead (at most a second later). What became visible is handed
 * out by {@link #takeVisible()} for the live stream and saved searches, so nothing is announced
 * before a search can find it. Not thread-safe: one poll thread owns it.
 */
public final class BatchIndexer {

  private static final String OFFSET_PREFIX = "offset.";

  private final StoryIndex index;
  private final RecentWrites recent;
  private final RecordApplier applier;
  private final Map<TopicPartition, OffsetAndMetadata> pending = new HashMap<>();
  private AppliedBatch unseen;
  private AppliedBatch visible;

  /**
   * @param failures told about each record that does not parse
   */
  public BatchIndexer(StoryIndex index, Consumer<ProcessingFailure> failures) {
    // One thread: two measured slower and costlier on the 2 shared cores (indexer/README.md).
    this(index, failures, false);
  }

  /**
   * @param failures told about each record that does not parse
   * @param twoThreads whether a helper thread writes half of each large poll's stories
   */
  public BatchIndexer(StoryIndex index, Consumer<ProcessingFailure> failures, boolean twoThreads) {
    this.index = index;
    this.recent = new RecentWrites(index);
    this.applier = new RecordApplier(index, recent, failures, twoThreads ? helper() : null);
  }

  /** One daemon thread, started on demand and ended after a minute idle. */
  private static ExecutorService helper() {
    var pool =
        new ThreadPoolExecutor(
            1,
            1,
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            work -> {
              Thread thread = new Thread(work, "index-writer-helper");
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /**
   * Applies {@code records} as upserts; durable at the next {@link #commit()}.
   *
   * @param caughtUp whether the topics hold nothing after these records: then searches see them at
   *     once, otherwise at the next commit
   * @return what the records changed
   */
  public AppliedBatch apply(ConsumerRecords<byte[], byte[]> records, boolean caughtUp)
      throws IOException {
    AppliedBatch batch = applier.apply(records);
    pending.putAll(nextOffsets(records));
    unseen = unseen == null ? batch : unseen.then(batch);
    if (caughtUp) {
      index.refresh();
      refreshed();
    }
    return batch;
  }

  /**
   * Moves the offsets to commit up to the consumer's positions, once every record a poll returned
   * has been applied. A position can be past the last record: read_committed consumers step over
   * the markers that end transactions, and without this the committed offsets (and the lag the
   * watch floor shows) would stay one marker short of the end forever.
   *
   * @param positions the consumer's position per assigned partition, after the last poll
   */
  public void advanceTo(Map<TopicPartition, Long> positions) {
    Map<String, String> committed = null;
    for (var e : positions.entrySet()) {
      TopicPartition tp = e.getKey();
      OffsetAndMetadata pendingOffset = pending.get(tp);
      Long held;
      if (pendingOffset != null) {
        held = pendingOffset.offset();
      } else {
        committed = committed == null ? index.committedUserData() : committed;
        held = offsetIn(committed, tp);
      }
      if (held != null && e.getValue() > held) {
        pending.put(tp, new OffsetAndMetadata(e.getValue()));
      }
    }
  }

  /**
   * The batches that searches see now and were not yet handed out, as one; empty when there are
   * none.
   */
  public Optional<AppliedBatch> takeVisible() {
    Optional<AppliedBatch> out = Optional.ofNullable(visible);
    visible = null;
    return out;
  }

  /** Whether records were applied since the last commit. */
  public boolean hasPending() {
    return !pending.isEmpty();
  }

  /**
   * Commits the index with the offsets after every applied record in its commit data, and returns
   * those offsets (for Kafka, which must only ever hear of them after the index holds them).
   */
  public Map<TopicPartition, OffsetAndMetadata> commit() throws IOException {
    Map<TopicPartition, OffsetAndMetadata> offsets = Map.copyOf(pending);
    Map<String, String> data = new HashMap<>(index.committedUserData());
    offsets.forEach((tp, om) -> data.put(key(tp), Long.toString(om.offset())));
    index.commit(data);
    pending.clear();
    refreshed();
    return offsets;
  }

  /** The offset the index holds for {@code tp}: where reading resumes; null when none. */
  public Long committedOffset(TopicPartition tp) {
    return offsetIn(index.committedUserData(), tp);
  }

  private static Long offsetIn(Map<String, String> commitData, TopicPartition tp) {
    String offset = commitData.get(key(tp));
    return offset == null ? null : Long.valueOf(offset);
  }

  private void refreshed() {
    recent.refreshed();
    if (unseen != null) {
      visible = visible == null ? unseen : visible.then(unseen);
      unseen = null;
    }
  }

  private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(
      ConsumerRecords<byte[], byte[]> records) {
    Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
    for (TopicPartition tp : records.partitions()) {
      List<ConsumerRecord<byte[], byte[]>> part = records.records(tp);
      next.put(tp, new OffsetAndMetadata(part.get(part.size() - 1).offset() + 1));
    }
    return next;
  }

  private static String key(TopicPartition tp) {
    return OFFSET_PREFIX + tp.topic() + "." + tp.partition();
  }
}
