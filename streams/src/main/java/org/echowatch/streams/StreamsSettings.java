package org.echowatch.streams;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where and how the streams stage runs.
 *
 * @param bootstrapServers Kafka cluster ({@code ECHOWATCH_KAFKA_BOOTSTRAP})
 * @param stateDir local state folder, {@code <ECHOWATCH_DATA_DIR>/streams-state}
 * @param applicationId Kafka Streams application id (consumer group, internal topic prefix)
 * @param threads stream threads ({@code ECHOWATCH_STREAMS_THREADS})
 * @param detection detection settings
 */
public record StreamsSettings(
    String bootstrapServers,
    Path stateDir,
    String applicationId,
    int threads,
    DetectionSettings detection) {

  /** The application id; also the prefix of the internal topics. */
  public static final String APPLICATION_ID = "echowatch-streams";

  public StreamsSettings {
    if (bootstrapServers == null || bootstrapServers.isBlank()) {
      throw new IllegalArgumentException("ECHOWATCH_KAFKA_BOOTSTRAP must not be empty");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("ECHOWATCH_STREAMS_THREADS must be >= 1, was " + threads);
    }
  }

  /**
   * Reads {@code ECHOWATCH_KAFKA_BOOTSTRAP} (default {@code localhost:9092}), {@code
   * ECHOWATCH_DATA_DIR} (default {@code ./data}), {@code ECHOWATCH_STREAMS_THREADS} (2) and the
   * detection variables of {@link DetectionSettings#fromEnv}.
   *
   * @throws IllegalArgumentException naming the variable whose value is bad
   */
  public static StreamsSettings fromEnv(Map<String, String> env) {
    String bootstrap = env.getOrDefault("ECHOWATCH_KAFKA_BOOTSTRAP", "localhost:9092");
    String dataDir = env.getOrDefault("ECHOWATCH_DATA_DIR", "./data");
    if (dataDir.isBlank()) {
      throw new IllegalArgumentException("ECHOWATCH_DATA_DIR must not be empty");
    }
    return new StreamsSettings(
        bootstrap.strip(),
        Path.of(dataDir.strip()).resolve("streams-state"),
        APPLICATION_ID,
        DetectionSettings.integer(env, "ECHOWATCH_STREAMS_THREADS", 2),
        DetectionSettings.fromEnv(env));
  }
}
