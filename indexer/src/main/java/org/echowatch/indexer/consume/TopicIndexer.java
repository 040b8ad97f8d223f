package org.echowatch.indexer.consume;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.echowatch.common.ProcessingFailure;
import org.echowatch.common.Topics;
import org.echowatch.indexer.IndexerMetrics;
import org.echowatch.indexer.index.StoryIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The poll loop: reads the three input topics as bytes, applies each batch to the index through a
 * {@link BatchIndexer} and tells the listener what became visible; at most once a second (and
 * whenever the topics go quiet) it commits the index with the next offsets in its commit data, then
 * the same offsets to Kafka (for lag monitoring). On assignment it resumes from the offsets in the
 * index, or from the beginning when the index has none, so deleting the index and restarting
 * rebuilds it from the topics.
 */
public final class TopicIndexer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TopicIndexer.class);
  private static final Duration POLL = Duration.ofMillis(250);
  private static final long COMMIT_EVERY_NANOS = 1_000_000_000L;
  private static final List<String> TOPICS =
      List.of(Topics.MATCHES.name(), Topics.ALERTS.name(), Topics.FEED_HEALTH.name());

  private final String bootstrapServers;
  private final String groupId;
  private final StoryIndex index;
  private final IndexerMetrics metrics;
  private final Consumer<AppliedBatch> listener;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile KafkaConsumer<byte[], byte[]> consumer;

  /**
   * @param listener told about applied batches once searches can see them; runs on the poll thread
   */
  public TopicIndexer(
      String bootstrapServers,
      String groupId,
      StoryIndex index,
      IndexerMetrics metrics,
      Consumer<AppliedBatch> listener) {
    this.bootstrapServers = bootstrapServers;
    this.groupId = groupId;
    this.index = index;
    this.metrics = metrics;
    this.listener = listener;
    this.thread = new Thread(this::run, "indexer-consumer");
    this.thread.setDaemon(true);
  }

  /** Starts polling on its own thread. */
  public void start() {
    thread.start();
  }

  private void run() {
    try (var kafka = new KafkaConsumer<byte[], byte[]>(consumerProps());
        var clientMetrics = metrics.bindConsumer(kafka);
        var errors =
            new KafkaProducer<>(
                producerProps(),
                Topics.INDEXER_ERRORS.keySerde().serializer(),
                Topics.INDEXER_ERRORS.valueSerde().serializer())) {
      consumer = kafka;
      var batches = new BatchIndexer(index, failure -> sendFailure(errors, failure));
      kafka.subscribe(TOPICS, new ResumeFromIndex(kafka, batches));
      var schedule = new CommitSchedule(COMMIT_EVERY_NANOS, System.nanoTime());
      try {
        while (running) {
          ConsumerRecords<byte[], byte[]> records = kafka.poll(POLL);
          if (!records.isEmpty()) {
            // Visible to searches and the live stream now; durable at the next commit, and a crash
            // before it replays the same records (upserts), so nothing is lost or doubled.
            AppliedBatch batch = batches.apply(records, caughtUp(kafka));
            metrics.recordsApplied(batch.records());
            metrics.storiesIndexed(batch.stories());
            LOG.info(
                "indexed {} records: {} stories ({} new), {} narratives, {} unreadable",
                batch.records(),
                batch.stories(),
                batch.newStories().size(),
                batch.alerts().size(),
                batch.failures());
          }
          batches.advanceTo(positions(kafka));
          if (schedule.due(batches.hasPending(), records.isEmpty(), System.nanoTime())) {
            commit(kafka, errors, batches);
            schedule.committed(System.nanoTime());
          }
          batches.takeVisible().ifPresent(this::notifyListener);
        }
      } catch (WakeupException e) {
        if (running) {
          throw e;
        }
      }
      if (batches.hasPending()) {
        commit(kafka, errors, batches);
        batches.takeVisible().ifPresent(this::notifyListener);
      }
    } catch (IOException | RuntimeException e) {
      LOG.error("indexer consumer stopped: {}", e.toString(), e);
    } finally {
      consumer = null;
    }
  }

  private static Map<TopicPartition, Long> positions(KafkaConsumer<byte[], byte[]> kafka) {
    Map<TopicPartition, Long> out = new HashMap<>();
    for (TopicPartition tp : kafka.assignment()) {
      out.put(tp, kafka.position(tp));
    }
    return out;
  }

  /** Index first (with the offsets in its commit data), then Kafka: never the other way round. */
  private static void commit(
      KafkaConsumer<byte[], byte[]> kafka,
      KafkaProducer<String, ProcessingFailure> errors,
      BatchIndexer batches)
      throws IOException {
    Map<TopicPartition, OffsetAndMetadata> offsets = batches.commit();
    errors.flush();
    kafka.commitSync(offsets);
  }

  /**
   * Whether the last fetch reached the end of every assigned partition; a partition whose end is
   * not known yet counts as caught up, so that records are never held back on a guess.
   */
  private static boolean caughtUp(KafkaConsumer<byte[], byte[]> kafka) {
    for (TopicPartition tp : kafka.assignment()) {
      OptionalLong lag = kafka.currentLag(tp);
      if (lag.isPresent() && lag.getAsLong() > 0) {
        return false;
      }
    }
    return true;
  }

  private void notifyListener(AppliedBatch batch) {
    try {
      listener.accept(batch);
    } catch (RuntimeException e) {
      // The index is committed; a failing notification must not stop indexing.
      metrics.error("notify");
      LOG.warn("notifying about an indexed batch failed: {}", e.toString(), e);
    }
  }

  private void sendFailure(KafkaProducer<String, ProcessingFailure> errors, ProcessingFailure f) {
    metrics.error("parse");
    LOG.warn("unreadable record {}-{}@{}: {}", f.source(), f.partition(), f.offset(), f.reason());
    errors.send(new ProducerRecord<>(Topics.INDEXER_ERRORS.name(), f.key(), f));
  }

  /** Seeks each assigned partition to where the index says it is. */
  private final class ResumeFromIndex implements ConsumerRebalanceListener {
    private final KafkaConsumer<byte[], byte[]> kafka;
    private final BatchIndexer batches;

    ResumeFromIndex(KafkaConsumer<byte[], byte[]> kafka, BatchIndexer batches) {
      this.kafka = kafka;
      this.batches = batches;
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      List<TopicPartition> fromStart = new ArrayList<>();
      for (TopicPartition tp : partitions) {
        Long offset = batches.committedOffset(tp);
        if (offset == null) {
          fromStart.add(tp);
        } else {
          kafka.seek(tp, offset);
        }
      }
      if (!fromStart.isEmpty()) {
        LOG.info("index holds nothing of {}: reading them from the beginning", fromStart);
        kafka.seekToBeginning(fromStart);
      }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      // Nothing pending: every batch is committed before the next poll.
    }
  }

  private Properties consumerProps() {
    var p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    // streams writes in exactly-once transactions: never index what an aborted one left behind.
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId + "-consumer");
    return p;
  }

  private Properties producerProps() {
    var p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.CLIENT_ID_CONFIG, groupId + "-errors");
    return p;
  }

  /** Stops polling after the batch in progress is committed. Idempotent. */
  @Override
  public void close() {
    running = false;
    KafkaConsumer<byte[], byte[]> c = consumer;
    if (c != null) {
      c.wakeup();
    }
    try {
      thread.join(30_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
