package org.echowatch.app.faults;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.CountDownLatch;
import org.echowatch.streams.StreamsService;
import org.echowatch.streams.StreamsSettings;

/**
 * The streams stage alone in a child JVM, configured from its environment, so a test can kill it
 * with {@code destroyForcibly()} (SIGKILL: no shutdown hook, no commit, an open transaction).
 */
public final class StreamsChild {

  private StreamsChild() {}

  /** Starts the stage and waits to be killed. */
  public static void main(String[] args) throws InterruptedException {
    var service =
        new StreamsService(StreamsSettings.fromEnv(System.getenv()), new SimpleMeterRegistry());
    service.start();
    new CountDownLatch(1).await();
  }
}
