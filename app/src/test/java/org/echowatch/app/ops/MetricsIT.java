package org.echowatch.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.echowatch.app.ops.PrometheusText.Sample;
import org.echowatch.app.runtime.EchowatchProcess;
import org.echowatch.app.runtime.Stage;
import org.echowatch.broker.BrokerExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline as {@code echowatch run --demo} starts it, on a real embedded broker, scraped
 * over HTTP at {@code /metrics} once the demo corpus has flowed through to alerts.
 */
class MetricsIT {

  private static final Duration FLOW_WAIT = Duration.ofMinutes(3);
  private static final String ADMIN_PASSWORD = "metrics-it-password";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir static Path dir;

  @RegisterExtension static final BrokerExtension BROKER = new BrokerExtension();
  private static EchowatchProcess process;
  private static URI metrics;
  private static PrometheusText scrape;

  @BeforeAll
  static void runDemoPipeline() throws Exception {
    process =
        EchowatchProcess.start(
            Map.of(
                "ECHOWATCH_KAFKA_BOOTSTRAP", BROKER.bootstrapServers(),
                "ECHOWATCH_DATA_DIR", dir.resolve("data").toString(),
                "ECHOWATCH_MANAGEMENT_PORT", "0",
                "ECHOWATCH_HTTP_PORT", "0",
                "ECHOWATCH_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "ECHOWATCH_DEMO", "true",
                "ECHOWATCH_DEMO_RELEASE", "5s"),
            Stage.all());
    metrics = URI.create("http://127.0.0.1:" + process.managementPort() + "/metrics");
    searchOnce(URI.create("http://127.0.0.1:" + process.httpPort()));
    String text = scrapeUntilAlertsCounted();
    scrape = PrometheusText.parse(text);
    // Kept for whoever updates the metrics catalogue in docs/operations.md.
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "metrics-it-scrape.txt"), text);
  }

  @AfterAll
  static void stop() {
    if (process != null) {
      process.close();
    }
  }

  private static String scrapeUntilAlertsCounted() throws Exception {
    long deadline = System.nanoTime() + FLOW_WAIT.toNanos();
    String last = get(metrics).body();
    while (PrometheusText.parse(last).sum("echowatch_streams_alerts_total") == 0
        && System.nanoTime() < deadline) {
      Thread.sleep(1000);
      last = get(metrics).body();
    }
    return last;
  }

  /** Signs in and runs one search, so the indexer's search timer has a sample. */
  private static void searchOnce(URI web) throws IOException, InterruptedException {
    HttpResponse<String> login =
        HTTP.send(
            HttpRequest.newBuilder(web.resolve("/api/login"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as("sign-in: %s", login.body()).isEqualTo(200);
    String cookie =
        login.headers().allValues("Set-Cookie").stream()
            .map(c -> c.split(";", 2)[0])
            .collect(Collectors.joining("; "));
    HttpResponse<String> search =
        HTTP.send(
            HttpRequest.newBuilder(web.resolve("/api/search?q=minsk"))
                .timeout(Duration.ofSeconds(10))
                .header("Cookie", cookie)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(search.statusCode()).as("search: %s", search.body()).isEqualTo(200);
  }

  private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void shouldServePrometheusTextWhenScraped() throws Exception {
    HttpResponse<String> response = get(metrics);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
    assertThat(response.body()).contains("# TYPE echowatch_ingest_polls_total counter");
  }

  @Test
  void shouldExposeEveryCatalogueMetricWhenThePipelineRuns() {
    assertThat(scrape.names()).containsAll(MetricCatalog.required());
  }

  @Test
  void shouldCountPollsItemsAndNewArticlesPerFeedWhenDemoFeedsArePolled() {
    assertThat(scrape.named("echowatch_ingest_polls_total"))
        .allSatisfy(s -> assertThat(s.labels()).containsKeys("feed", "status"))
        .anySatisfy(s -> assertThat(s.labels()).containsEntry("status", "ok"));
    assertThat(scrape.sum("echowatch_ingest_feed_items_total")).isPositive();
    assertThat(scrape.named("echowatch_ingest_articles_new_total"))
        .extracting(s -> s.labels().get("edition"))
        .anySatisfy(e -> assertThat(e).startsWith("belta"))
        .anySatisfy(e -> assertThat(e).startsWith("xinhua"));
  }

  @Test
  void shouldTimeFetchesBySiteAndStatusWhenPagesAreFetched() {
    assertThat(scrape.sum("echowatch_ingest_fetch_latency_seconds_count")).isPositive();
    assertThat(scrape.sum("echowatch_ingest_fetch_latency_seconds_sum")).isPositive();
    assertThat(scrape.named("echowatch_ingest_fetch_latency_seconds_count"))
        .allSatisfy(s -> assertThat(s.labels()).containsKeys("site", "status"));
  }

  @Test
  void shouldCountMatchesByTypeAndAlertsBySeverityWhenEchoesAreDetected() {
    assertThat(scrape.sum("echowatch_streams_articles_total")).isPositive();
    assertThat(scrape.named("echowatch_streams_matches_total"))
        .isNotEmpty()
        .allSatisfy(
            s ->
                assertThat(s.labels().get("type"))
                    .isIn("exact", "verbatim", "rewrite", "translation"));
    assertThat(scrape.named("echowatch_streams_alerts_total"))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.labels()).containsKey("severity"));
  }

  @Test
  void shouldCountIndexedRecordsAndTimeSearchesWhenTheIndexerServes() {
    assertThat(scrape.sum("echowatch_indexer_records_total")).isPositive();
    assertThat(scrape.sum("echowatch_indexer_search_latency_seconds_count"))
        .isGreaterThanOrEqualTo(1);
    assertThat(scrape.sum("echowatch_indexer_search_latency_seconds_sum")).isPositive();
    assertThat(scrape.named("echowatch_indexer_search_latency_seconds"))
        .extracting(s -> s.labels().get("quantile"))
        .contains("0.5", "0.99");
  }

  @Test
  void shouldReportConsumerLagOfTheStreamsStageWhenItConsumes() {
    // The restore consumer reports NaN while it has nothing to restore; the main consumer counts.
    assertThat(scrape.named("kafka_consumer_fetch_manager_records_lag_max"))
        .filteredOn(
            s ->
                s.labels()
                    .get("client_id")
                    .matches("echowatch-streams-.*StreamThread-\\d+-consumer"))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.value()).isFinite().isGreaterThanOrEqualTo(0));
    assertThat(scrape.sum("kafka_consumer_fetch_manager_records_consumed_total")).isPositive();
  }

  @Test
  void shouldReportStreamThreadWorkWhenTopologyRuns() {
    assertThat(scrape.sum("kafka_stream_thread_process_total")).isPositive();
  }

  @Test
  void shouldReportLiveJvmWhenScraped() {
    assertThat(scrape.named("jvm_memory_used_bytes"))
        .filteredOn(s -> "heap".equals(s.labels().get("area")))
        .extracting(Sample::value)
        .anySatisfy(v -> assertThat(v).isPositive());
    assertThat(scrape.sum("jvm_threads_live_threads")).isPositive();
    assertThat(scrape.sum("process_uptime_seconds")).isPositive();
  }
}
