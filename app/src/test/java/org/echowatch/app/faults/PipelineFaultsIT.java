package org.echowatch.app.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.echowatch.streams.processor.DetectProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline after streams (articles.v1 → streams → matches and alerts → indexer → HTTP) on
 * one real broker with its data on disk, through four faults in turn. Each fault plants its own
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

  // the crash tests' children run one stream thread (one commit timer) and small memtables
  // (SmallMemtables); as every child, they keep the static member id of the state folder, so a
  // restart takes the killed child's place at once
  private static final Map<String, String> EOS_CHILD =
      Map.of("num.stream.threads", "1", "rocksdb.config.setter", SmallMemtables.class.getName());
  private static final String CHILD_LOGBACK = "faults-child-logback.xml";
  private static final String STARTED_FROM_STORED_OFFSETS =
      "State store " + DetectProcessor.ARTICLES + " initialized from checkpoint with offset";

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
      stop(second);
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

  /**
   * A stage stopped cleanly leaves its stores with the offsets they were committed at; the next
   * stage detects a batch in one long transaction, with small memtables so the stories reach the
   * store's files on disk, and is killed before it commits. A restart that trusted the old offsets
   * and kept those files would find the batch's stories already stored, skip them, and never flag
   * their echoes (KAFKA-20685, fixed on the 4.2 line); every pair must be flagged, once.
   */
  @Test
  @Order(4)
  void shouldKeepNoStoryOfTheAbortedTransactionWhenStreamsIsKilledAfterACleanStop()
      throws Exception {
    Process first = startStreamsChild("eos-first", EOS_CHILD, CHILD_LOGBACK);
    try (var producer = producer()) {
      plant(producer, 84, 100);
      awaitAllPlantedMatches();
    } finally {
      stop(first);
    }
    Path store = storeDir(DetectProcessor.ARTICLES);

    int storedBefore = planted.size() * 2;
    Map<String, String> oneOpenTransaction = new LinkedHashMap<>(EOS_CHILD);
    // A commit every 20 s. The stories cross the repartition topic in a transaction, so detection
    // sees the batch only after the first commit; it then processes all of it in the next
    // transaction, and the kill comes well before that one's commit.
    oneOpenTransaction.put("commit.interval.ms", "20000");
    oneOpenTransaction.put("producer.transaction.timeout.ms", "60000");
    Process second = startStreamsChild("eos-second", oneOpenTransaction, CHILD_LOGBACK);
    Set<String> batch = pairKeys(100, 130);
    Set<String> committedAtKill;
    try (var producer = producer()) {
      await("the second child running", () -> childLogHas("eos-second", "-> RUNNING"));
      // Kafka Streams 4.4 writes no .checkpoint file: a store keeps the offsets it was committed
      // at itself, and a start reads them from there
      assertThat(childLog("eos-second"))
          .as("the second child starts from the offsets of the clean stop")
          .content()
          .contains(STARTED_FROM_STORED_OFFSETS);
      plant(producer, 100, 130);
      await(
          "the second batch's matches, uncommitted",
          () -> matchKeys(IsolationLevel.READ_UNCOMMITTED).containsAll(batch));
      committedAtKill = matchKeys(IsolationLevel.READ_COMMITTED);
    } finally {
      second.destroyForcibly().waitFor();
    }
    // what makes the test mean something: every match of the batch was found in the transaction
    // the kill left open, and stories of it were in the store's files when the process died
    assertThat(committedAtKill)
        .as("matches of the batch committed")
        .doesNotContainAnyElementsOf(batch);
    Set<String> abortedOnDisk = storiesOnDisk(store, storyIds(100, 130));
    assertThat(abortedOnDisk)
        .as("stories of the open transaction in the store's files")
        .isNotEmpty();
    System.out.println(abortedOnDisk.size() + " stories of the aborted transaction on disk");

    Process third = startStreamsChild("eos-third", EOS_CHILD, CHILD_LOGBACK);
    try {
      awaitAllPlantedMatches();
    } finally {
      stop(third);
    }
    assertExactlyOnceOnTopics();
    // the restarted store holds the committed stories, none of the aborted transaction's
    assertThat(childLog("eos-third"))
        .content()
        .contains("rebuilt from " + storedBefore + " stored stories")
        .doesNotContain("already seen");
    // what Kafka Streams did with the local state at the restart, for the record
    try (var lines = Files.lines(childLog("eos-third"))) {
      lines
          .filter(l -> l.contains("corrupt") || l.contains("checkpoint") || l.contains("rebuilt"))
          .forEach(l -> System.out.println("eos-third: " + l));
    }
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

  private static Set<String> pairKeys(int from, int to) {
    return new HashSet<>(IntStream.range(from, to).mapToObj(CORPUS::pairKey).toList());
  }

  private static Set<String> matchKeys(IsolationLevel isolation) {
    return new HashSet<>(TopicReader.keys(bootstrap(), Topics.MATCHES.name(), isolation));
  }

  private static boolean childLogHas(String name, String text) {
    try {
      return Files.readString(childLog(name)).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The one folder of the stage's state named {@code store} (Kafka Streams: task/rocksdb/store).
   */
  private static Path storeDir(String store) throws IOException {
    try (var paths = Files.walk(dir.resolve("streams"))) {
      List<Path> found =
          paths
              .filter(p -> p.getFileName().toString().equals(store) && Files.isDirectory(p))
              .toList();
      assertThat(found).as("folders of store %s", store).hasSize(1);
      return found.get(0);
    }
  }

  /**
   * The stories of {@code ids} whose bytes are in the store's table files on disk. The detect store
   * keeps a story's JSON, which holds its id; Kafka Streams writes RocksDB's tables uncompressed.
   */
  private static Set<String> storiesOnDisk(Path store, Set<String> ids) throws IOException {
    Set<String> found = new HashSet<>();
    try (var files = Files.list(store)) {
      for (Path table : files.filter(f -> f.toString().endsWith(".sst")).toList()) {
        String bytes = new String(Files.readAllBytes(table), StandardCharsets.ISO_8859_1);
        ids.stream().filter(bytes::contains).forEach(found::add);
      }
    }
    return found;
  }

  private static Set<String> storyIds(int from, int to) {
    Set<String> ids = new HashSet<>();
    IntStream.range(from, to)
        .forEach(
            n -> {
              ids.add(CORPUS.story(n).id());
              ids.add(CORPUS.echoOf(n).id());
            });
    return ids;
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
    return startStreamsChild(name, Map.of(), null);
  }

  /**
   * @param overrides Kafka Streams settings that replace the stage's own (see {@link StreamsChild})
   * @param logback the child's logging configuration (a file or class path resource), or null for
   *     the test's; {@code -Dechowatch.faults.childLogback=<file>} replaces either (e.g. Kafka at
   *     DEBUG)
   */
  private static Process startStreamsChild(
      String name, Map<String, String> overrides, String logback) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx256m"));
    String chosen = System.getProperty("echowatch.faults.childLogback", logback);
    if (chosen != null && !chosen.isBlank()) {
      command.add("-Dlogback.configurationFile=" + chosen);
    }
    overrides.forEach((k, v) -> command.add("-D" + StreamsChild.OVERRIDE_PREFIX + k + "=" + v));
    command.addAll(
        List.of("-cp", System.getProperty("java.class.path"), StreamsChild.class.getName()));
    var pb = new ProcessBuilder(command);
    pb.environment().putAll(streamsEnv());
    pb.redirectErrorStream(true);
    Files.createDirectories(childLog(name).getParent());
    pb.redirectOutput(childLog(name).toFile());
    return pb.start();
  }

  // Kept under target/ so a failed run can be read after the temp folder is gone.
  private static Path childLog(String name) {
    return Path.of("target", "faults", "streams-child-" + name + ".log");
  }

  /** Stops a child as an operator would (SIGTERM: the stage commits and closes its stores). */
  private static void stop(Process child) throws InterruptedException {
    child.destroy();
    if (!child.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      child.destroyForcibly().waitFor();
    }
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
