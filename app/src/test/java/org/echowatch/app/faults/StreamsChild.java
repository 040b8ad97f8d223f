package org.echowatch.app.faults;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
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
 * the stage ({@link StreamsService#StreamsService(StreamsSettings,
 * io.micrometer.core.instrument.MeterRegistry, Map)}), e.g. the commit interval.
 */
public final class StreamsChild {

  /** Prefix of the system properties that override a Kafka Streams setting. */
  static final String OVERRIDE_PREFIX = "echowatch.faults.streams.";

  private static final Logger LOG = LoggerFactory.getLogger(StreamsChild.class);

  private StreamsChild() {}

  /** Starts the stage and waits to be killed or stopped. */
  public static void main(String[] args) throws InterruptedException {
    Map<String, String> overrides = overrides(System.getProperties());
    var service =
        new StreamsService(
            StreamsSettings.fromEnv(System.getenv()), new SimpleMeterRegistry(), overrides);
    service.start();
    Runtime.getRuntime().addShutdownHook(new Thread(service::close));
    if (!overrides.isEmpty()) {
      LOG.info("streams stage started with overrides {}", overrides);
    }
    // the crash tests wait for this line before they send what must land in one transaction
    while (service.state() != KafkaStreams.State.RUNNING) {
      Thread.sleep(50);
    }
    LOG.info("streams state -> RUNNING");
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
}
