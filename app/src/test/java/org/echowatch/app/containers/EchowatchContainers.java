package org.echowatch.app.containers;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.output.Slf4jLogConsumer;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.utility.DockerImageName;

/**
 * Containers of the echowatch image in the roles docker-compose.yml gives them, on one network.
 * Every published port is bound to 127.0.0.1 only.
 */
final class EchowatchContainers {

  static final int HTTP_PORT = 8080;
  static final int MANAGEMENT_PORT = 9464;

  private static final String KAFKA_ALIAS = "kafka";
  private static final String BOOTSTRAP = KAFKA_ALIAS + ":9092";
  private static final int KAFKA_HOST_LISTENER = 29092;
  // Small heaps and the client compiler only: five JVMs share a small CI machine.
  private static final String JAVA_OPTS =
      "-XX:+UseSerialGC -Xmx384m -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError";
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private final DockerImageName image;
  private final Network network;

  EchowatchContainers(DockerImageName image, Network network) {
    this.image = image;
    this.network = network;
  }

  /**
   * The broker, reachable as {@code kafka:9092} on the network and as {@code 127.0.0.1:<hostPort>}
   * from the test; ready when the image's health check passes.
   */
  GenericContainer<?> kafka(int hostPort) {
    return new GenericContainer<>(image)
        .withCommand("kafka")
        .withNetwork(network)
        .withNetworkAliases(KAFKA_ALIAS)
        .withEnv(
            "ECHOWATCH_BROKER_LISTENERS",
            "PLAINTEXT://:9092,HOST://:" + KAFKA_HOST_LISTENER + ",CONTROLLER://127.0.0.1:9093")
        .withEnv(
            "ECHOWATCH_BROKER_ADVERTISED_LISTENERS",
            "PLAINTEXT://" + BOOTSTRAP + ",HOST://127.0.0.1:" + hostPort)
        .withEnv("JAVA_OPTS", JAVA_OPTS)
        // The advertised host address must name the published port, so that port is fixed.
        .withCreateContainerCmdModifier(
            cmd -> bindOnLoopback(cmd, Map.of(KAFKA_HOST_LISTENER, hostPort)))
        .withLogConsumer(logs("kafka"))
        .waitingFor(new HealthyOrExited(START_TIMEOUT));
  }

  /** A one-shot {@code echowatch init-topics}; {@code start()} returns once it exited with 0. */
  GenericContainer<?> initTopics() {
    return new GenericContainer<>(image)
        .withCommand("init-topics")
        .withNetwork(network)
        .withEnv("ECHOWATCH_KAFKA_BOOTSTRAP", BOOTSTRAP)
        .withEnv("JAVA_OPTS", JAVA_OPTS)
        .withLogConsumer(logs("init-topics"))
        .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(START_TIMEOUT));
  }

  /**
   * A stage ({@code ingest}, {@code streams} or {@code indexer}) with its management port and the
   * given other ports published; ready when its {@code /health/ready} answers 200.
   */
  GenericContainer<?> stage(String command, Map<String, String> env, int... otherPorts) {
    int[] ports = Arrays.copyOf(otherPorts, otherPorts.length + 1);
    ports[otherPorts.length] = MANAGEMENT_PORT;
    return new GenericContainer<>(image)
        .withCommand(command)
        .withNetwork(network)
        .withNetworkAliases(command)
        .withEnv("ECHOWATCH_KAFKA_BOOTSTRAP", BOOTSTRAP)
        .withEnv("JAVA_OPTS", JAVA_OPTS)
        .withEnv(env)
        .withExposedPorts(Arrays.stream(ports).boxed().toArray(Integer[]::new))
        .withCreateContainerCmdModifier(cmd -> bindOnLoopback(cmd, ports))
        .withLogConsumer(logs(command))
        .waitingFor(new HealthyOrExited(START_TIMEOUT));
  }

  /** A port that is free on 127.0.0.1 right now. */
  static int freeLoopbackPort() {
    try (var socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on 127.0.0.1", e);
    }
  }

  private static Slf4jLogConsumer logs(String role) {
    return new Slf4jLogConsumer(
        LoggerFactory.getLogger(EchowatchContainers.class.getPackageName() + "." + role));
  }

  /** Publishes each container port on a free port of 127.0.0.1 (Docker picks it). */
  private static void bindOnLoopback(CreateContainerCmd cmd, int... containerPorts) {
    cmd.getHostConfig()
        .withPortBindings(
            Arrays.stream(containerPorts)
                .mapToObj(
                    port ->
                        new PortBinding(Ports.Binding.bindIp("127.0.0.1"), ExposedPort.tcp(port)))
                .toList());
  }

  /** Publishes each container port on the given port of 127.0.0.1. */
  private static void bindOnLoopback(CreateContainerCmd cmd, Map<Integer, Integer> ports) {
    cmd.getHostConfig()
        .withPortBindings(
            ports.entrySet().stream()
                .map(
                    e ->
                        new PortBinding(
                            Ports.Binding.bindIpAndPort("127.0.0.1", e.getValue()),
                            ExposedPort.tcp(e.getKey())))
                .toList());
  }
}
