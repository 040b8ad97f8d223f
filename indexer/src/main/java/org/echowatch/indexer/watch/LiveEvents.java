package org.echowatch.indexer.watch;

import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import org.echowatch.common.Json;

/**
 * Fan-out of live events to the open event streams. Each subscriber has a bounded queue; a
 * subscriber that falls that far behind is dropped rather than slowing everyone. Thread-safe.
 */
public final class LiveEvents implements AutoCloseable {

  private static final int QUEUE = 1000;
  private static final String END = "";

  private final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
  private volatile boolean closed;

  /** One open stream: Server-Sent Event frames to write, in order. */
  public final class Subscriber implements AutoCloseable {
    private final BlockingQueue<String> frames = new ArrayBlockingQueue<>(QUEUE);

    /**
     * The next frame, waiting up to {@code timeoutMillis}; null on timeout; empty string when the
     * stream must end.
     */
    public String next(long timeoutMillis) throws InterruptedException {
      String frame = frames.poll(timeoutMillis, TimeUnit.MILLISECONDS);
      return frame == null && closed ? END : frame;
    }

    @Override
    public void close() {
      subscribers.remove(this);
    }

    private void offer(String frame) {
      if (!frames.offer(frame)) {
        subscribers.remove(this);
        frames.clear();
        frames.offer(END);
      }
    }
  }

  /** Opens a stream. */
  public Subscriber subscribe() {
    var s = new Subscriber();
    if (closed) {
      s.offer(END);
    } else {
      subscribers.add(s);
    }
    return s;
  }

  /** Sends event {@code name} with {@code data} as JSON to every open stream. */
  public void publish(String name, Object data) {
    String frame = frame(name, Json.write(data));
    for (Subscriber s : subscribers) {
      s.offer(frame);
    }
  }

  /** Number of open streams. */
  public int size() {
    return subscribers.size();
  }

  /** One Server-Sent Event; {@code json} is one line (JSON never holds a raw newline). */
  static String frame(String name, String json) {
    return "event: " + name + "\ndata: " + json + "\n\n";
  }

  /** Ends every stream. */
  @Override
  public void close() {
    closed = true;
    for (Subscriber s : subscribers) {
      s.offer(END);
    }
    subscribers.clear();
  }
}
