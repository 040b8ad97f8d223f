package org.echowatch.indexer.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.echowatch.broker.EmbeddedBroker;
import org.echowatch.broker.TopicInitializer;
import org.echowatch.common.Alert;
import org.echowatch.common.Article;
import org.echowatch.common.Match;
import org.echowatch.common.MatchType;
import org.echowatch.common.Topics;
import org.echowatch.indexer.IndexerService;
import org.echowatch.indexer.IndexerSettings;
import org.echowatch.indexer.http.ApiClient;
import org.echowatch.indexer.testing.SseReader;
import org.echowatch.indexer.testing.TestRecords;

/**
 * Delay from a flagged pair on the topics to its alert event on an SSE client: an embedded broker,
 * a running indexer, one signed-in event stream; each round publishes a match and its narrative and
 * times until the {@code alert} event arrives. Arguments: {@code [rounds (50)]}.
 */
public final class AlertLatencyBench {

  private AlertLatencyBench() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    Path dir = Files.createTempDirectory("echowatch-latency");
    try (var broker = EmbeddedBroker.onFreePorts(dir.resolve("broker")).start()) {
      TopicInitializer.ensureTopics(broker.bootstrapServers(), 1, (short) 1);
      var settings =
          IndexerSettings.fromEnv(
              Map.of(
                  "ECHOWATCH_KAFKA_BOOTSTRAP",
                  broker.bootstrapServers(),
                  "ECHOWATCH_DATA_DIR",
                  dir.resolve("data").toString(),
                  "ECHOWATCH_HTTP_PORT",
                  "0",
                  "ECHOWATCH_ADMIN_PASSWORD",
                  "latency-bench-password"));
      try (var indexer = new IndexerService(settings, new SimpleMeterRegistry());
          var matches =
              new KafkaProducer<>(
                  Map.<String, Object>of(
                      ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                      broker.bootstrapServers(),
                      ProducerConfig.LINGER_MS_CONFIG,
                      "0"),
                  Topics.MATCHES.keySerde().serializer(),
                  Topics.MATCHES.valueSerde().serializer());
          var alerts =
              new KafkaProducer<>(
                  Map.<String, Object>of(
                      ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                      broker.bootstrapServers(),
                      ProducerConfig.LINGER_MS_CONFIG,
                      "0"),
                  Topics.ALERTS.keySerde().serializer(),
                  Topics.ALERTS.valueSerde().serializer())) {
        indexer.start();
        String base = "http://127.0.0.1:" + indexer.httpPort();
        var admin = ApiClient.signedIn(base, "admin", "latency-bench-password");
        try (var stream = new SseReader(base + "/api/alerts/stream", admin.cookie())) {
          long[] millis = new long[rounds];
          for (int i = 0; i < rounds + 5; i++) {
            Instant at = Instant.parse("2026-03-01T08:00:00Z").plusSeconds(600L * i);
            Article origin =
                TestRecords.article(
                    "belta-en:" + i, "en", "Talks " + i, "Minsk talks number " + i, at.toString());
            Article echo =
                TestRecords.article(
                    "xinhua-en:" + i,
                    "en",
                    "Talks " + i,
                    "Minsk talks number " + i,
                    at.plusSeconds(60).toString());
            Match match = TestRecords.match(origin, echo, MatchType.VERBATIM, 0.9, "lat-" + i);
            Alert alert = TestRecords.alert("lat-" + i, 1, match);
            long sent = System.nanoTime();
            matches.send(new ProducerRecord<>(Topics.MATCHES.name(), match.pairKey(), match));
            alerts.send(new ProducerRecord<>(Topics.ALERTS.name(), alert.narrativeId(), alert));
            matches.flush();
            alerts.flush();
            SseReader.Event event = stream.next("alert", Duration.ofSeconds(30));
            if (event == null) {
              throw new IllegalStateException("no alert event within 30 s in round " + i);
            }
            if (i >= 5) {
              millis[i - 5] = (event.receivedNanos() - sent) / 1_000_000;
            }
            Thread.sleep(100);
          }
          Arrays.sort(millis);
          System.out.printf(
              Locale.ROOT,
              "ALERT DELAY topic -> SSE client over %d rounds: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n",
              rounds,
              millis[rounds / 2],
              millis[(int) Math.ceil(rounds * 0.9) - 1],
              millis[(int) Math.ceil(rounds * 0.99) - 1],
              millis[rounds - 1]);
        }
      }
    }
  }
}
