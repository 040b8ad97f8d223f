package org.echowatch.app.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.kafka.streams.KafkaStreams;
import org.echowatch.app.config.AppSettings;
import org.echowatch.app.demo.DemoCorpus;
import org.echowatch.app.demo.DemoSources;
import org.echowatch.app.demo.DemoTimeline;
import org.echowatch.indexer.IndexerService;
import org.echowatch.indexer.IndexerSettings;
import org.echowatch.ingest.IngestService;
import org.echowatch.ingest.IngestSettings;
import org.echowatch.ingest.SourceCatalog;
import org.echowatch.ingest.SourceConfig;
import org.echowatch.ingest.demo.DemoAgencySite;
import org.echowatch.streams.StreamsService;
import org.echowatch.streams.StreamsSettings;

/**
 * The one place that knows the stage modules' entry points: reads each stage's settings from the
 * merged environment, starts its service on a {@link ServiceStack} and registers its readiness.
 */
final class StageServices {

  /** Poll interval of every feed of the demo site. */
  static final Duration DEMO_POLL = Duration.ofSeconds(1);

  /** Pause between two requests to the demo site. */
  static final Duration DEMO_DELAY = Duration.ofMillis(20);

  private StageServices() {}

  /** Reads every stage's settings, so a bad value stops the start before anything runs. */
  static void validate(Map<String, String> env, java.util.Set<Stage> stages) {
    if (stages.contains(Stage.INGEST)) {
      IngestSettings.fromEnv(env);
    }
    if (stages.contains(Stage.STREAMS)) {
      StreamsSettings.fromEnv(env);
    }
    if (stages.contains(Stage.INDEXER)) {
      IndexerSettings.fromEnv(env);
    }
  }

  /** Starts the indexer; answers its HTTP port. */
  static java.util.function.IntSupplier indexer(
      ServiceStack stack,
      ManagementServer management,
      Map<String, String> env,
      MeterRegistry registry) {
    var settings = IndexerSettings.fromEnv(env);
    IndexerService indexer =
        stack.start(
            "indexer",
            () -> started(new IndexerService(settings, registry), IndexerService::start));
    management.addCheck(new HealthCheck("indexer serving", () -> accepts(indexer.httpPort())));
    return indexer::httpPort;
  }

  static StreamsService streams(
      ServiceStack stack,
      ManagementServer management,
      Map<String, String> env,
      MeterRegistry registry) {
    var settings = StreamsSettings.fromEnv(env);
    StreamsService streams =
        stack.start(
            "streams",
            () -> started(new StreamsService(settings, registry), StreamsService::start));
    management.addCheck(
        new HealthCheck("streams RUNNING", () -> streams.state() == KafkaStreams.State.RUNNING));
    return streams;
  }

  static IngestService ingest(
      ServiceStack stack,
      ManagementServer management,
      Map<String, String> env,
      AppSettings app,
      MeterRegistry registry,
      UnaryOperator<List<SourceConfig>> override) {
    var settings = IngestSettings.fromEnv(env);
    List<SourceConfig> sources = SourceCatalog.load(settings);
    if (override != null) {
      sources = override.apply(sources);
    } else if (app.demo()) {
      var plan =
          DemoTimeline.plan(DemoCorpus.load(), Instant.now(), app.demoRelease(), Clock.systemUTC());
      DemoAgencySite site =
          stack.start("demo agency site", () -> DemoAgencySite.start(plan.stories(), plan.clock()));
      sources = DemoSources.pointAt(sources, site.baseUri(), DEMO_POLL, DEMO_DELAY);
    }
    List<SourceConfig> polled = sources;
    IngestService ingest =
        stack.start(
            app.demo() ? "ingest (demo site)" : "ingest",
            () -> started(new IngestService(settings, polled, registry), IngestService::start));
    management.addCheck(new HealthCheck("ingest polling", () -> true));
    return ingest;
  }

  private static <T> T started(T service, java.util.function.Consumer<T> start) {
    start.accept(service);
    return service;
  }

  private static boolean accepts(int port) {
    try (var socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
