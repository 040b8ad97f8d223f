package org.echowatch.app.load;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.echowatch.broker.EmbeddedBroker;
import org.echowatch.broker.TopicInitializer;
import org.echowatch.indexer.IndexerService;
import org.echowatch.indexer.IndexerSettings;
import org.echowatch.streams.StreamsService;
import org.echowatch.streams.StreamsSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code echowatch load}: starts a broker (embedded unless {@code --kafka-bootstrap}), the streams
 * stage and the indexer with its HTTP server, follows the alert stream as the page does, then
 * pushes a generated backfill and, with {@code --soak}, a paced stream for the given duration.
 * Prints one line per {@code --report-every} and a summary. Exit 0 when every planted echo was
 * flagged exactly once, 1 otherwise.
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = "Backfill and soak the whole pipeline with generated stories and planted echoes.")
public final class LoadCommand implements Callable<Integer> {

  @Option(names = "--articles", description = "stories in the backfill (default ${DEFAULT-VALUE})")
  int articles = 100_000;

  @Option(
      names = "--echo-every",
      description = "one story in N gets a planted echo (default ${DEFAULT-VALUE})")
  int echoEvery = 20;

  @Option(names = "--soak", description = "paced run after the backfill, e.g. PT30M (default none)")
  Duration soak = Duration.ZERO;

  @Option(
      names = "--rate",
      description = "stories per second while soaking (default ${DEFAULT-VALUE})")
  int rate = 20;

  @Option(names = "--report-every", description = "period of the report lines (default PT10S)")
  Duration reportEvery = Duration.ofSeconds(10);

  @Option(
      names = "--drain-timeout",
      description = "how long to wait for the pipeline to catch up (default PT30M)")
  Duration drainTimeout = Duration.ofMinutes(30);

  @Option(
      names = "--data-dir",
      description = "broker, state and index folder (default: a new temp dir)")
  Path dataDir;

  @Option(
      names = "--kafka-bootstrap",
      description = "an existing cluster instead of the embedded broker")
  String bootstrap;

  @Option(names = "--http-port", description = "the watch floor's port (default: any free port)")
  int httpPort;

  @Option(names = "--seed", description = "corpus seed (default ${DEFAULT-VALUE})")
  long seed = 1L;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = dataDir != null ? dataDir : Files.createTempDirectory("echowatch-load");
    var generator = new ArticleGenerator(seed, Instant.parse("2026-01-01T00:00:00Z"), echoEvery);
    String password = UUID.randomUUID().toString();
    EmbeddedBroker broker = null;
    try {
      if (bootstrap == null) {
        broker = new EmbeddedBroker(dir.resolve("kafka"), 0, Map.of()).start();
      }
      String servers = bootstrap != null ? bootstrap : broker.bootstrapServers();
      TopicInitializer.ensureTopics(servers, 1, (short) 1);
      try (var streams =
              new StreamsService(streamsSettings(servers, dir), new SimpleMeterRegistry());
          var indexer =
              new IndexerService(
                  indexerSettings(servers, dir, password), new SimpleMeterRegistry());
          var run = new LoadRun(servers, generator, out, reportEvery)) {
        streams.start();
        indexer.start();
        out.printf(
            "load: data %s, broker %s, watch floor http://127.0.0.1:%d/%n",
            dir, servers, indexer.httpPort());
        CompletableFuture<?> sse =
            WatchFloorSession.signIn(indexer.httpPort(), password).followAlerts(run::onAlert);
        run.start("echowatch-indexer-load");
        // A run stopped with Ctrl-C or kill still prints what it measured.
        Thread summaryOnStop = new Thread(run::summary, "load-summary");
        Runtime.getRuntime().addShutdownHook(summaryOnStop);
        long t0 = System.nanoTime();
        for (int n = 0; n < articles; n++) {
          run.send(n);
        }
        run.flush();
        double sent = (System.nanoTime() - t0) / 1e9;
        out.printf(
            "backfill: %d stories (+%d echoes) sent in %.1f s%n",
            articles, run.plantedCount(), sent);
        boolean drained = run.awaitDrained(drainTimeout);
        double total = (System.nanoTime() - t0) / 1e9;
        out.printf(
            "backfill: %s after %.1f s: %.0f stories/s end to end (sent to flagged and indexed)%n",
            drained ? "drained" : "NOT drained", total, (articles + run.plantedCount()) / total);
        if (!soak.isZero()) {
          run.soak(articles, soak, rate);
          run.awaitDrained(drainTimeout);
        }
        sse.cancel(true);
        Runtime.getRuntime().removeShutdownHook(summaryOnStop);
        return run.summary() ? 0 : 1;
      }
    } finally {
      if (broker != null) {
        broker.close();
      }
      out.flush();
    }
  }

  private static StreamsSettings streamsSettings(String servers, Path dir) {
    Map<String, String> env = new HashMap<>();
    env.put("ECHOWATCH_KAFKA_BOOTSTRAP", servers);
    env.put("ECHOWATCH_DATA_DIR", dir.toString());
    return StreamsSettings.fromEnv(env);
  }

  private IndexerSettings indexerSettings(String servers, Path dir, String password) {
    return new IndexerSettings(
        servers,
        dir.resolve("indexer"),
        httpPort,
        "127.0.0.1",
        password,
        "load",
        Duration.ofHours(12));
  }

  /** Runs {@code load} on its own, until it is registered as a subcommand of {@code echowatch}. */
  public static void main(String[] args) {
    var out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    int code = new CommandLine(new LoadCommand()).setOut(out).execute(args);
    System.exit(code);
  }
}
