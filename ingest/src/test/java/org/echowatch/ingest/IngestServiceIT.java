package org.echowatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.echowatch.broker.BrokerExtension;
import org.echowatch.common.Article;
import org.echowatch.common.FeedHealth;
import org.echowatch.common.ProcessingFailure;
import org.echowatch.common.Topic;
import org.echowatch.common.Topics;
import org.echowatch.ingest.demo.DemoAgencySite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** DemoAgencySite -> IngestService (scheduled) -> a real broker -> records read back. */
class IngestServiceIT {

  @TempDir static Path dir;
  @RegisterExtension static final BrokerExtension BROKER = new BrokerExtension();

  @Test
  void shouldProduceArticlesHealthAndErrorsWhenPollingDemoSite() {
    MutableClock clock = new MutableClock(Instant.parse("2026-10-02T11:00:00Z"));
    try (DemoAgencySite site = DemoAgencySite.start(DemoCorpus.stories(), clock)) {
      site.respond(
          "/eng.belta.by/rss",
          new DemoAgencySite.Canned(200, "application/rss+xml", "<rss><channel><item>", Map.of()));
      IngestSettings settings =
          IngestSettings.fromEnv(
              Map.of(
                  "ECHOWATCH_KAFKA_BOOTSTRAP", BROKER.bootstrapServers(),
                  "ECHOWATCH_DATA_DIR", dir.resolve("data").toString(),
                  "ECHOWATCH_PER_HOST_DELAY", "0s"));
      List<SourceConfig> sources =
          SourceCatalog.withPollInterval(
              SourceCatalog.rebase(SourceCatalog.load(), site.baseUri()), Duration.ofMillis(500));

      try (IngestService service =
          new IngestService(settings, sources, new SimpleMeterRegistry())) {
        service.start();
        // the first poll of the broken feed failed; let it recover and be polled again
        List<ProcessingFailure> errors = read(Topics.INGEST_ERRORS, l -> !l.isEmpty());
        site.restore("/eng.belta.by/rss");

        List<Article> articles = read(Topics.ARTICLES, l -> l.size() >= 7);
        List<FeedHealth> health =
            read(
                Topics.FEED_HEALTH,
                l ->
                    l.stream()
                        .anyMatch(
                            h -> h.feedId().equals("belta-en:rss") && h.status().equals("ok")));

        assertThat(errors.get(0).stage()).isEqualTo("ingest.parse");
        assertThat(errors.get(0).url()).isEqualTo(site.baseUri() + "/eng.belta.by/rss");
        assertThat(articles)
            .extracting(Article::id)
            .containsExactlyInAnyOrderElementsOf(
                DemoCorpus.stories().stream().map(DemoAgencySite::articleIdOf).toList());
        assertThat(health)
            .filteredOn(h -> h.feedId().equals("belta-en:rss"))
            .extracting(FeedHealth::status)
            .startsWith("error")
            .contains("ok");
      }
    }
  }

  /** Reads {@code topic} from the start until {@code done} holds for the values, at most 60 s. */
  private static <V> List<V> read(Topic<String, V> topic, Predicate<List<V>> done) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    List<V> values = new ArrayList<>();
    try (KafkaConsumer<String, V> consumer =
        new KafkaConsumer<>(p, new StringDeserializer(), topic.valueSerde().deserializer())) {
      consumer.subscribe(List.of(topic.name()));
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!done.test(values) && System.nanoTime() < deadline) {
        for (ConsumerRecord<String, V> r : consumer.poll(Duration.ofMillis(200))) {
          values.add(r.value());
        }
      }
    }
    assertThat(done.test(values))
        .as("records on %s within 60 s: %s", topic.name(), values)
        .isTrue();
    return values;
  }
}
