package org.echowatch.indexer.testing;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a Server-Sent Event stream on a daemon thread; events are queued with their arrival time.
 */
public final class SseReader implements AutoCloseable {

  /**
   * One event.
   *
   * @param name the {@code event:} field
   * @param data the {@code data:} field
   * @param receivedNanos {@link System#nanoTime()} when it arrived
   */
  public record Event(String name, String data, long receivedNanos) {}

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final List<Event> passedOver = new ArrayList<>();
  private final Thread thread;
  private volatile InputStream body;

  /** Connects with the session {@code cookie} and waits until the stream is open. */
  public SseReader(String url, String cookie) throws Exception {
    HttpResponse<InputStream> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url))
                    .header("Cookie", cookie)
                    .header("Accept", "text/event-stream")
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("event stream answered " + response.statusCode());
    }
    body = response.body();
    thread = new Thread(this::read, "sse-reader");
    thread.setDaemon(true);
    thread.start();
  }

  private void read() {
    try (var reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      String name = null;
      String data = null;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("event: ")) {
          name = line.substring(7);
        } else if (line.startsWith("data: ")) {
          data = line.substring(6);
        } else if (line.isEmpty() && name != null) {
          events.add(new Event(name, data, System.nanoTime()));
          name = null;
          data = null;
        }
      }
    } catch (java.io.IOException e) {
      // stream closed
    }
  }

  /**
   * The next event named {@code name}, waiting at most {@code timeout}; null when none came. Events
   * of other names read on the way are kept for later calls, so the order in which a test asks for
   * names does not have to be the order in which the server sent them.
   */
  public synchronized Event next(String name, Duration timeout) throws InterruptedException {
    for (var it = passedOver.iterator(); it.hasNext(); ) {
      Event e = it.next();
      if (e.name().equals(name)) {
        it.remove();
        return e;
      }
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return null;
      }
      Event e = events.poll(left, TimeUnit.NANOSECONDS);
      if (e == null) {
        return null;
      }
      if (e.name().equals(name)) {
        return e;
      }
      passedOver.add(e);
    }
  }

  @Override
  public void close() throws Exception {
    InputStream b = body;
    if (b != null) {
      b.close();
    }
    thread.interrupt();
  }
}
