package org.echowatch.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.echowatch.app.load.ArticleGenerator;
import org.echowatch.broker.EmbeddedBroker;
import org.echowatch.broker.TopicInitializer;
import org.echowatch.common.Alert;
import org.echowatch.common.Article;
import org.echowatch.common.Json;
import org.echowatch.common.Topics;
import org.echowatch.indexer.IndexerService;
import org.echowatch.indexer.IndexerSettings;
import org.echowatch.streams.StreamsService;
import org.echowatch.streams.StreamsSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline after streams (articles.v1 → streams → matches and alerts → indexer → HTTP) on
 * one real broker with its data on disk, through three faults in turn. Each fault plants its own
 * echo pairs; the checks cover everything planted so far, so a later fault that duplicated or lost
 * an earlier match would also fail.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineFaultsIT {

  private static final String PASSWORD = "fault-test-password";
  // Generous for a shared 2-core machine; the runs after the F6 fix took 1-2 min in all.
  private static final Duration DEADLINE = Duration.ofMinutes(6);
  private static final Instant STARTED = Instant.now();
  // the largest page the search API serves (docs/api.md)
  private static final int SEARCH_PAGE = 100;
  private static final ArticleGenerator CORPUS =
      new ArticleGenerator(11L, Instant.parse("2026-10-01T00:00:00Z"), 1);

  @TempDir static Path dir;

  private static EmbeddedBroker broker;
  private static IndexerService indexer;
  private static final Set<Integer> planted = java.util.concurrent.ConcurrentHashMap.newKeySet();

  @BeforeAll
  static void startBrokerAndIndexer() {
    broker = EmbeddedBroker.onFreePorts(dir.resolve("kafka")).start();
    TopicInitializer.ensureTopics(broker.bootstrapServers(), 1, (short) 1);
    indexer = startIndexer();
  }

  @AfterAll
  static void stopAll() {
    if (indexer != null) {
      indexer.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  @Order(1)
  void shouldKeepEveryMatchExactlyOnceWhenTheBrokerRestartsMidStream() throws Exception {
    try (var streams = new StreamsService(streamsSettings(), new SimpleMeterRegistry());
        var producer = producer()) {
      streams.start();
      plant(producer, 0, 8);
      producer.flush();
      broker.close();
      // Sent while the broker is down: send() blocks on metadata, then the idempotent producer
      // must retry them into the restarted broker without loss or duplicates.
      var whileDown =
          java.util.concurrent.CompletableFuture.supplyAsync(() -> plantAsync(producer, 8, 16));
      sleep(3_000);
      broker.start();
      whileDown
          .get(DEADLINE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)
          .forEach(PipelineFaultsIT::await);
      plant(producer, 16, 24);
      producer.flush();
      awaitAllPlantedMatches();
    }
    assertExactlyOnceOnTopics();
  }

  @Test
  @Order(2)
  void shouldKeepEveryMatchExactlyOnceWhenStreamsIsKilledMidBatch() throws Exception {
    Process first = startStreamsChild("first");
    try (var producer = producer()) {
      plant(producer, 24, 84);
      producer.flush();
      int before = TopicReader.committedKeys(bootstrap(), Topics.MATCHES.name()).size();
      await(
          "some matches of the batch",
          () ->
              TopicReader.readAll(
                          bootstrap(), Topics.MATCHES.name(), IsolationLevel.READ_UNCOMMITTED)
                      .size()
                  > before + 5);
    } finally {
      first.destroyForcibly().waitFor();
    }
    Process second = startStreamsChild("second");
    try {
      awaitAllPlantedMatches();
    } finally {
      second.destroy();
      if (!second.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        second.destroyForcibly().waitFor();
      }
    }
    assertExactlyOnceOnTopics();
  }

  @Test
  @Order(3)
  void shouldAnswerTheSameSearchesWhenTheIndexFolderIsDeletedAndRebuilt() throws Exception {
    var before = org.echowatch.app.load.WatchFloorSession.signIn(indexer.httpPort(), PASSWORD);
    await("every planted story in the index", () -> allStoriesIndexed(before));
    Map<String, List<String>> answers = searches(before);
    // one page of at most SEARCH_PAGE hits: with the kill test's 60 pairs there are more stories
    assertThat(answers.get("")).hasSize(Math.min(SEARCH_PAGE, planted.size() * 2));

    indexer.close();
    // as Files.walk did, a missing folder is an error, not a silent no-op
    assertThat(dir.resolve("indexer").resolve("index")).isDirectory();
    Utils.delete(dir.resolve("indexer").resolve("index").toFile());
    indexer = startIndexer();

    var after = org.echowatch.app.load.WatchFloorSession.signIn(indexer.httpPort(), PASSWORD);
    await("the rebuilt index holds every story", () -> allStoriesIndexed(after));
    assertThat(searches(after)).isEqualTo(answers);
  }

  private static Map<String, List<String>> searches(org.echowatch.app.load.WatchFloorSession http) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String q :
        List.of(
            "", "source:xinhua", "title:story", "\"ref 30-0\"", "type:exact OR type:verbatim")) {
      List<String> ids = new ArrayList<>();
      http.search(q, SEARCH_PAGE).path("hits").forEach(h -> ids.add(h.path("id").asText()));
      out.put(q, ids);
    }
    return out;
  }

  private static boolean allStoriesIndexed(org.echowatch.app.load.WatchFloorSession http) {
    // A blank query matches every story (docs/api.md).
    JsonNode all = http.search("", 1);
    return all.path("total").asInt() >= planted.size() * 2;
  }

  private static void assertExactlyOnceOnTopics() {
    List<ConsumerRecord<String, String>> matches =
        TopicReader.readAll(bootstrap(), Topics.MATCHES.name(), IsolationLevel.READ_COMMITTED);
    List<String> matchKeys = matches.stream().map(ConsumerRecord::key).toList();
    assertThat(matchKeys).doesNotHaveDuplicates();
    assertThat(matchKeys).containsAll(planted.stream().map(CORPUS::pairKey).toList());
    // F6: a match is stamped when it is found, not with the story's publishedAt (weeks before this
    // run for the corpus), so the broker's 7-day time retention never deletes it under the reader
    assertThat(matches)
        .allSatisfy(r -> assertThat(Instant.ofEpochMilli(r.timestamp())).isAfter(STARTED));
    assertThat(TopicReader.firstOffset(bootstrap(), Topics.MATCHES.name()))
        .as("records deleted from the start of %s", Topics.MATCHES.name())
        .isZero();
    List<String> alertVersions =
        TopicReader.readAll(bootstrap(), Topics.ALERTS.name(), IsolationLevel.READ_COMMITTED)
            .stream()
            .filter(r -> r.value() != null)
            .map(ConsumerRecord::value)
            .map(v -> Json.read(v, Alert.class))
            .map(a -> a.narrativeId() + "@" + a.version())
            .toList();
    assertThat(alertVersions).isNotEmpty().doesNotHaveDuplicates();
  }

  private static void awaitAllPlantedMatches() {
    Set<String> expected = new HashSet<>(planted.stream().map(CORPUS::pairKey).toList());
    try {
      await(
          "all " + expected.size() + " planted matches",
          () ->
              new HashSet<>(TopicReader.committedKeys(bootstrap(), Topics.MATCHES.name()))
                  .containsAll(expected));
    } catch (AssertionError e) {
      var committed = new HashSet<>(TopicReader.committedKeys(bootstrap(), Topics.MATCHES.name()));
      int uncommitted =
          TopicReader.readAll(bootstrap(), Topics.MATCHES.name(), IsolationLevel.READ_UNCOMMITTED)
              .size();
      expected.removeAll(committed);
      throw new AssertionError(
          e.getMessage()
              + "; committed keys "
              + committed.size()
              + ", records read uncommitted "
              + uncommitted
              + ", first offset "
              + TopicReader.firstOffset(bootstrap(), Topics.MATCHES.name())
              + ", missing "
              + expected,
          e);
    }
  }

  private static void plant(KafkaProducer<String, byte[]> producer, int from, int to)
      throws Exception {
    for (var f : plantAsync(producer, from, to)) {
      await(f);
    }
  }

  private static List<java.util.concurrent.Future<?>> plantAsync(
      KafkaProducer<String, byte[]> producer, int from, int to) {
    List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
    IntStream.range(from, to)
        .forEach(
            n -> {
              planted.add(n);
              for (Article a : List.of(CORPUS.story(n), CORPUS.echoOf(n))) {
                sent.add(
                    producer.send(
                        new ProducerRecord<>(Topics.ARTICLES.name(), a.id(), Json.writeBytes(a))));
              }
            });
    return sent;
  }

  private static void await(java.util.concurrent.Future<?> f) {
    try {
      f.get(DEADLINE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("send failed: " + e, e);
    }
  }

  private static void await(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (RuntimeException e) {
        // the broker or the HTTP server may still be coming back; try again
      }
      sleep(500);
    }
    throw new AssertionError("timed out after " + DEADLINE + " waiting for " + what);
  }

  private static KafkaProducer<String, byte[]> producer() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) DEADLINE.toMillis());
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, DEADLINE.toMillis());
    return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }

  private static StreamsSettings streamsSettings() {
    return StreamsSettings.fromEnv(streamsEnv());
  }

  private static Map<String, String> streamsEnv() {
    return Map.of(
        "ECHOWATCH_KAFKA_BOOTSTRAP", bootstrap(),
        "ECHOWATCH_DATA_DIR", dir.resolve("streams").toString());
  }

  private static Process startStreamsChild(String name) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx256m"));
    // -Dechowatch.faults.childLogback=<file> gives the child its own logging (e.g. Kafka at DEBUG)
    String logback = System.getProperty("echowatch.faults.childLogback");
    if (logback != null && !logback.isBlank()) {
      command.add("-Dlogback.configurationFile=" + logback);
    }
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), StreamsChild.class.getName()));
    var pb = new ProcessBuilder(command);
    pb.environment().putAll(streamsEnv());
    pb.redirectErrorStream(true);
    // Kept under target/ so a failed run can be read after the temp folder is gone.
    Path logs = Files.createDirectories(Path.of("target", "faults"));
    pb.redirectOutput(logs.resolve("streams-child-" + name + ".log").toFile());
    return pb.start();
  }

  private static IndexerService startIndexer() {
    var settings =
        new IndexerSettings(
            bootstrap(),
            dir.resolve("indexer"),
            0,
            "127.0.0.1",
            PASSWORD,
            "1",
            Duration.ofHours(1));
    var service = new IndexerService(settings, new SimpleMeterRegistry());
    service.start();
    return service;
  }

  private static String bootstrap() {
    return broker.bootstrapServers();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
