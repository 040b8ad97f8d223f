package org.echowatch.app.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.echowatch.common.Article;
import org.echowatch.common.Json;
import org.echowatch.common.Topics;

/**
 * One load run's producer, its match watcher ({@code read_committed}, from the beginning), the
 * alert-stream latencies and the periodic report.
 */
final class LoadRun implements AutoCloseable {

  private static final String STREAMS_GROUP = org.echowatch.streams.StreamsSettings.APPLICATION_ID;

  private final String servers;
  private final ArticleGenerator generator;
  private final PrintWriter out;
  private final Duration reportEvery;
  private final KafkaProducer<String, byte[]> producer;
  private final LagProbe lag;
  private final ScheduledExecutorService reporter =
      Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "load-report"));
  private final Thread watcher = daemon(this::watchMatches, "load-matches");

  /** Echo id and pair key to the nanoTime the echo was sent. */
  private final Map<String, Long> echoSent = new ConcurrentHashMap<>();

  private final Map<String, Long> pairSent = new ConcurrentHashMap<>();
  private final Set<String> matched = ConcurrentHashMap.newKeySet();
  private final Set<String> alerted = ConcurrentHashMap.newKeySet();
  private final LatencyRecorder toMatch = new LatencyRecorder();
  private final LatencyRecorder toAlert = new LatencyRecorder();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong matchRecords = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final long started = System.nanoTime();
  private volatile boolean running = true;
  private String indexerGroup;
  private long peakHeap;
  private long peakRss;
  private long peakLag;
  private long lastSent;
  private long lastReport = started;

  LoadRun(String servers, ArticleGenerator generator, PrintWriter out, Duration reportEvery) {
    this.servers = servers;
    this.generator = generator;
    this.out = out;
    this.reportEvery = reportEvery;
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    this.lag = new LagProbe(servers);
  }

  /** Starts the match watcher and the report lines. */
  void start(String indexerGroup) {
    this.indexerGroup = indexerGroup;
    watcher.start();
    long period = reportEvery.toMillis();
    reporter.scheduleAtFixedRate(this::report, period, period, TimeUnit.MILLISECONDS);
  }

  /** Sends story {@code n} and, when it is an origin, its echo right after. */
  void send(int n) {
    publish(generator.story(n));
    if (generator.isOrigin(n)) {
      Article echo = generator.echoOf(n);
      long now = System.nanoTime();
      echoSent.put(echo.id(), now);
      pairSent.put(generator.pairKey(n), now);
      publish(echo);
    }
  }

  void flush() {
    producer.flush();
  }

  int plantedCount() {
    return pairSent.size();
  }

  /** Sends {@code rate} stories per second from story {@code from} on, for {@code duration}. */
  void soak(int from, Duration duration, int rate) throws InterruptedException {
    out.printf("soak: %d stories/s for %s%n", rate, duration);
    long end = System.nanoTime() + duration.toNanos();
    long interval = 1_000_000_000L / Math.max(1, rate);
    long next = System.nanoTime();
    for (int n = from; System.nanoTime() < end; n++) {
      send(n);
      next += interval;
      long wait = next - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
    }
    producer.flush();
  }

  /** Waits until every planted pair was seen on the matches topic and the indexer has no lag. */
  boolean awaitDrained(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (matched.containsAll(pairSent.keySet())
          && lag.lag(STREAMS_GROUP) == 0
          && lag.lag(indexerGroup) == 0) {
        return true;
      }
      Thread.sleep(500);
    }
    return false;
  }

  /** Alert stream payloads: the first alert naming a planted echo times that echo. */
  void onAlert(JsonNode alert) {
    long now = System.nanoTime();
    for (JsonNode member : alert.path("members")) {
      Long at = echoSent.get(member.asText());
      if (at != null && alerted.add(member.asText())) {
        toAlert.record((now - at) / 1_000_000);
      }
    }
  }

  /** Prints the summary; true when every planted pair was flagged exactly once. */
  boolean summary() {
    report();
    long missing = pairSent.keySet().stream().filter(k -> !matched.contains(k)).count();
    out.printf(
        Locale.ROOT,
        "summary: %d stories sent in %.0f s; planted %d, flagged %d, missing %d, duplicate match"
            + " records %d, other matches %d%n",
        sent.get(),
        (System.nanoTime() - started) / 1e9,
        pairSent.size(),
        pairSent.size() - missing,
        missing,
        duplicates.get(),
        matchRecords.get() - duplicates.get() - (pairSent.size() - missing));
    out.printf("summary: sent->match on topic %s%n", toMatch.summary());
    out.printf("summary: sent->alert on SSE %s%n", toAlert.summary());
    out.printf(
        "summary: peak heap %d MiB, peak RSS %d MiB, peak lag %d%n", peakHeap, peakRss, peakLag);
    out.flush();
    return missing == 0 && duplicates.get() == 0;
  }

  private void publish(Article a) {
    producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), a.id(), Json.writeBytes(a)));
    sent.incrementAndGet();
  }

  private void watchMatches() {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "echowatch-load-" + UUID.randomUUID());
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    try (var consumer =
        new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(java.util.List.of(Topics.MATCHES.name()));
      while (running) {
        for (var r : consumer.poll(Duration.ofMillis(200))) {
          long now = System.nanoTime();
          matchRecords.incrementAndGet();
          if (!matched.add(r.key())) {
            duplicates.incrementAndGet();
            continue;
          }
          Long at = pairSent.get(r.key());
          if (at != null) {
            toMatch.record((now - at) / 1_000_000);
          }
        }
      }
    } catch (org.apache.kafka.common.errors.InterruptException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void report() {
    long now = System.nanoTime();
    long heap = ProcessStats.heapUsedMib();
    long rss = ProcessStats.rssMib();
    long streamsLag = lag.lag(STREAMS_GROUP);
    long indexerLag = indexerGroup == null ? -1 : lag.lag(indexerGroup);
    peakHeap = Math.max(peakHeap, heap);
    peakRss = Math.max(peakRss, rss);
    peakLag = Math.max(peakLag, Math.max(streamsLag, indexerLag));
    long total = sent.get();
    double secs = Math.max(1e-9, (now - lastReport) / 1e9);
    out.printf(
        Locale.ROOT,
        "t=%.0fs sent=%d (%.0f/s) planted=%d flagged=%d dup=%d lag streams=%d indexer=%d"
            + " match %s alert %s heap=%dMiB rss=%dMiB%n",
        (now - started) / 1e9,
        total,
        (total - lastSent) / secs,
        pairSent.size(),
        pairSent.keySet().stream().filter(matched::contains).count(),
        duplicates.get(),
        streamsLag,
        indexerLag,
        toMatch.summary(),
        toAlert.summary(),
        heap,
        rss);
    out.flush();
    lastSent = total;
    lastReport = now;
  }

  @Override
  public void close() {
    running = false;
    reporter.shutdownNow();
    try {
      watcher.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    producer.close(Duration.ofSeconds(10));
    lag.close();
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
