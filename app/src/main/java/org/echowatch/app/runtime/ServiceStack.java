package org.echowatch.app.runtime;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Services started in order and closed in the reverse order, each one finishing its in-flight work
 * before the next one is closed: ingest stops feeding before streams drains, streams before the
 * indexer, the indexer before the broker.
 */
public final class ServiceStack implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceStack.class);

  private record Entry(String name, AutoCloseable service) {}

  private final Deque<Entry> started = new ArrayDeque<>();

  /**
   * Starts a service and keeps it for {@link #close()}. When the start fails, everything started so
   * far is closed and the failure is rethrown.
   *
   * @param name what the logs call it
   * @param starter creates and starts the service
   */
  public synchronized <T extends AutoCloseable> T start(String name, Supplier<T> starter) {
    long t0 = System.nanoTime();
    T service;
    try {
      service = starter.get();
    } catch (RuntimeException e) {
      LOG.error("{} failed to start; stopping what was started", name);
      close();
      throw e;
    }
    started.push(new Entry(name, service));
    LOG.info("{} started in {} ms", name, (System.nanoTime() - t0) / 1_000_000);
    return service;
  }

  /** Names of the running services, in start order. */
  public synchronized java.util.List<String> names() {
    var names = new java.util.ArrayList<String>();
    started.descendingIterator().forEachRemaining(e -> names.add(e.name()));
    return java.util.List.copyOf(names);
  }

  /** Closes every service, last started first; a failing close is logged and the rest go on. */
  @Override
  public synchronized void close() {
    while (!started.isEmpty()) {
      Entry entry = started.pop();
      long t0 = System.nanoTime();
      try {
        entry.service().close();
        LOG.info("{} stopped in {} ms", entry.name(), (System.nanoTime() - t0) / 1_000_000);
      } catch (Exception e) {
        LOG.error("{} did not stop cleanly", entry.name(), e);
      }
    }
  }
}
