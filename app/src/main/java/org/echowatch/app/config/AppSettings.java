package org.echowatch.app.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The settings the {@code echowatch} command itself reads; each stage reads its own from the same
 * merged map.
 *
 * @param kafkaBootstrap an existing cluster to use; empty means start the embedded broker
 * @param embeddedKafkaPort port of the embedded broker on 127.0.0.1
 * @param embeddedKafkaPortSet whether the port was configured (then a taken port is an error; the
 *     default port falls back to a free one)
 * @param managementPort port of {@code /health/*} and {@code /metrics}; 0 picks a free port
 * @param managementBind address the management server listens on
 * @param dataDir root of everything kept on disk (broker log, state, index, captures)
 * @param demo whether ingest polls the bundled demo site instead of the live agencies
 * @param demoRelease how long the demo takes to release its whole corpus
 * @param topicPartitions partitions of each topic the command creates
 * @param topicReplication replication factor of each topic the command creates
 */
public record AppSettings(
    Optional<String> kafkaBootstrap,
    int embeddedKafkaPort,
    boolean embeddedKafkaPortSet,
    int managementPort,
    String managementBind,
    Path dataDir,
    boolean demo,
    Duration demoRelease,
    int topicPartitions,
    short topicReplication) {

  public static final String KAFKA_BOOTSTRAP = "ECHOWATCH_KAFKA_BOOTSTRAP";
  public static final String EMBEDDED_KAFKA_PORT = "ECHOWATCH_EMBEDDED_KAFKA_PORT";
  public static final String MANAGEMENT_PORT = "ECHOWATCH_MANAGEMENT_PORT";
  public static final String MANAGEMENT_BIND = "ECHOWATCH_MANAGEMENT_BIND";
  public static final String HTTP_BIND = "ECHOWATCH_HTTP_BIND";
  public static final String DATA_DIR = "ECHOWATCH_DATA_DIR";
  public static final String DEMO = "ECHOWATCH_DEMO";
  public static final String DEMO_RELEASE = "ECHOWATCH_DEMO_RELEASE";
  public static final String TOPIC_PARTITIONS = "ECHOWATCH_TOPIC_PARTITIONS";
  public static final String TOPIC_REPLICATION = "ECHOWATCH_TOPIC_REPLICATION";

  public AppSettings {
    if (kafkaBootstrap.isPresent()
        && !kafkaBootstrap.get().matches("[^\\s,]+:\\d+(,[^\\s,]+:\\d+)*")) {
      throw new IllegalArgumentException(
          KAFKA_BOOTSTRAP
              + " must be host:port[,host:port...], was '"
              + kafkaBootstrap.get()
              + "'");
    }
  }

  /** Reads and validates the command's settings from a merged environment. */
  public static AppSettings fromEnv(Map<String, String> env) {
    return new AppSettings(
        Values.text(env, KAFKA_BOOTSTRAP),
        Values.port(env, EMBEDDED_KAFKA_PORT, 9092),
        Values.text(env, EMBEDDED_KAFKA_PORT).isPresent(),
        Values.port(env, MANAGEMENT_PORT, 9464),
        Values.text(env, MANAGEMENT_BIND).or(() -> Values.text(env, HTTP_BIND)).orElse("127.0.0.1"),
        Path.of(Values.text(env, DATA_DIR).orElse("./data")),
        Values.bool(env, DEMO, false),
        Values.duration(env, DEMO_RELEASE, Duration.ofSeconds(30)),
        Values.integer(env, TOPIC_PARTITIONS, 1, 1, 1024),
        (short) Values.integer(env, TOPIC_REPLICATION, 1, 1, 32));
  }
}
