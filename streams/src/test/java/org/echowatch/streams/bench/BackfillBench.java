package org.echowatch.streams.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Utils;
import org.echowatch.broker.EmbeddedBroker;
import org.echowatch.broker.TopicInitializer;
import org.echowatch.common.Article;
import org.echowatch.common.Json;
import org.echowatch.common.Topics;
import org.echowatch.streams.StreamsService;
import org.echowatch.streams.StreamsSettings;

/**
 * The whole topology on a real embedded broker with exactly-once: a generated backfill of N stories
 * (throughput), then echoes at a live-like rate (decision latency from send to the match being
 * readable, p50/p99), and the local state bytes held per stored story.
 *
 * <p>Run: {@code java -cp <test classpath> org.echowatch.streams.bench.BackfillBench [N] [live
 * stories] [live rate/s] [stream threads (1)] [NAME=value ...]}; the {@code NAME=value} arguments
 * are further settings of the stage, as in the environment (e.g. {@code
 * ECHOWATCH_STREAMS_IN_MEMORY_STATE=true}).
 */
public final class BackfillBench {

  /** How many of the latest backfill stories the live echoes repeat. */
  private static final int LIVE_ORIGINS = 300;

  private BackfillBench() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int live = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    int rate = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path dir = Files.createTempDirectory("echowatch-bench");
    try {
      try (EmbeddedBroker broker = EmbeddedBroker.onFreePorts(dir.resolve("broker")).start()) {
        TopicInitializer.ensureTopics(broker.bootstrapServers(), 1, (short) 1);
        List<Article> recent = sendBackfill(broker, n);
        var registry = new SimpleMeterRegistry();
        var settings =
            StreamsSettings.fromEnv(
                environment(
                    args,
                    Map.of(
                        "ECHOWATCH_KAFKA_BOOTSTRAP", broker.bootstrapServers(),
                        "ECHOWATCH_DATA_DIR", dir.resolve("data").toString(),
                        "ECHOWATCH_STREAMS_THREADS", Integer.toString(threads))));
        try (var service = new StreamsService(settings, registry);
            var matches = consumer(broker)) {
          Map<String, Long> cpuBefore = cpuByThreadGroup();
          Map<String, Double> vmBefore = vmThreadSeconds();
          long processCpu0 = processCpuNanos();
          long t0 = System.nanoTime();
          service.start();
          long deadline = t0 + Duration.ofMinutes(60).toNanos();
          var progress = new Progress(n, t0, processCpu0);
          while (processed(registry) < n && System.nanoTime() < deadline) {
            Thread.sleep(200);
            progress.report(processed(registry), out);
          }
          double seconds = (System.nanoTime() - t0) / 1e9;
          out.printf(
              Locale.ROOT,
              "backfill: %d stories in %.1f s = %.0f stories/s (exactly-once, %d stream threads)%n",
              (long) processed(registry),
              seconds,
              processed(registry) / seconds,
              threads);
          out.println("stream threads, share of time: " + threadRatios(registry));
          double processCpu = (processCpuNanos() - processCpu0) / 1e9;
          out.printf(
              Locale.ROOT,
              "cpu: %.1f s for the whole process (broker included) = %.0f stories per CPU-second;"
                  + " by thread group (s): %s%n",
              processCpu,
              processed(registry) / processCpu,
              cpuSpent(cpuBefore, cpuByThreadGroup(), processCpu));
          out.println("of which the JVM's and RocksDB's own threads (s): " + vmSpent(vmBefore));
          long bytes = size(settings.stateDir());
          int held = Math.min(n, (int) (DetectionWindow.STORIES_PER_DAY * 16));
          out.printf(
              Locale.ROOT,
              "state: %d bytes on disk for about %d stories in window = %.0f bytes/story%n",
              bytes,
              held,
              (double) bytes / held);
          while (!matches.poll(Duration.ofMillis(500)).isEmpty()) {
            // drain the backfill's matches before timing live ones
          }
          out.println(latencies(recent, live, rate, broker, matches));
        }
      }
    } finally {
      // a run leaves gigabytes of broker log and state behind
      Utils.delete(dir.toFile());
    }
  }

  /**
   * Sends {@code n} generated stories to the articles topic and keeps only the latest ones, which
   * the live echoes repeat: the whole backfill held on the heap (335 MB for 100,000 stories) would
   * be marked by every full collection of the measured process, which a stage fed by a separate
   * producer never carries.
   */
  private static List<Article> sendBackfill(EmbeddedBroker broker, int n) {
    List<Article> stories = SyntheticStories.generate(n, 350, 17L);
    try (var producer = producer(broker)) {
      for (Article a : stories) {
        producer.send(record(a));
      }
      producer.flush();
    }
    return List.copyOf(stories.subList(Math.max(0, n - LIVE_ORIGINS), n));
  }

  /** The stage's settings: the bench's own, then any {@code NAME=value} argument after the 4th. */
  private static Map<String, String> environment(String[] args, Map<String, String> own) {
    Map<String, String> env = new HashMap<>(own);
    for (int i = 4; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("expected NAME=value, got " + args[i]);
      }
      env.put(args[i].substring(0, eq), args[i].substring(eq + 1));
    }
    return env;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** CPU time of live threads by name, with ids taken out and the broker's handlers summed. */
  private static Map<String, Long> cpuByThreadGroup() {
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    Map<String, Long> out = new HashMap<>();
    for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      long cpu = threads.getThreadCpuTime(info.getThreadId());
      String group =
          info.getThreadName()
              .replaceAll("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "*")
              .replaceAll("request-handler-\\d+$", "request-handler-N");
      if (cpu > 0) {
        out.merge(group, cpu, Long::sum);
      }
    }
    return out;
  }

  /**
   * The eight groups that spent the most CPU between two snapshots, the other Java threads summed,
   * and what no live Java thread accounts for: garbage collection, the JIT compilers, RocksDB's own
   * threads and threads that ended.
   */
  private static String cpuSpent(
      Map<String, Long> before, Map<String, Long> after, double processCpuSeconds) {
    List<Map.Entry<String, Long>> spent =
        after.entrySet().stream()
            .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
            .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
            .toList();
    List<String> out = new ArrayList<>();
    double javaThreads = 0;
    double rest = 0;
    for (int i = 0; i < spent.size(); i++) {
      double seconds = spent.get(i).getValue() / 1e9;
      javaThreads += seconds;
      if (i < 8) {
        out.add(String.format(Locale.ROOT, "%s %.1f", spent.get(i).getKey(), seconds));
      } else {
        rest += seconds;
      }
    }
    out.add(String.format(Locale.ROOT, "other Java threads %.1f", rest));
    out.add(
        String.format(
            Locale.ROOT,
            "no live Java thread (GC, JIT, RocksDB, ended threads) %.1f",
            processCpuSeconds - javaThreads));
    return out.toString();
  }

  /**
   * CPU seconds of the threads no Java code runs on, by kind, read from {@code /proc/self/task}
   * (Linux; empty elsewhere): the JIT compilers, the garbage collector (and the VM thread that runs
   * its pauses), RocksDB's background threads.
   */
  private static Map<String, Double> vmThreadSeconds() {
    Map<String, Double> out = new TreeMap<>();
    Path tasks = Path.of("/proc/self/task");
    if (!Files.isDirectory(tasks)) {
      return out;
    }
    try (Stream<Path> all = Files.list(tasks)) {
      for (Path task : all.toList()) {
        String stat;
        try {
          stat = Files.readString(task.resolve("stat"));
        } catch (IOException ended) {
          continue;
        }
        // pid (comm) state ...: utime and stime are the 12th and 13th fields after the ')'
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        String kind =
            name.contains("Compiler")
                ? "JIT"
                : name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread")
                    ? "GC"
                    : name.startsWith("rocksdb") ? "RocksDB" : null;
        if (kind != null) {
          out.merge(kind, seconds, Double::sum);
        }
      }
    } catch (IOException e) {
      return out;
    }
    return out;
  }

  private static String vmSpent(Map<String, Double> before) {
    List<String> out = new ArrayList<>();
    vmThreadSeconds()
        .forEach(
            (kind, seconds) ->
                out.add(
                    String.format(
                        Locale.ROOT, "%s %.1f", kind, seconds - before.getOrDefault(kind, 0.0))));
    return out.toString();
  }

  /**
   * A line for each tenth of the backfill: its rate and the process CPU it took, so that the JVM's
   * warm-up (the JIT compiling the broker's, the clients' and the stage's code on the same two
   * cores) can be told from the steady state.
   */
  private static final class Progress {
    private final long step;
    private long next;
    private long lastNanos;
    private long lastCpu;
    private double lastCount;

    Progress(int n, long startNanos, long startCpu) {
      this.step = Math.max(1, n / 10);
      this.next = step;
      this.lastNanos = startNanos;
      this.lastCpu = startCpu;
    }

    void report(double processed, PrintStream out) {
      if (processed < next) {
        return;
      }
      long now = System.nanoTime();
      long cpu = processCpuNanos();
      double stories = processed - lastCount;
      out.printf(
          Locale.ROOT,
          "  to %.0f: %.0f stories/s, %.0f us of process CPU per story%n",
          processed,
          stories / ((now - lastNanos) / 1e9),
          (cpu - lastCpu) / 1e3 / stories);
      lastNanos = now;
      lastCpu = cpu;
      lastCount = processed;
      while (next <= processed) {
        next += step;
      }
    }
  }

  /** Stories per day of the generated stream. */
  static final class DetectionWindow {
    static final double STORIES_PER_DAY = 350;
  }

  private static String latencies(
      List<Article> stories,
      int live,
      int rate,
      EmbeddedBroker broker,
      KafkaConsumer<String, byte[]> matches)
      throws InterruptedException {
    Map<String, Long> sentAt = new HashMap<>();
    List<Long> latencies = new ArrayList<>();
    Article last = stories.get(stories.size() - 1);
    try (var producer = producer(broker)) {
      long interval = 1_000_000_000L / rate;
      long next = System.nanoTime();
      for (int i = 0; i < live; i++) {
        Article origin = stories.get(stories.size() - 1 - (i * 7 % stories.size()));
        String source = origin.source().equals("belta") ? "xinhua" : "belta";
        Instant at = last.publishedAt().plusSeconds(60L * (i + 1));
        Article echo =
            Article.of(
                source + "-en:live" + i,
                source,
                "en",
                at,
                origin.title(),
                origin.body() + " Reported.",
                null);
        while (System.nanoTime() < next) {
          Thread.onSpinWait();
        }
        sentAt.put(echo.id(), System.nanoTime());
        producer.send(record(echo));
        next += interval;
        collect(matches, sentAt, latencies, Duration.ZERO);
      }
      producer.flush();
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (latencies.size() < live && System.nanoTime() < deadline) {
      collect(matches, sentAt, latencies, Duration.ofMillis(200));
    }
    Collections.sort(latencies);
    if (latencies.isEmpty()) {
      return "latency: no live echo was flagged";
    }
    return String.format(
        Locale.ROOT,
        "latency at %d stories/s: %d of %d live echoes flagged, p50 %.0f ms, p99 %.0f ms",
        rate,
        latencies.size(),
        live,
        latencies.get(latencies.size() / 2) / 1e6,
        latencies.get(Math.min(latencies.size() - 1, (int) (latencies.size() * 0.99))) / 1e6);
  }

  private static void collect(
      KafkaConsumer<String, byte[]> matches,
      Map<String, Long> sentAt,
      List<Long> latencies,
      Duration wait) {
    for (var r : matches.poll(wait)) {
      var m = Topics.MATCHES.valueSerde().deserializer().deserialize(r.topic(), r.value());
      Long sent = sentAt.remove(m.echoId());
      if (sent != null) {
        latencies.add(System.nanoTime() - sent);
      }
    }
  }

  /**
   * How each stream thread spends its time (Kafka Streams' own process, punctuate, commit and poll
   * ratios, averaged over its recent metric samples): a thread near 1 in total is the bottleneck.
   */
  private static String threadRatios(SimpleMeterRegistry registry) {
    Map<String, StringBuilder> byThread = new TreeMap<>();
    for (String part : List.of("process", "punctuate", "commit", "poll")) {
      for (var gauge : registry.find("kafka.stream.thread." + part + ".ratio").gauges()) {
        String thread = gauge.getId().getTag("thread.id");
        String name = thread == null ? "?" : thread.substring(thread.lastIndexOf('-') + 1);
        byThread
            .computeIfAbsent(name, k -> new StringBuilder(k))
            .append(String.format(Locale.ROOT, " %s %.2f", part, gauge.value()));
      }
    }
    return String.join("; ", byThread.values());
  }

  private static double processed(SimpleMeterRegistry registry) {
    double articles =
        registry.find("echowatch.streams.articles").counters().stream()
            .mapToDouble(c -> c.count())
            .sum();
    double errors =
        registry.find("echowatch.streams.errors").counters().stream()
            .mapToDouble(c -> c.count())
            .sum();
    return articles + errors;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static ProducerRecord<String, byte[]> record(Article a) {
    // no timestamp of our own: event time is publishedAt in the value, and the topic is stamped
    // with append time
    return new ProducerRecord<>(Topics.ARTICLES.name(), a.id(), Json.writeBytes(a));
  }

  private static KafkaProducer<String, byte[]> producer(EmbeddedBroker broker) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
  }

  private static KafkaConsumer<String, byte[]> consumer(EmbeddedBroker broker) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    var c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    c.subscribe(List.of(Topics.MATCHES.name()));
    return c;
  }
}
