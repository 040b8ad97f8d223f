package org.echowatch.app.faults;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.echowatch.streams.NarrativeTopology;
import org.echowatch.streams.StreamsService;
import org.echowatch.streams.StreamsSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The streams stage alone in a child JVM, configured from its environment, so a test can kill it
 * with {@code destroyForcibly()} (SIGKILL: no shutdown hook, no commit, an open transaction) or
 * stop it with {@code destroy()} (SIGTERM: the stage is closed as an operator's stop would).
 *
 * <p>System properties {@value #OVERRIDE_PREFIX}{@code <key>} override Kafka Streams settings of
 * {@link StreamsService#config} (e.g. the commit interval); with any of them the child runs the
 * stage's topology and configuration on a {@link KafkaStreams} of its own, since the service takes
 * no overrides.
 */
public final class StreamsChild {

  /** Prefix of the system properties that override a Kafka Streams setting. */
  static final String OVERRIDE_PREFIX = "echowatch.faults.streams.";

  private static final Logger LOG = LoggerFactory.getLogger(StreamsChild.class);

  private StreamsChild() {}

  /** Starts the stage and waits to be killed or stopped. */
  public static void main(String[] args) throws InterruptedException {
    var settings = StreamsSettings.fromEnv(System.getenv());
    Map<String, String> overrides = overrides(System.getProperties());
    AutoCloseable stage =
        overrides.isEmpty() ? startService(settings) : startWithOverrides(settings, overrides);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> close(stage)));
    new CountDownLatch(1).await();
  }

  /** The Kafka Streams settings named by {@value #OVERRIDE_PREFIX} properties, prefix removed. */
  static Map<String, String> overrides(Properties properties) {
    Map<String, String> out = new TreeMap<>();
    for (String name : properties.stringPropertyNames()) {
      if (name.startsWith(OVERRIDE_PREFIX)) {
        out.put(name.substring(OVERRIDE_PREFIX.length()), properties.getProperty(name));
      }
    }
    return out;
  }

  private static AutoCloseable startService(StreamsSettings settings) {
    var service = new StreamsService(settings, new SimpleMeterRegistry());
    service.start();
    return service;
  }

  private static AutoCloseable startWithOverrides(
      StreamsSettings settings, Map<String, String> overrides) {
    Properties config = StreamsService.config(settings);
    config.putAll(overrides);
    var streams = new KafkaStreams(NarrativeTopology.build(settings.detection()), config);
    // the test waits for RUNNING in this log before it sends what must land in one transaction
    streams.setStateListener((now, before) -> LOG.info("streams state {} -> {}", before, now));
    streams.start();
    LOG.info("streams stage started with overrides {}", overrides);
    return () -> streams.close(Duration.ofSeconds(30));
  }

  private static void close(AutoCloseable stage) {
    try {
      stage.close();
    } catch (Exception e) {
      LOG.warn("closing the stage failed: {}", e.toString());
    }
  }
}
