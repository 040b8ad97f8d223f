package org.echowatch.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka broker in KRaft mode (broker and controller in one node), run from Kafka's
 * own server classes in this JVM.
 *
 * <p>Its data lives under one folder. The first start formats the storage and records the cluster
 * id and the ports chosen; a later start on the same folder reuses both, so topics, offsets and
 * state survive a restart. Listeners bind to 127.0.0.1 only.
 */
public final class EmbeddedBroker implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
  private static final String STATE_FILE = "echowatch-broker.properties";

  private final Path dataDir;
  private final int requestedPort;
  private final Map<String, String> overrides;
  private KafkaRaftServer server;
  private int brokerPort;

  /**
   * @param dataDir folder that holds the broker's logs and metadata; created when missing
   * @param port broker port on 127.0.0.1; 0 picks a free port on first start (and keeps it later)
   * @param overrides extra broker settings, applied last
   */
  public EmbeddedBroker(Path dataDir, int port, Map<String, String> overrides) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("broker port must be in 0..65535, was " + port);
    }
    this.dataDir = dataDir.toAbsolutePath();
    this.requestedPort = port;
    this.overrides = Map.copyOf(overrides);
  }

  /** A broker on free ports, for tests. */
  public static EmbeddedBroker onFreePorts(Path dataDir) {
    return new EmbeddedBroker(dataDir, 0, Map.of());
  }

  /** Formats the storage on first use, then starts the broker and waits until it serves. */
  public synchronized EmbeddedBroker start() {
    if (server != null) {
      return this;
    }
    try {
      Files.createDirectories(dataDir);
      Properties state = loadOrCreateState();
      brokerPort = Integer.parseInt(state.getProperty("broker.port"));
      int controllerPort = Integer.parseInt(state.getProperty("controller.port"));
      Properties config = serverConfig(brokerPort, controllerPort);
      Path configFile = dataDir.resolve("server.properties");
      try (OutputStream out = Files.newOutputStream(configFile)) {
        config.store(out, "written by echowatch; regenerated on every start");
      }
      if (!Files.exists(logDir().resolve("meta.properties"))) {
        format(configFile, state.getProperty("cluster.id"));
      }
      long started = System.nanoTime();
      server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
      server.startup();
      LOG.info(
          "embedded Kafka broker on {} (data {}) started in {} ms",
          bootstrapServers(),
          dataDir,
          (System.nanoTime() - started) / 1_000_000);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start embedded broker in " + dataDir, e);
    }
  }

  /** The address clients connect to, {@code 127.0.0.1:<port>}. */
  public String bootstrapServers() {
    if (brokerPort == 0) {
      throw new IllegalStateException("broker not started");
    }
    return "127.0.0.1:" + brokerPort;
  }

  public Path dataDir() {
    return dataDir;
  }

  public synchronized boolean isRunning() {
    return server != null;
  }

  /** Stops the broker and waits until it has flushed and closed its logs. */
  @Override
  public synchronized void close() {
    if (server == null) {
      return;
    }
    server.shutdown();
    server.awaitShutdown();
    server = null;
    LOG.info("embedded Kafka broker on 127.0.0.1:{} stopped", brokerPort);
  }

  private Path logDir() {
    return dataDir.resolve("kafka-logs");
  }

  private Properties loadOrCreateState() throws IOException {
    Path file = dataDir.resolve(STATE_FILE);
    Properties state = new Properties();
    if (Files.exists(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        state.load(in);
      }
      if (requestedPort != 0) {
        state.setProperty("broker.port", Integer.toString(requestedPort));
      }
      return state;
    }
    state.setProperty("cluster.id", Uuid.randomUuid().toString());
    state.setProperty(
        "broker.port", Integer.toString(requestedPort != 0 ? requestedPort : freePort()));
    state.setProperty("controller.port", Integer.toString(freePort()));
    try (OutputStream out = Files.newOutputStream(file)) {
      state.store(out, "echowatch embedded broker: cluster id and ports, kept across restarts");
    }
    return state;
  }

  private Properties serverConfig(int port, int controllerPort) {
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", "1");
    // Static quorum: the controller's address lives in configuration, not in the metadata log.
    p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    p.setProperty(
        "listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
    p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("inter.broker.listener.name", "PLAINTEXT");
    p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.setProperty("log.dirs", logDir().toString());
    p.setProperty("num.partitions", "1");
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("offsets.topic.num.partitions", "5");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("transaction.state.log.num.partitions", "5");
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("share.coordinator.state.topic.min.isr", "1");
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    p.setProperty("auto.create.topics.enable", "false");
    p.putAll(overrides);
    return p;
  }

  private void format(Path configFile, String clusterId) {
    var out = new ByteArrayOutputStream();
    int rc;
    try (var print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      rc =
          StorageTool.execute(
              new String[] {
                // one argument with "=": an id that starts with '-' (one in 64 URL-safe base64
                // ids could start with one) is not taken for an option
                "format",
                "--cluster-id=" + clusterId,
                "-c",
                configFile.toString(),
                "--ignore-formatted"
              },
              print);
    }
    if (rc != 0) {
      throw new IllegalStateException(
          "formatting Kafka storage in "
              + logDir()
              + " failed: "
              + out.toString(StandardCharsets.UTF_8));
    }
    LOG.debug("formatted Kafka storage: {}", out.toString(StandardCharsets.UTF_8).trim());
  }

  static int freePort() throws IOException {
    try (var socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
