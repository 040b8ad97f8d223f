package org.echowatch.app.runtime;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import org.echowatch.app.config.AppSettings;
import org.echowatch.app.config.ConfigCatalog;
import org.echowatch.broker.TopicInitializer;
import org.echowatch.ingest.SourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running echowatch process: the management server, the embedded broker when no cluster is
 * configured, and the chosen stages. Started indexer, streams, ingest; closed in the reverse order,
 * each stage finishing its in-flight work before the next one stops and the broker stops last.
 */
public final class EchowatchProcess implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EchowatchProcess.class);

  private final ServiceStack stack;
  private final ManagementServer management;
  private final String bootstrap;
  private final java.util.function.IntSupplier httpPort;
  private final CountDownLatch stopped = new CountDownLatch(1);

  private EchowatchProcess(
      ServiceStack stack,
      ManagementServer management,
      String bootstrap,
      java.util.function.IntSupplier httpPort) {
    this.stack = stack;
    this.management = management;
    this.bootstrap = bootstrap;
    this.httpPort = httpPort;
  }

  /**
   * Validates every setting, then starts the process.
   *
   * @param env the merged environment (flags over variables)
   * @param stages the stages to run here
   * @throws IllegalArgumentException naming the variable when a setting is bad
   */
  public static EchowatchProcess start(Map<String, String> env, Set<Stage> stages) {
    return start(env, stages, null);
  }

  /**
   * As {@link #start(Map, Set)}, with ingest polling what {@code sources} makes of the configured
   * catalogue (tests point it at their own fixture site).
   *
   * @param sources turns the configured catalogue into the one ingest polls; null: the live
   *     agencies, or the bundled demo when {@code ECHOWATCH_DEMO} is set
   */
  public static EchowatchProcess start(
      Map<String, String> env, Set<Stage> stages, UnaryOperator<List<SourceConfig>> sources) {
    AppSettings app = AppSettings.fromEnv(env);
    boolean embedded = app.kafkaBootstrap().isEmpty();
    if (embedded && !stages.equals(Stage.all())) {
      throw new IllegalArgumentException(
          AppSettings.KAFKA_BOOTSTRAP
              + " is required to run one stage; `echowatch run` starts an embedded broker instead");
    }
    // Placeholder bootstrap so the stage settings validate before the embedded broker exists.
    StageServices.validate(
        withBootstrap(env, app.kafkaBootstrap().orElse("127.0.0.1:9092")), stages);
    List<String> unknown = ConfigCatalog.unknownIn(env);
    if (!unknown.isEmpty()) {
      LOG.warn("ignoring variables nothing reads (typo?): {}", unknown);
    }

    PrometheusMeterRegistry registry = Metrics.newRegistry();
    var stack = new ServiceStack();
    try {
      ManagementServer management =
          stack.start(
              "management server",
              () -> ManagementServer.start(app.managementBind(), app.managementPort(), registry));
      String bootstrap =
          embedded
              ? stack.start("embedded broker", () -> EmbeddedBrokers.start(app)).bootstrapServers()
              : app.kafkaBootstrap().get();
      KafkaProbe probe = stack.start("kafka probe", () -> new KafkaProbe(bootstrap, registry));
      management.addCheck(new HealthCheck("broker reachable", probe::reachable));
      if (embedded) {
        TopicInitializer.ensureTopics(bootstrap, app.topicPartitions(), app.topicReplication());
      }
      Map<String, String> stageEnv = withBootstrap(env, bootstrap);
      java.util.function.IntSupplier httpPort = null;
      if (stages.contains(Stage.INDEXER)) {
        httpPort = StageServices.indexer(stack, management, stageEnv, registry);
      }
      if (stages.contains(Stage.STREAMS)) {
        StageServices.streams(stack, management, stageEnv, registry);
      }
      if (stages.contains(Stage.INGEST)) {
        StageServices.ingest(stack, management, stageEnv, app, registry, sources);
      }
      var process = new EchowatchProcess(stack, management, bootstrap, httpPort);
      process.announce(app, stages, !env.getOrDefault("ECHOWATCH_ADMIN_PASSWORD", "").isBlank());
      return process;
    } catch (RuntimeException e) {
      stack.close();
      throw e;
    }
  }

  private static Map<String, String> withBootstrap(Map<String, String> env, String bootstrap) {
    var copy = new HashMap<>(env);
    copy.put(AppSettings.KAFKA_BOOTSTRAP, bootstrap);
    return Map.copyOf(copy);
  }

  private void announce(AppSettings app, Set<Stage> stages, boolean adminPasswordSet) {
    if (httpPort == null) {
      LOG.info(
          "echowatch {} running on Kafka {}; health on http://{}:{}/health/ready",
          stages,
          bootstrap,
          app.managementBind(),
          management.port());
      return;
    }
    String secret =
        adminPasswordSet
            ? "the password from ECHOWATCH_ADMIN_PASSWORD"
            : "the password in "
                + app.dataDir().resolve("admin-password.txt").toAbsolutePath().normalize();
    LOG.info(
        "echowatch {} running{}: open http://localhost:{}/ and sign in as admin with {}; Kafka {};"
            + " health on port {}",
        stages,
        app.demo() ? " (demo)" : "",
        httpPort.getAsInt(),
        secret,
        bootstrap,
        management.port());
  }

  /** The Kafka cluster the stages use. */
  public String bootstrap() {
    return bootstrap;
  }

  /** The port of the web page and API, or -1 when this process runs no indexer. */
  public int httpPort() {
    return httpPort == null ? -1 : httpPort.getAsInt();
  }

  /** The port of the management endpoints. */
  public int managementPort() {
    return management.port();
  }

  /** Whether every readiness check holds now. */
  public boolean ready() {
    return management.readiness().stream().allMatch(HealthCheck.Result::ready);
  }

  /**
   * Blocks until the JVM is asked to stop (Ctrl-C, SIGTERM), then stops every stage in order before
   * returning.
   */
  public void awaitShutdown() throws InterruptedException {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  LOG.info("stopping: ingest, then streams, then indexer, then the broker");
                  close();
                },
                "echowatch-shutdown"));
    stopped.await();
  }

  /** Stops every stage in reverse start order; idempotent. */
  @Override
  public void close() {
    stack.close();
    stopped.countDown();
  }
}
