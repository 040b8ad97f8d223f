package org.echowatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.echowatch.common.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.utility.DockerImageName;

/**
 * The monitoring of docker-compose.monitoring.yml against the stages of docker-compose.yml: the
 * offline-built Prometheus image, with the configuration it ships, finds ingest, streams and the
 * indexer by their service names and scrapes each one successfully. Checked through Prometheus's
 * HTTP API on a port published on 127.0.0.1.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class MonitoringContainerIT {

  private static final DockerImageName ECHOWATCH =
      DockerImageName.parse(
          System.getenv().getOrDefault("ECHOWATCH_IMAGE", "echowatch/echowatch:0.1.0"));
  private static final DockerImageName PROMETHEUS =
      DockerImageName.parse(
          System.getenv()
              .getOrDefault("ECHOWATCH_PROMETHEUS_IMAGE", "echowatch/prometheus:2.42.0"));
  private static final List<String> STAGES = List.of("ingest", "streams", "indexer");
  private static final String BOOTSTRAP = "kafka:9092";
  private static final String JAVA_OPTS =
      "-XX:+UseSerialGC -Xmx384m -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration SCRAPE_WAIT = Duration.ofMinutes(3);

  private static Network network;
  private static final List<GenericContainer<?>> started = new ArrayList<>();
  private static URI prometheus;

  @BeforeAll
  static void startMonitoredDeployment() throws Exception {
    ImageBuild.run("build-images.sh");
    ImageBuild.run("build-prometheus-image.sh");
    network = Network.newNetwork();
    start(
        echowatch("kafka")
            .withEnv("ECHOWATCH_BROKER_ADVERTISED_LISTENERS", "PLAINTEXT://" + BOOTSTRAP)
            .waitingFor(Wait.forHealthcheck().withStartupTimeout(START_TIMEOUT)));
    try (GenericContainer<?> init =
        echowatch("init-topics")
            .withStartupCheckStrategy(
                new OneShotStartupCheckStrategy().withTimeout(START_TIMEOUT))) {
      init.start();
    }
    var stages = new ArrayList<GenericContainer<?>>();
    for (String stage : STAGES) {
      stages.add(
          echowatch(stage)
              .withEnv("ECHOWATCH_DEMO", "true")
              .withEnv("ECHOWATCH_ADMIN_PASSWORD", "monitoring-it-password")
              // Up enough to be scraped; whether Prometheus sees it healthy is what the test asks.
              .waitingFor(
                  Wait.forLogMessage(".*management endpoints on .*", 1)
                      .withStartupTimeout(START_TIMEOUT)));
    }
    GenericContainer<?> prom =
        new GenericContainer<>(PROMETHEUS)
            .withNetwork(network)
            .withNetworkAliases("prometheus")
            .withExposedPorts(9090)
            .withCreateContainerCmdModifier(
                cmd ->
                    cmd.getHostConfig()
                        .withPortBindings(
                            new PortBinding(
                                Ports.Binding.bindIp("127.0.0.1"), ExposedPort.tcp(9090))))
            .waitingFor(Wait.forHealthcheck().withStartupTimeout(START_TIMEOUT));
    stages.add(prom);
    started.addAll(stages);
    Startables.deepStart(stages).join();
    prometheus = URI.create("http://127.0.0.1:" + prom.getMappedPort(9090));
  }

  @AfterAll
  static void stopAll() {
    for (int i = started.size() - 1; i >= 0; i--) {
      started.get(i).stop();
    }
    if (network != null) {
      network.close();
    }
  }

  private static GenericContainer<?> echowatch(String command) {
    return new GenericContainer<>(ECHOWATCH)
        .withCommand(command)
        .withNetwork(network)
        .withNetworkAliases(command)
        .withEnv("ECHOWATCH_KAFKA_BOOTSTRAP", BOOTSTRAP)
        .withEnv("JAVA_OPTS", JAVA_OPTS);
  }

  private static void start(GenericContainer<?> container) {
    started.add(container);
    container.start();
  }

  @Test
  void shouldScrapeEveryStageAsAHealthyTargetWhenTheDeploymentRuns() throws Exception {
    List<JsonNode> targets = List.of();
    long deadline = System.nanoTime() + SCRAPE_WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      targets = echowatchTargets();
      if (targets.size() == STAGES.size()
          && targets.stream().allMatch(t -> "up".equals(t.path("health").asText()))) {
        break;
      }
      Thread.sleep(2000);
    }

    assertThat(targets)
        .extracting(t -> t.path("labels").path("stage").asText())
        .containsExactlyInAnyOrderElementsOf(STAGES);
    assertThat(targets)
        .allSatisfy(
            t ->
                assertThat(t.path("health").asText())
                    .as("%s: %s", t.path("scrapeUrl").asText(), t.path("lastError").asText())
                    .isEqualTo("up"));
  }

  @Test
  void shouldAnswerQueriesOverStageMetricsWhenScraped() throws Exception {
    JsonNode result = Json.mapper().createArrayNode();
    long deadline = System.nanoTime() + SCRAPE_WAIT.toNanos();
    while (result.size() < STAGES.size() && System.nanoTime() < deadline) {
      result = query("count by (stage) (jvm_threads_live_threads)").path("data").path("result");
      Thread.sleep(2000);
    }

    assertThat(toList(result))
        .extracting(r -> r.path("metric").path("stage").asText())
        .containsExactlyInAnyOrderElementsOf(STAGES);
  }

  private static List<JsonNode> echowatchTargets() throws Exception {
    JsonNode active = get("/api/v1/targets?state=active").path("data").path("activeTargets");
    return toList(active).stream()
        .filter(t -> "echowatch".equals(t.path("labels").path("job").asText()))
        .toList();
  }

  private static JsonNode query(String promql) throws Exception {
    return get("/api/v1/query?query=" + java.net.URLEncoder.encode(promql, "UTF-8"));
  }

  private static JsonNode get(String pathAndQuery) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(prometheus.resolve(pathAndQuery))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(pathAndQuery).isEqualTo(200);
    return Json.mapper().readTree(response.body());
  }

  private static List<JsonNode> toList(JsonNode array) {
    var list = new ArrayList<JsonNode>();
    array.forEach(list::add);
    return list;
  }
}
