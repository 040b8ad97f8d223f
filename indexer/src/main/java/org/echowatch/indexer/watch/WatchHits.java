package org.echowatch.indexer.watch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The most recent watch hits, newest first, bounded. Thread-safe. */
public final class WatchHits {

  private final int capacity;
  private final Deque<WatchHit> hits = new ArrayDeque<>();

  public WatchHits(int capacity) {
    this.capacity = capacity;
  }

  public synchronized void add(WatchHit hit) {
    hits.addFirst(hit);
    while (hits.size() > capacity) {
      hits.removeLast();
    }
  }

  /** Up to {@code limit} hits, newest first. */
  public synchronized List<WatchHit> recent(int limit) {
    List<WatchHit> out = new ArrayList<>(Math.min(limit, hits.size()));
    for (WatchHit h : hits) {
      if (out.size() >= limit) {
        break;
      }
      out.add(h);
    }
    return out;
  }
}
