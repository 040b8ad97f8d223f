package org.echowatch.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManagementServerTest {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private ManagementServer server;

  @BeforeEach
  void start() {
    server = ManagementServer.start("127.0.0.1", 0, Metrics.newRegistry());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .timeout(Duration.ofSeconds(5))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void shouldAnswerLiveWhenProcessRuns() throws Exception {
    assertThat(get("/health/live").statusCode()).isEqualTo(200);
  }

  @Test
  void shouldAnswer503UntilEveryCheckHolds() throws Exception {
    var streamsRunning = new AtomicBoolean(false);
    server.addCheck(new HealthCheck("kafka", () -> true));
    server.addCheck(new HealthCheck("streams", streamsRunning::get));

    HttpResponse<String> before = get("/health/ready");
    streamsRunning.set(true);
    HttpResponse<String> after = get("/health/ready");

    assertThat(before.statusCode()).isEqualTo(503);
    assertThat(before.body()).contains("\"DOWN\"").contains("streams");
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(after.body()).contains("\"UP\"");
  }

  @Test
  void shouldNotBeReadyWhenNoStageRegisteredYet() throws Exception {
    assertThat(get("/health/ready").statusCode()).isEqualTo(503);
  }

  @Test
  void shouldReportTheFailureWhenACheckThrows() throws Exception {
    server.addCheck(
        new HealthCheck(
            "kafka",
            () -> {
              throw new java.util.concurrent.TimeoutException("no answer in 2 s");
            }));

    HttpResponse<String> ready = get("/health/ready");

    assertThat(ready.statusCode()).isEqualTo(503);
    assertThat(ready.body()).contains("no answer in 2 s");
  }

  @Test
  void shouldRenderPrometheusTextWithJvmAndStageMetricsWhenScraped() throws Exception {
    var registry = Metrics.newRegistry();
    try (var own = ManagementServer.start("127.0.0.1", 0, registry)) {
      Counter.builder("echowatch.ingest.articles").register(registry).increment(3);
      var request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + own.port() + "/metrics")).build();

      HttpResponse<String> metrics = http.send(request, HttpResponse.BodyHandlers.ofString());

      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.headers().firstValue("Content-Type"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
      assertThat(metrics.body())
          .contains("echowatch_ingest_articles_total 3.0")
          .contains("jvm_memory_used_bytes");
    }
  }

  @Test
  void shouldAnswer404And405WhenPathOrMethodIsWrong() throws Exception {
    var post =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health/live"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();

    assertThat(get("/nope").statusCode()).isEqualTo(404);
    assertThat(http.send(post, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
  }
}
