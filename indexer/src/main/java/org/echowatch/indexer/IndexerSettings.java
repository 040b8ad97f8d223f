package org.echowatch.indexer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Configuration of the indexer stage, read once from the environment.
 *
 * @param bootstrapServers Kafka cluster ({@code ECHOWATCH_KAFKA_BOOTSTRAP}, default {@code
 *     localhost:9092})
 * @param dataDir where the index, users, sessions-free state (triage, saved searches) live ({@code
 *     ECHOWATCH_DATA_DIR}, default {@code ./data}); the index is {@code <dataDir>/index}
 * @param httpPort port of the API and page ({@code ECHOWATCH_HTTP_PORT}, default 8080; 0 picks a
 *     free port)
 * @param httpBind address to listen on ({@code ECHOWATCH_HTTP_BIND}, default {@code 127.0.0.1};
 *     {@code 0.0.0.0} in containers)
 * @param adminPassword password of the {@code admin} user created on first start ({@code
 *     ECHOWATCH_ADMIN_PASSWORD}); null means a random one written to {@code
 *     <dataDir>/admin-password.txt}
 * @param replica name of this indexer replica ({@code ECHOWATCH_INDEXER_REPLICA}, default {@code
 *     1}); each replica keeps its own index and consumer group
 * @param sessionTimeout idle time after which a sign-in expires ({@code
 *     ECHOWATCH_SESSION_IDLE_MINUTES}, default 720)
 */
public record IndexerSettings(
    String bootstrapServers,
    Path dataDir,
    int httpPort,
    String httpBind,
    String adminPassword,
    String replica,
    Duration sessionTimeout) {

  public IndexerSettings {
    if (bootstrapServers == null || bootstrapServers.isBlank()) {
      throw new IllegalArgumentException("ECHOWATCH_KAFKA_BOOTSTRAP must not be blank");
    }
    if (httpPort < 0 || httpPort > 65535) {
      throw new IllegalArgumentException(
          "ECHOWATCH_HTTP_PORT must be in 0..65535, was " + httpPort);
    }
    if (httpBind == null || httpBind.isBlank()) {
      throw new IllegalArgumentException("ECHOWATCH_HTTP_BIND must not be blank");
    }
    if (adminPassword != null && adminPassword.length() < 8) {
      throw new IllegalArgumentException(
          "ECHOWATCH_ADMIN_PASSWORD must have at least 8 characters");
    }
    if (replica == null || !replica.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException(
          "ECHOWATCH_INDEXER_REPLICA must be 1-64 letters, digits, '.', '_' or '-', was "
              + replica);
    }
    if (sessionTimeout.isNegative() || sessionTimeout.isZero()) {
      throw new IllegalArgumentException("ECHOWATCH_SESSION_IDLE_MINUTES must be > 0");
    }
  }

  /** Reads the settings from {@code env}; a bad value throws naming the variable. */
  public static IndexerSettings fromEnv(Map<String, String> env) {
    String admin = env.get("ECHOWATCH_ADMIN_PASSWORD");
    return new IndexerSettings(
        env.getOrDefault("ECHOWATCH_KAFKA_BOOTSTRAP", "localhost:9092"),
        Path.of(env.getOrDefault("ECHOWATCH_DATA_DIR", "data")),
        intVar(env, "ECHOWATCH_HTTP_PORT", 8080),
        env.getOrDefault("ECHOWATCH_HTTP_BIND", "127.0.0.1"),
        admin == null || admin.isEmpty() ? null : admin,
        env.getOrDefault("ECHOWATCH_INDEXER_REPLICA", "1"),
        Duration.ofMinutes(intVar(env, "ECHOWATCH_SESSION_IDLE_MINUTES", 720)));
  }

  /** The Kafka consumer group of this replica: {@code echowatch-indexer-<replica>}. */
  public String groupId() {
    return "echowatch-indexer-" + replica;
  }

  /** Folder of the Lucene index. */
  public Path indexDir() {
    return dataDir.resolve("index");
  }

  private static int intVar(Map<String, String> env, String name, int fallback) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an integer, was '" + value + "'", e);
    }
  }

  @Override
  public String toString() {
    // Never print the admin password.
    return "IndexerSettings[bootstrapServers="
        + bootstrapServers
        + ", dataDir="
        + dataDir
        + ", httpPort="
        + httpPort
        + ", httpBind="
        + httpBind
        + ", adminPassword="
        + (adminPassword == null ? "unset" : "***")
        + ", replica="
        + replica
        + ", sessionTimeout="
        + sessionTimeout
        + "]";
  }
}
