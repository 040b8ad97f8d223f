package org.echowatch.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;
import org.echowatch.broker.BrokerExtension;
import org.echowatch.common.Article;
import org.echowatch.common.FeedHealth;
import org.echowatch.common.Json;
import org.echowatch.common.Match;
import org.echowatch.common.MatchType;
import org.echowatch.common.ProcessingFailure;
import org.echowatch.common.Topics;
import org.echowatch.indexer.http.ApiClient;
import org.echowatch.indexer.testing.SseReader;
import org.echowatch.indexer.testing.TestRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexer on a real embedded broker: records on the topics show up in the API and on the live
 * stream, unreadable records go to indexer.errors.v1 while indexing carries on, and a deleted index
 * is rebuilt from the topics with the same search answers.
 */
class IndexerServiceIT {

  private static final String PASSWORD = "it-admin-password";
  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir static Path dir;
  @RegisterExtension static final BrokerExtension BROKER = new BrokerExtension();
  private static KafkaProducer<byte[], byte[]> producer;

  @BeforeAll
  static void startBroker() {
    producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                BROKER.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new ByteArraySerializer(),
            new ByteArraySerializer());
  }

  @AfterAll
  static void stopBroker() {
    if (producer != null) {
      producer.close();
    }
  }

  private static IndexerService service(Path data) {
    var service =
        new IndexerService(
            IndexerSettings.fromEnv(
                Map.of(
                    "ECHOWATCH_KAFKA_BOOTSTRAP",
                    BROKER.bootstrapServers(),
                    "ECHOWATCH_DATA_DIR",
                    data.toString(),
                    "ECHOWATCH_HTTP_PORT",
                    "0",
                    "ECHOWATCH_ADMIN_PASSWORD",
                    PASSWORD)),
            new SimpleMeterRegistry());
    service.start();
    return service;
  }

  private static void send(String topic, String key, Object value) throws Exception {
    byte[] bytes =
        value instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : Json.writeBytes(value);
    producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), bytes)).get();
  }

  @Test
  void shouldIndexTopicsServeThemLiveRouteBadRecordsAndRebuildTheSameIndexFromTopics()
      throws Exception {
    Path data = dir.resolve("data");
    List<String> answersBefore;
    try (IndexerService first = service(data)) {
      String base = "http://127.0.0.1:" + first.httpPort();
      ApiClient admin = ApiClient.signedIn(base, "admin", PASSWORD);
      assertThat(
              admin
                  .post("/api/saved-searches", "{\"name\":\"president\",\"query\":\"Lukashenko\"}")
                  .statusCode())
          .isEqualTo(201);
      try (var stream = new SseReader(base + "/api/alerts/stream", admin.cookie())) {
        Article ru =
            TestRecords.article(
                "belta-ru:100",
                "ru",
                "Лукашенко провел переговоры в Минске",
                "Президент Лукашенко провел переговоры о заводе.",
                "2026-03-01T08:00:00Z");
        Article en =
            TestRecords.article(
                "xinhua-en:100",
                "en",
                "Lukashenko holds talks in Minsk",
                "President Lukashenko held talks about the plant.",
                "2026-03-01T10:00:00Z");
        Article zh =
            TestRecords.article(
                "xinhua-zh:100", "zh", "卢卡申科在明斯克举行会谈", "卢卡申科总统就工厂举行会谈。", "2026-03-02T03:00:00Z");
        Match m1 = TestRecords.match(ru, en, MatchType.TRANSLATION, 0.8, "n-100");
        Match m2 = TestRecords.match(ru, zh, MatchType.TRANSLATION, 0.7, "n-100");
        send(Topics.MATCHES.name(), m1.pairKey(), m1);
        send(Topics.MATCHES.name(), "broken", "{\"originId\": \"x\", this is not json");
        send(Topics.MATCHES.name(), m2.pairKey(), m2);
        send(Topics.ALERTS.name(), "n-100", TestRecords.alert("n-100", 1, m1, m2));
        send(
            Topics.FEED_HEALTH.name(),
            "belta-ru:rss",
            new FeedHealth(
                "belta-ru:rss",
                "belta-ru",
                "https://example.test/rss",
                java.time.Instant.parse("2026-03-02T04:00:00Z"),
                "ok",
                200,
                20,
                2,
                120,
                null,
                null));

        JsonNode search =
            await(
                () -> {
                  JsonNode r = ApiClient.json(admin.get("/api/search?q=Lukashenko"));
                  return r.get("total").asLong() == 3 ? r : null;
                });
        assertThat(search.get("facets").get("lang").size()).isEqualTo(3);
        SseReader.Event alert = stream.next("alert", WAIT);
        assertThat(alert).isNotNull();
        assertThat(Json.mapper().readTree(alert.data()).get("narrativeId").asText())
            .isEqualTo("n-100");
        assertThat(Json.mapper().readTree(alert.data()).get("triage").get("state").asText())
            .isEqualTo("new");
        SseReader.Event watch = stream.next("watch", WAIT);
        assertThat(watch).isNotNull();
        assertThat(Json.mapper().readTree(watch.data()).get("name").asText())
            .isEqualTo("president");
      }
      JsonNode narrative = ApiClient.json(admin.get("/api/narratives/n-100"));
      assertThat(narrative.get("stories")).hasSize(3);
      assertThat(narrative.get("matches")).hasSize(2);
      assertThat(ApiClient.json(admin.get("/api/watch-hits")).get("hits").size())
          .isGreaterThanOrEqualTo(1);
      JsonNode feeds =
          await(
              () -> {
                JsonNode f = ApiClient.json(admin.get("/api/feeds")).get("feeds");
                return f.size() == 1 ? f : null;
              });
      assertThat(feeds.get(0).get("lastSuccess").asText()).isEqualTo("2026-03-02T04:00:00Z");
      JsonNode lag =
          await(
              () -> {
                JsonNode g = ApiClient.json(admin.get("/api/lag")).get("groups");
                return g != null && g.size() > 0 ? g : null;
              });
      assertThat(lag.findValuesAsText("group")).contains("echowatch-indexer-1");
      assertThat(ApiClient.json(admin.get("/api/stats/echoes-per-day?days=366")).toString())
          .contains("belta->xinhua");

      ProcessingFailure failure = firstFailure();
      assertThat(failure.source()).isEqualTo(Topics.MATCHES.name());
      assertThat(failure.key()).isEqualTo("broken");
      assertThat(failure.stage()).isEqualTo("indexer.parse");
      answersBefore = answers(admin);
    }

    // as Files.walk did, a missing folder is an error, not a silent no-op
    assertThat(data.resolve("index")).isDirectory();
    Utils.delete(data.resolve("index").toFile());
    try (IndexerService second = service(data)) {
      ApiClient admin =
          ApiClient.signedIn("http://127.0.0.1:" + second.httpPort(), "admin", PASSWORD);
      List<String> rebuilt =
          await(
              () -> {
                List<String> a = answers(admin);
                return a.equals(answersBefore) ? a : null;
              });
      assertThat(rebuilt).isEqualTo(answersBefore);
      assertThat(ApiClient.json(admin.get("/api/saved-searches")).get("savedSearches")).hasSize(1);
    }
  }

  /** Answers to a few searches, as text, to compare two indexes. */
  private static List<String> answers(ApiClient client) throws Exception {
    List<String> out = new ArrayList<>();
    for (String q :
        List.of(
            "Lukashenko",
            "Минск",
            "卢卡申科",
            "type:translation",
            "publishedAt:[2026-03-02 TO 2026-03-02]",
            "")) {
      JsonNode r =
          ApiClient.json(
              client.get(
                  "/api/search?sort=time&q="
                      + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8)));
      List<String> ids = new ArrayList<>();
      r.get("hits")
          .forEach(
              h ->
                  ids.add(
                      h.get("id").asText()
                          + "/"
                          + h.get("matchTypes")
                          + "/"
                          + h.get("narrativeId").asText()));
      out.add(q + " -> " + r.get("total") + " " + ids + " " + r.get("facets"));
    }
    out.add(ApiClient.json(client.get("/api/narratives/n-100")).path("stories").toString());
    return out;
  }

  private static ProcessingFailure firstFailure() {
    try (var consumer =
        new KafkaConsumer<>(
            Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-errors-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
            new StringDeserializer(),
            Topics.INDEXER_ERRORS.valueSerde().deserializer())) {
      consumer.subscribe(List.of(Topics.INDEXER_ERRORS.name()));
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (System.nanoTime() < deadline) {
        for (var record : consumer.poll(Duration.ofMillis(500))) {
          return record.value();
        }
      }
    }
    throw new AssertionError("no record on " + Topics.INDEXER_ERRORS.name() + " within " + WAIT);
  }

  private static <T> T await(Callable<T> probe) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      T value = probe.call();
      if (value != null) {
        return value;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("condition not met within " + WAIT);
  }
}
