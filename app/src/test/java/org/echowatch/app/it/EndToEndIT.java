package org.echowatch.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.echowatch.app.demo.DemoSources;
import org.echowatch.app.runtime.EchowatchProcess;
import org.echowatch.app.runtime.Stage;
import org.echowatch.broker.BrokerExtension;
import org.echowatch.common.Json;
import org.echowatch.common.ProcessingFailure;
import org.echowatch.common.Topics;
import org.echowatch.ingest.demo.DemoAgencySite;
import org.echowatch.ingest.demo.DemoStory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline in this JVM on a real broker: fixture stories served by the demo agency site
 * go through ingest, {@code articles.v1}, streams and the indexer, and the flagged pair is read
 * back through the signed-in HTTP API.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {

  private static final String PASSWORD = "end-to-end-secret";
  private static final Duration WAIT = Duration.ofSeconds(120);

  @TempDir static Path dir;

  @RegisterExtension static final BrokerExtension BROKER = new BrokerExtension();
  private static DemoAgencySite site;
  private static EchowatchProcess process;
  private static final TestClock clock = new TestClock(Instant.parse("2026-03-02T07:00:00Z"));
  private static final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static final List<String> PARK =
      List.of(
          "Five companies from China and Belarus have registered as residents of the China-Belarus"
              + " Industrial Park Great Stone since the start of the year, the park's administration said.",
          "The new residents plan to invest a total of $86 million in the production of electric"
              + " vehicle components, medical equipment and smart logistics systems. Their projects"
              + " are expected to create about 640 jobs.",
          "Great Stone now has 143 residents from 15 countries. The declared investment of all"
              + " residents has exceeded $1.5 billion, according to the administration.");

  private static final List<String> SCHOOLS =
      List.of(
          "中国教育部与白俄罗斯教育部日前在北京签署2026年至2028年教育合作协议，双方将扩大互派留学生规模并推动联合办学。",
          "根据协议，两国每年互派政府奖学金生名额将增至300人，并在白俄罗斯国立大学和北京外国语大学之间设立联合研究中心。",
          "目前在华学习的白俄罗斯留学生超过1200人，在白俄罗斯学习的中国留学生约有1.9万人。");

  // First pair visible at the start (06:20Z / 07:35Z); the second only once the clock moves on.
  private static final DemoStory PARK_BELTA =
      story(
          "belta-en",
          "186947",
          LocalDateTime.of(2026, 3, 2, 9, 20),
          "Great Stone registers five new residents",
          "MINSK, 2 March (BelTA) – ",
          PARK);
  private static final DemoStory PARK_XINHUA =
      story(
          "xinhua-en",
          "4ffbac5639e08bcab22f85b7a9682182",
          LocalDateTime.of(2026, 3, 2, 14, 35),
          "Belarus-China industrial park adds five new residents",
          "MINSK, March 2 (Xinhua) -- ",
          PARK);
  private static final DemoStory SCHOOLS_XINHUA =
      story(
          "xinhua-zh",
          "6cde1427bfe68aa88fb891a676b3fd00",
          LocalDateTime.of(2026, 3, 2, 18, 0),
          "中白签署2026年至2028年教育合作协议",
          "新华社北京3月2日电 ",
          SCHOOLS);
  private static final DemoStory SCHOOLS_BELTA =
      story(
          "belta-zh",
          "186954",
          LocalDateTime.of(2026, 3, 2, 15, 10),
          "白中两国签署新的教育合作协议",
          "白通社北京3月2日电 ",
          SCHOOLS);

  private static DemoStory story(
      String edition,
      String id,
      LocalDateTime local,
      String title,
      String dateline,
      List<String> body) {
    var paragraphs = new ArrayList<>(body);
    paragraphs.set(0, dateline + body.get(0));
    return new DemoStory(edition, id, "economics", local, title, paragraphs, List.of());
  }

  @BeforeAll
  static void startPipeline() {
    site =
        DemoAgencySite.start(
            List.of(PARK_BELTA, PARK_XINHUA, SCHOOLS_XINHUA, SCHOOLS_BELTA), clock);
    Map<String, String> env =
        Map.of(
            "ECHOWATCH_KAFKA_BOOTSTRAP",
            BROKER.bootstrapServers(),
            "ECHOWATCH_DATA_DIR",
            dir.resolve("data").toString(),
            "ECHOWATCH_HTTP_PORT",
            "0",
            "ECHOWATCH_MANAGEMENT_PORT",
            "0",
            "ECHOWATCH_ADMIN_PASSWORD",
            PASSWORD);
    process =
        EchowatchProcess.start(
            env,
            Stage.all(),
            sources ->
                DemoSources.pointAt(
                    sources, site.baseUri(), Duration.ofMillis(500), Duration.ZERO));
  }

  @AfterAll
  static void stopPipeline() {
    if (process != null) {
      process.close();
    }
    if (site != null) {
      site.close();
    }
  }

  @Test
  @Order(1)
  void shouldFindTheFlaggedPairThroughTheApiWhenTheEchoIsPublished() throws Exception {
    signIn();

    JsonNode alert =
        awaitAlertWith(
            DemoAgencySite.articleIdOf(PARK_BELTA), DemoAgencySite.articleIdOf(PARK_XINHUA));

    assertThat(alert.get("sources").toString()).contains("belta").contains("xinhua");
    assertThat(alert.get("types").toString()).contains("exact");
    JsonNode narrative = getJson("/api/narratives/" + alert.get("narrativeId").asText());
    assertThat(narrative.get("matches").get(0).get("originId").asText())
        .isEqualTo(DemoAgencySite.articleIdOf(PARK_BELTA));
    assertThat(narrative.get("matches").get(0).get("echoId").asText())
        .isEqualTo(DemoAgencySite.articleIdOf(PARK_XINHUA));
  }

  @Test
  @Order(2)
  void shouldRouteAMalformedRecordToStreamsErrorsAndKeepFlowing() throws Exception {
    try (var producer = rawProducer()) {
      producer
          .send(
              new ProducerRecord<>(
                  Topics.ARTICLES.name(),
                  bytes("poison-1"),
                  bytes("{\"id\": \"poison-1\", broken")))
          .get();
    }

    ProcessingFailure failure = awaitFailureFor("poison-1");
    clock.set(Instant.parse("2026-03-02T13:00:00Z"));
    JsonNode second =
        awaitAlertWith(
            DemoAgencySite.articleIdOf(SCHOOLS_BELTA), DemoAgencySite.articleIdOf(SCHOOLS_XINHUA));

    assertThat(failure.stage()).startsWith("streams");
    assertThat(failure.input()).contains("broken");
    assertThat(second.get("members")).hasSize(2);
  }

  @Test
  @Order(3)
  void shouldReportReadyAndServeMetricsWhenRunning() throws Exception {
    var ready =
        http.send(
            get("http://127.0.0.1:" + process.managementPort() + "/health/ready"),
            HttpResponse.BodyHandlers.ofString());
    var metrics =
        http.send(
            get("http://127.0.0.1:" + process.managementPort() + "/metrics"),
            HttpResponse.BodyHandlers.ofString());

    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    assertThat(metrics.body())
        .contains("echowatch_ingest")
        .contains("echowatch_streams")
        .contains("jvm_memory_used_bytes")
        .contains("kafka_");
  }

  private static void signIn() throws Exception {
    var login =
        HttpRequest.newBuilder(api("/api/login"))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    Json.write(Map.of("username", "admin", "password", PASSWORD))))
            .timeout(Duration.ofSeconds(10))
            .build();
    var answer = http.send(login, HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  private static JsonNode awaitAlertWith(String originId, String echoId) throws Exception {
    JsonNode[] found = new JsonNode[1];
    await(
        () -> {
          try {
            for (JsonNode alert : getJson("/api/alerts?limit=50").get("alerts")) {
              String members = alert.get("members").toString();
              if (members.contains(originId) && members.contains(echoId)) {
                found[0] = alert;
                return true;
              }
            }
            return false;
          } catch (Exception e) {
            return false;
          }
        },
        "an alert with " + originId + " and " + echoId);
    return found[0];
  }

  private static ProcessingFailure awaitFailureFor(String key) {
    var props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.bootstrapServers());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, "end-to-end-it");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    try (var consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topics.STREAMS_ERRORS.name()));
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (System.nanoTime() < deadline) {
        for (var record : consumer.poll(Duration.ofMillis(500))) {
          ProcessingFailure failure = Json.read(record.value(), ProcessingFailure.class);
          if (key.equals(failure.key())) {
            return failure;
          }
        }
      }
    }
    throw new AssertionError(
        "no failure for " + key + " on " + Topics.STREAMS_ERRORS.name() + " within " + WAIT);
  }

  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        "no " + what + " within " + WAIT + "; records per topic: " + topicSizes());
  }

  private static Map<String, Long> topicSizes() {
    var props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.bootstrapServers());
    var sizes = new java.util.TreeMap<String, Long>();
    try (var consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      for (var topic : Topics.all()) {
        var partitions =
            consumer.partitionsFor(topic.name()).stream()
                .map(p -> new org.apache.kafka.common.TopicPartition(topic.name(), p.partition()))
                .toList();
        sizes.put(
            topic.name(),
            consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum());
      }
    }
    return sizes;
  }

  private static JsonNode getJson(String path) throws Exception {
    var answer = http.send(get(api(path).toString()), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(200);
    return Json.mapper().readTree(answer.body());
  }

  private static HttpRequest get(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build();
  }

  private static URI api(String path) {
    return URI.create("http://127.0.0.1:" + process.httpPort() + path);
  }

  private static KafkaProducer<byte[], byte[]> rawProducer() {
    var props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.bootstrapServers());
    return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** A clock the test moves forward to release the second pair. */
  static final class TestClock extends java.time.Clock {
    private volatile Instant now;

    TestClock(Instant start) {
      this.now = start;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return java.time.ZoneOffset.UTC;
    }

    @Override
    public java.time.Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
