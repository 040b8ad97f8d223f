package org.echowatch.streams;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.echowatch.common.MatchType;
import org.echowatch.streams.processor.DetectionMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running streams stage: the detection topology on a Kafka cluster with exactly-once
 * processing, exception handlers that log and carry on (bad records are already routed to {@code
 * streams.errors.v1} by the topology), a static group member id kept in the state folder (a
 * restarted stage takes its partitions back at once, see {@code staticMemberId}), and Kafka Streams
 * metrics bound to Micrometer.
 */
public final class StreamsService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StreamsService.class);

  /** File in the state folder that holds this stage's static group member id. */
  static final String MEMBER_ID_FILE = "echowatch-member-id";

  /** Batch size of the stage's producers, see {@link #config}. */
  static final int PRODUCER_BATCH_BYTES = 512 * 1024;

  private final StreamsSettings settings;
  private final MeterRegistry registry;
  private final Map<String, String> overrides;
  private KafkaStreams streams;
  private KafkaStreamsMetrics streamsMetrics;

  public StreamsService(StreamsSettings settings, MeterRegistry registry) {
    this(settings, registry, Map.of());
  }

  /**
   * A stage whose Kafka Streams configuration takes {@code overrides} last, over {@link #config}
   * and the static member id: for a test that needs, say, a long commit interval or a RocksDB
   * config setter, while the stage starts as it always does.
   */
  public StreamsService(
      StreamsSettings settings, MeterRegistry registry, Map<String, String> overrides) {
    this.settings = settings;
    this.registry = registry;
    this.overrides = Map.copyOf(overrides);
  }

  /** The Kafka Streams configuration this service runs with. */
  public static Properties config(StreamsSettings settings) {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.applicationId());
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
    p.put(StreamsConfig.STATE_DIR_CONFIG, settings.stateDir().toAbsolutePath().toString());
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.threads());
    p.put(
        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        LogAndContinueExceptionHandler.class);
    p.put(
        StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
        LogAndContinueProcessingExceptionHandler.class);
    p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
    // a story crosses the repartition topic as about 14 KB (JSON and profile): with the default
    // 16 KB batches nearly every record would be a batch and a produce request of its own
    p.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), PRODUCER_BATCH_BYTES);
    p.put("processing.exception.handler.global.enabled", true);
    return p;
  }

  /** Builds the topology and starts it; returns at once. */
  public synchronized void start() {
    if (streams != null) {
      return;
    }
    var topology = NarrativeTopology.build(settings.detection(), new MicrometerMetrics(registry));
    Properties config = config(settings);
    String member = staticMemberId(settings.stateDir());
    config.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), member);
    config.putAll(overrides);
    streams = new KafkaStreams(topology, config);
    streams.setUncaughtExceptionHandler(
        e -> {
          LOG.error("stream thread failed; replacing it", e);
          return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    streamsMetrics = new KafkaStreamsMetrics(streams);
    streamsMetrics.bindTo(registry);
    streams.start();
    LOG.info(
        "streams stage started on {} as group member {} (window {}, grace {}, detector {})",
        settings.bootstrapServers(),
        member,
        settings.detection().window(),
        settings.detection().grace(),
        DetectionSettings.DETECTOR_VERSION);
  }

  /**
   * The static group member id of the stage that owns {@code stateDir}: read from {@value
   * #MEMBER_ID_FILE} in that folder, or made and written there on first use.
   *
   * <p>With a dynamic member id, a stage killed without leaving the group (SIGKILL, OOM kill, power
   * loss) keeps its partitions until its session times out, and the restarted stage, a new member,
   * waits for that (about 45 s) before it may process again. A static id ({@code
   * group.instance.id}) that survives the restart lets the new process take the dead member's place
   * at once. The id goes with the state folder, as Kafka Streams' own process id does: two stages
   * never share a state folder, so they never share the id. Kafka Streams adds the thread index.
   *
   * @throws UncheckedIOException when the folder cannot be read or written
   */
  static String staticMemberId(Path stateDir) {
    Path file = stateDir.resolve(MEMBER_ID_FILE);
    try {
      if (Files.isRegularFile(file)) {
        String id = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (id.matches("[A-Za-z0-9._-]{1,200}")) {
          return id;
        }
        LOG.warn("ignoring unreadable streams member id in {}; making a new one", file);
      }
      String id = StreamsSettings.APPLICATION_ID + "-" + UUID.randomUUID();
      Files.createDirectories(stateDir);
      Path tmp = Files.createTempFile(stateDir, MEMBER_ID_FILE, ".tmp");
      Files.writeString(tmp, id + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the streams member id in " + file, e);
    }
  }

  /** The Kafka Streams state, or null before {@link #start()}. */
  public synchronized KafkaStreams.State state() {
    return streams == null ? null : streams.state();
  }

  /**
   * Stops processing after committing in-flight work and leaves the consumer group; safe to call
   * twice.
   */
  @Override
  public synchronized void close() {
    if (streams == null) {
      return;
    }
    // Leaving tells the group at once that this member's partitions are free; without it they
    // wait for the session timeout (~45 s) whenever the next start does not reuse every member id
    // of this one (e.g. a stream thread was replaced and runs under index 2).
    streams.close(
        CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
            .withTimeout(java.time.Duration.ofSeconds(30)));
    if (streamsMetrics != null) {
      streamsMetrics.close();
    }
    streams = null;
    LOG.info("streams stage stopped");
  }

  /** Counters {@code echowatch.streams.*}. */
  static final class MicrometerMetrics implements DetectionMetrics {
    private final MeterRegistry registry;

    MicrometerMetrics(MeterRegistry registry) {
      this.registry = registry;
    }

    @Override
    public void article() {
      registry.counter("echowatch.streams.articles").increment();
    }

    @Override
    public void match(MatchType type) {
      registry.counter("echowatch.streams.matches", "type", type.wireName()).increment();
    }

    @Override
    public void alert(String severity) {
      registry.counter("echowatch.streams.alerts", "severity", severity).increment();
    }

    @Override
    public void error(String stage) {
      registry.counter("echowatch.streams.errors", "stage", stage).increment();
    }
  }
}
