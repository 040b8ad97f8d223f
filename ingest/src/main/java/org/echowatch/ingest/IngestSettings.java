package org.echowatch.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Settings of the ingest stage, read once from {@code ECHOWATCH_*} environment variables.
 *
 * @param kafkaBootstrap {@code ECHOWATCH_KAFKA_BOOTSTRAP}: brokers to produce to; null when the
 *     caller supplies its own publisher (the app's embedded broker, tests)
 * @param dataDir {@code ECHOWATCH_DATA_DIR} ({@code ./data}): the seen-set and WARC captures live
 *     under {@code <dataDir>/ingest} and {@code <dataDir>/warc}
 * @param pollInterval {@code ECHOWATCH_POLL_INTERVAL} (5m): default interval of a feed that sets
 *     none in {@code sources.yaml}
 * @param perHostDelay {@code ECHOWATCH_PER_HOST_DELAY} (2s): minimum gap between two requests to
 *     one site; a longer per-edition delay in {@code sources.yaml} wins
 * @param userAgent {@code ECHOWATCH_USER_AGENT}: names echowatch and a contact URL; the default
 *     carries the placeholder {@code https://echowatch.example/crawler}, which an operator must
 *     replace with a page that says who runs the crawler and how to reach them
 * @param sourcesFile {@code ECHOWATCH_SOURCES_FILE}: a {@code sources.yaml} to use instead of the
 *     bundled one; null for the bundled file
 * @param fetchTimeout {@code ECHOWATCH_FETCH_TIMEOUT} (20s): connect plus read time of one request
 * @param maxBodyBytes {@code ECHOWATCH_MAX_BODY_BYTES} (5242880): larger responses are refused
 * @param fetchRetries {@code ECHOWATCH_FETCH_RETRIES} (2): retries after 429/503/5xx/IO failure
 * @param backoffBase {@code ECHOWATCH_BACKOFF_BASE} (2s): first retry wait, doubled each retry
 * @param backoffMax {@code ECHOWATCH_BACKOFF_MAX} (2m): cap on any retry wait incl. Retry-After
 * @param breakerFailures {@code ECHOWATCH_BREAKER_FAILURES} (5): consecutive failed requests to a
 *     site that open its circuit
 * @param breakerCooldown {@code ECHOWATCH_BREAKER_COOLDOWN} (10m): how long an open circuit stays
 *     open
 * @param maxPagesPerArticle {@code ECHOWATCH_MAX_PAGES_PER_ARTICLE} (10): "Next" pages followed
 */
public record IngestSettings(
    String kafkaBootstrap,
    Path dataDir,
    Duration pollInterval,
    Duration perHostDelay,
    String userAgent,
    Path sourcesFile,
    Duration fetchTimeout,
    int maxBodyBytes,
    int fetchRetries,
    Duration backoffBase,
    Duration backoffMax,
    int breakerFailures,
    Duration breakerCooldown,
    int maxPagesPerArticle) {

  /** The default User-Agent; replace the contact URL placeholder in a real deployment. */
  public static final String DEFAULT_USER_AGENT =
      "echowatch/0.1 (news echo monitor; +https://echowatch.example/crawler)";

  public IngestSettings {
    requirePositive(pollInterval, "ECHOWATCH_POLL_INTERVAL");
    if (perHostDelay == null || perHostDelay.isNegative()) {
      throw new IllegalArgumentException("ECHOWATCH_PER_HOST_DELAY must be >= 0");
    }
    if (userAgent == null || !userAgent.toLowerCase(java.util.Locale.ROOT).contains("echowatch")) {
      throw new IllegalArgumentException(
          "ECHOWATCH_USER_AGENT must name echowatch honestly, was '" + userAgent + "'");
    }
    requirePositive(fetchTimeout, "ECHOWATCH_FETCH_TIMEOUT");
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("ECHOWATCH_MAX_BODY_BYTES must be >= 1024");
    }
    if (fetchRetries < 0) {
      throw new IllegalArgumentException("ECHOWATCH_FETCH_RETRIES must be >= 0");
    }
    requirePositive(backoffBase, "ECHOWATCH_BACKOFF_BASE");
    requirePositive(backoffMax, "ECHOWATCH_BACKOFF_MAX");
    if (breakerFailures < 1) {
      throw new IllegalArgumentException("ECHOWATCH_BREAKER_FAILURES must be >= 1");
    }
    requirePositive(breakerCooldown, "ECHOWATCH_BREAKER_COOLDOWN");
    if (maxPagesPerArticle < 1) {
      throw new IllegalArgumentException("ECHOWATCH_MAX_PAGES_PER_ARTICLE must be >= 1");
    }
    dataDir = dataDir == null ? Path.of("data") : dataDir;
  }

  /**
   * Reads the settings; a bad value throws {@link IllegalArgumentException} naming its variable.
   */
  public static IngestSettings fromEnv(Map<String, String> env) {
    String sources = blankToNull(env.get("ECHOWATCH_SOURCES_FILE"));
    return new IngestSettings(
        blankToNull(env.get("ECHOWATCH_KAFKA_BOOTSTRAP")),
        Path.of(env.getOrDefault("ECHOWATCH_DATA_DIR", "./data")),
        duration(env, "ECHOWATCH_POLL_INTERVAL", "5m"),
        duration(env, "ECHOWATCH_PER_HOST_DELAY", "2s"),
        env.getOrDefault("ECHOWATCH_USER_AGENT", DEFAULT_USER_AGENT),
        sources == null ? null : Path.of(sources),
        duration(env, "ECHOWATCH_FETCH_TIMEOUT", "20s"),
        integer(env, "ECHOWATCH_MAX_BODY_BYTES", 5 * 1024 * 1024),
        integer(env, "ECHOWATCH_FETCH_RETRIES", 2),
        duration(env, "ECHOWATCH_BACKOFF_BASE", "2s"),
        duration(env, "ECHOWATCH_BACKOFF_MAX", "2m"),
        integer(env, "ECHOWATCH_BREAKER_FAILURES", 5),
        duration(env, "ECHOWATCH_BREAKER_COOLDOWN", "10m"),
        integer(env, "ECHOWATCH_MAX_PAGES_PER_ARTICLE", 10));
  }

  /** Folder of the WARC captures. */
  public Path warcDir() {
    return dataDir.resolve("warc");
  }

  /** Folder of the ingest state (the seen-set). */
  public Path stateDir() {
    return dataDir.resolve("ingest");
  }

  private static Duration duration(Map<String, String> env, String name, String dflt) {
    return Durations.parse(env.getOrDefault(name, dflt), name);
  }

  private static int integer(Map<String, String> env, String name, int dflt) {
    String v = blankToNull(env.get(name));
    if (v == null) {
      return dflt;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an integer, was '" + v + "'", e);
    }
  }

  private static void requirePositive(Duration d, String name) {
    if (d == null || d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(name + " must be a positive duration, was " + d);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
