package org.echowatch.app.containers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.echowatch.common.Topic;
import org.echowatch.common.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.lifecycle.Startables;

/**
 * The deployment of docker-compose.yml, run with Testcontainers: the image's Kafka role, a one-shot
 * init-topics and one container per stage on one network, ingest polling its bundled demo site.
 * Everything is checked from outside, through ports published on 127.0.0.1.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class PipelineContainerIT {

  private static final String ADMIN_PASSWORD = "container-it-admin-password";
  private static final Duration ALERT_WAIT = Duration.ofMinutes(3);
  private static final Duration READY_WAIT = Duration.ofSeconds(90);

  private static Network network;
  private static GenericContainer<?> kafka;
  private static GenericContainer<?> ingest;
  private static GenericContainer<?> streams;
  private static GenericContainer<?> indexer;
  private static int kafkaHostPort;

  @BeforeAll
  static void startDeployment() throws Exception {
    network = Network.newNetwork();
    var containers = new EchowatchContainers(LocalImage.ensureBuilt(), network);
    kafkaHostPort = EchowatchContainers.freeLoopbackPort();
    kafka = containers.kafka(kafkaHostPort);
    kafka.start();
    try (GenericContainer<?> initTopics = containers.initTopics()) {
      initTopics.start();
    }
    ingest =
        containers.stage(
            "ingest", Map.of("ECHOWATCH_DEMO", "true", "ECHOWATCH_DEMO_RELEASE", "20s"));
    streams = containers.stage("streams", Map.of());
    indexer =
        containers.stage(
            "indexer",
            Map.of("ECHOWATCH_ADMIN_PASSWORD", ADMIN_PASSWORD),
            EchowatchContainers.HTTP_PORT);
    Startables.deepStart(ingest, streams, indexer).join();
    // A healthy stage has its management port ready; the indexer's web API may open a bit later.
    URI web = published(indexer, EchowatchContainers.HTTP_PORT);
    if (!eventually(READY_WAIT, () -> answers(web.resolve("/login.html")), Boolean::booleanValue)) {
      throw new IllegalStateException("the indexer's web API did not answer within " + READY_WAIT);
    }
  }

  @AfterAll
  static void stopDeployment() {
    Stream.of(indexer, streams, ingest, kafka)
        .filter(c -> c != null)
        .forEach(GenericContainer::stop);
    if (network != null) {
      network.close();
    }
  }

  @Test
  void shouldCreateEveryTopicWhenInitTopicsRunsAgainstTheBrokerContainer() throws Exception {
    var props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaHostPort);
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "20000");
    Set<String> existing;
    try (Admin admin = Admin.create(props)) {
      existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
    }

    assertThat(existing).containsAll(Topics.all().stream().map(Topic::name).toList());
  }

  @Test
  void shouldReportReadyAndServeMetricsWhenEveryStageRuns() throws Exception {
    for (GenericContainer<?> stage : List.of(ingest, streams, indexer)) {
      URI management = published(stage, EchowatchContainers.MANAGEMENT_PORT);

      HttpResponse<String> live = WatchFloorClient.get(management.resolve("/health/live"));
      // Readiness may drop for a moment (a consumer group rebalancing); it has to come back.
      HttpResponse<String> ready =
          eventually(
              READY_WAIT,
              () -> WatchFloorClient.get(management.resolve("/health/ready")),
              r -> r.statusCode() == 200);
      HttpResponse<String> metrics = WatchFloorClient.get(management.resolve("/metrics"));

      String stageName = String.join(" ", stage.getCommandParts());
      assertThat(live.statusCode()).as("%s /health/live", stageName).isEqualTo(200);
      assertThat(ready.statusCode()).as("%s /health/ready", stageName).isEqualTo(200);
      assertThat(ready.body()).as("%s /health/ready", stageName).contains("\"UP\"");
      assertThat(metrics.statusCode()).as("%s /metrics", stageName).isEqualTo(200);
      assertThat(metrics.body()).as("%s /metrics", stageName).contains("# TYPE");
    }
  }

  @Test
  void shouldRefuseTheApiWhenNotSignedIn() throws Exception {
    URI web = published(indexer, EchowatchContainers.HTTP_PORT);

    HttpResponse<String> response = WatchFloorClient.get(web.resolve("/api/alerts"));

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void shouldShowCrossAgencyAlertWhenDemoStoriesEchoAcrossAgencies() throws Exception {
    var client =
        WatchFloorClient.signIn(
            published(indexer, EchowatchContainers.HTTP_PORT), "admin", ADMIN_PASSWORD);

    List<JsonNode> alerts = eventually(ALERT_WAIT, client::alerts, a -> !a.isEmpty());

    assertThat(alerts).as("alerts on the watch floor within %s", ALERT_WAIT).isNotEmpty();
    JsonNode alert = alerts.get(0);
    assertThat(alert.path("narrativeId").asText()).isNotBlank();
    assertThat(alert.path("sources").toString()).contains("belta").contains("xinhua");
    assertThat(alert.path("members").size()).isGreaterThanOrEqualTo(2);
  }

  /**
   * Asks {@code probe} once a second until {@code done} holds or the time is up; the last answer.
   */
  private static <T> T eventually(Duration timeout, Callable<T> probe, Predicate<T> done)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    T answer = probe.call();
    while (!done.test(answer) && System.nanoTime() < deadline) {
      Thread.sleep(1000);
      answer = probe.call();
    }
    return answer;
  }

  /** Whether an HTTP server answers at {@code uri} with anything but a server error. */
  private static boolean answers(URI uri) throws InterruptedException {
    try {
      return WatchFloorClient.get(uri).statusCode() < 500;
    } catch (IOException e) {
      return false;
    }
  }

  private static URI published(GenericContainer<?> container, int port) {
    return URI.create("http://127.0.0.1:" + container.getMappedPort(port));
  }
}
