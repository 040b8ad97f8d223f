package org.echowatch.app.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every {@code ECHOWATCH_*} variable the command and its stages read, with default and meaning: the
 * source of the README's configuration table and of the set of flags {@code run} accepts.
 */
public final class ConfigCatalog {

  private static final List<Variable> ALL =
      List.of(
          v(
              "ECHOWATCH_KAFKA_BOOTSTRAP",
              "(unset)",
              "Kafka bootstrap servers; unset: `run` starts the embedded broker",
              "app"),
          v(
              "ECHOWATCH_DATA_DIR",
              "./data",
              "everything kept on disk: broker log, stream state, index, WARC captures, users",
              "app"),
          v(
              "ECHOWATCH_EMBEDDED_KAFKA_PORT",
              "9092",
              "port of the embedded broker on 127.0.0.1; a taken default port falls back to a free one",
              "app"),
          v(
              "ECHOWATCH_MANAGEMENT_PORT",
              "9464",
              "port of /health/live, /health/ready and /metrics (0 = free port)",
              "app"),
          v(
              "ECHOWATCH_MANAGEMENT_BIND",
              "value of ECHOWATCH_HTTP_BIND",
              "address the management server listens on",
              "app"),
          v(
              "ECHOWATCH_DEMO",
              "false",
              "poll the bundled demo agency site instead of the live agencies",
              "app"),
          v(
              "ECHOWATCH_DEMO_RELEASE",
              "30s",
              "how long the demo takes to release its whole corpus",
              "app"),
          v(
              "ECHOWATCH_TOPIC_PARTITIONS",
              "1",
              "partitions of each topic created by run and init-topics",
              "app"),
          v(
              "ECHOWATCH_TOPIC_REPLICATION",
              "1",
              "replication factor of each topic created by run and init-topics",
              "app"),
          v("ECHOWATCH_LOG_FORMAT", "text", "`json` for one JSON object per log line", "app"),
          v(
              "ECHOWATCH_JAVA_OPTS",
              "(unset)",
              "JVM options the ./echowatch launcher passes to java",
              "launcher"),
          v("ECHOWATCH_HTTP_PORT", "8080", "port of the web page and the JSON API", "indexer"),
          v(
              "ECHOWATCH_HTTP_BIND",
              "127.0.0.1",
              "address the web page and API listen on (0.0.0.0 in containers)",
              "indexer"),
          v(
              "ECHOWATCH_ADMIN_PASSWORD",
              "(unset)",
              "password of the admin user; unset: a random one is written to <data dir>/admin-password.txt on first start",
              "indexer"),
          v("ECHOWATCH_POLL_INTERVAL", "5m", "how often each feed is polled", "ingest"),
          v(
              "ECHOWATCH_PER_HOST_DELAY",
              "2s",
              "pause between two requests to the same host",
              "ingest"),
          v(
              "ECHOWATCH_USER_AGENT",
              "echowatch/<version> (+contact URL)",
              "User-Agent of every request",
              "ingest"),
          v(
              "ECHOWATCH_SOURCES_FILE",
              "bundled sources.yaml",
              "path of a sources.yaml that replaces the bundled one",
              "ingest"),
          v(
              "ECHOWATCH_DETECTION_WINDOW",
              "P14D",
              "event-time window within which two stories can match",
              "streams"));

  private static final Map<String, Variable> BY_NAME =
      ALL.stream().collect(Collectors.toMap(Variable::name, Function.identity()));

  private ConfigCatalog() {}

  /** Every variable, in README order. */
  public static List<Variable> all() {
    return ALL;
  }

  /** The variable of that name, if echowatch reads it. */
  public static Optional<Variable> find(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** Names in {@code env} that look like echowatch variables but that nothing reads (typos). */
  public static List<String> unknownIn(Map<String, String> env) {
    var unknown = new TreeSet<String>();
    for (String name : env.keySet()) {
      if (name.startsWith(FlagNames.PREFIX) && !BY_NAME.containsKey(name)) {
        unknown.add(name);
      }
    }
    return List.copyOf(unknown);
  }

  /** The configuration table as Markdown rows. */
  public static String markdownTable() {
    var sb =
        new StringBuilder("| variable | flag of `run` | default | meaning |\n|---|---|---|---|\n");
    for (Variable v : ALL) {
      sb.append("| `")
          .append(v.name())
          .append("` | `")
          .append(v.owner().equals("launcher") ? "-" : v.flag())
          .append("` | ")
          .append(v.defaultValue())
          .append(" | ")
          .append(v.meaning())
          .append(" |\n");
    }
    return sb.toString();
  }

  private static Variable v(String name, String defaultValue, String meaning, String owner) {
    return new Variable(name, defaultValue, meaning, owner);
  }
}
