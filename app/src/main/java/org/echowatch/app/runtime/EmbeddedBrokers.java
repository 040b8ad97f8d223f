package org.echowatch.app.runtime;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.echowatch.app.config.AppSettings;
import org.echowatch.broker.EmbeddedBroker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the one-process broker under {@code <data dir>/kafka} on the configured port. */
public final class EmbeddedBrokers {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBrokers.class);

  private EmbeddedBrokers() {}

  /**
   * Starts the embedded broker. Its data lives under {@code <data dir>/kafka}, so a restart resumes
   * where the last run stopped.
   *
   * @throws IllegalArgumentException naming {@code ECHOWATCH_EMBEDDED_KAFKA_PORT} when a configured
   *     port is taken
   */
  public static EmbeddedBroker start(AppSettings settings) {
    int port = choosePort(settings.embeddedKafkaPort(), settings.embeddedKafkaPortSet());
    Path dir = settings.dataDir().resolve("kafka");
    return new EmbeddedBroker(dir, port, Map.of()).start();
  }

  /**
   * The port to bind: the wanted one when free; a free one when the default is taken.
   *
   * @param wanted the configured or default port; 0 means any free port
   * @param explicit whether the user configured it (then a taken port is an error)
   */
  static int choosePort(int wanted, boolean explicit) {
    if (wanted == 0 || isFree(wanted)) {
      return wanted;
    }
    if (explicit) {
      throw new IllegalArgumentException(
          "port "
              + wanted
              + " of the embedded broker is taken: set "
              + AppSettings.EMBEDDED_KAFKA_PORT
              + " to a free port, or "
              + AppSettings.KAFKA_BOOTSTRAP
              + " to use the broker that holds it");
    }
    int free = freePort();
    LOG.warn(
        "port {} is taken (another Kafka?); the embedded broker uses port {} instead. Set {} to"
            + " choose, or {} to use the broker on {}",
        wanted,
        free,
        AppSettings.EMBEDDED_KAFKA_PORT,
        AppSettings.KAFKA_BOOTSTRAP,
        wanted);
    return free;
  }

  static boolean isFree(int port) {
    try (var socket = new ServerSocket(port, 0, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port on 127.0.0.1 for the embedded broker", e);
    }
  }
}
