package org.echowatch.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real broker for the tests of one class: register it in a static field with
 * {@code @RegisterExtension}, and it starts an {@link EmbeddedBroker} on free loopback ports in a
 * new directory before the class's own {@code @BeforeAll} methods run, creates the echowatch topics
 * with one partition each (the replay's order), and stops the broker and deletes its directory
 * after the class's {@code @AfterAll} methods.
 */
public final class BrokerExtension implements BeforeAllCallback, AfterAllCallback {

  private Path dir;
  private EmbeddedBroker broker;

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("echowatch-test-broker");
    broker = EmbeddedBroker.onFreePorts(dir).start();
    TopicInitializer.ensureTopics(broker.bootstrapServers(), 1, (short) 1);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (broker != null) {
        broker.close();
      }
    } finally {
      broker = null;
      deleteTree(dir);
    }
  }

  /** The running broker's {@code host:port}. */
  public String bootstrapServers() {
    if (broker == null) {
      throw new IllegalStateException("the broker runs only while the test class runs");
    }
    return broker.bootstrapServers();
  }

  private static void deleteTree(Path root) throws IOException {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
