package org.echowatch.streams;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.util.Properties;
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
 * streams.errors.v1} by the topology), and Kafka Streams metrics bound to Micrometer.
 */
public final class StreamsService implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StreamsService.class);

  private final StreamsSettings settings;
  private final MeterRegistry registry;
  private KafkaStreams streams;
  private KafkaStreamsMetrics streamsMetrics;

  public StreamsService(StreamsSettings settings, MeterRegistry registry) {
    this.settings = settings;
    this.registry = registry;
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
    p.put("processing.exception.handler.global.enabled", true);
    return p;
  }

  /** Builds the topology and starts it; returns at once. */
  public synchronized void start() {
    if (streams != null) {
      return;
    }
    var topology = NarrativeTopology.build(settings.detection(), new MicrometerMetrics(registry));
    streams = new KafkaStreams(topology, config(settings));
    streams.setUncaughtExceptionHandler(
        e -> {
          LOG.error("stream thread failed; replacing it", e);
          return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    streamsMetrics = new KafkaStreamsMetrics(streams);
    streamsMetrics.bindTo(registry);
    streams.start();
    LOG.info(
        "streams stage started on {} (window {}, grace {}, detector {})",
        settings.bootstrapServers(),
        settings.detection().window(),
        settings.detection().grace(),
        DetectionSettings.DETECTOR_VERSION);
  }

  /** The Kafka Streams state, or null before {@link #start()}. */
  public synchronized KafkaStreams.State state() {
    return streams == null ? null : streams.state();
  }

  /** Stops processing after committing in-flight work; safe to call twice. */
  @Override
  public synchronized void close() {
    if (streams == null) {
      return;
    }
    streams.close(java.time.Duration.ofSeconds(30));
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
