package org.echowatch.streams.processor;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The ids a processor must forget once stream time has passed them, kept in a store in time order
 * (key {@code <epoch ms, zero-padded to 13 digits>|<id>}, value the id).
 *
 * <p>Each scan starts where the previous one ended. The keys before that point have all been taken
 * and deleted, and a RocksDB iterator that starts at the beginning of the store steps over every
 * deletion that compaction has not yet removed: in a backfill, where the hourly punctuation runs
 * every few stories, a scan from time 0 cost more with every story evicted. The point is held in
 * memory only; after a restart (or a task revived after a failed transaction) the first scan starts
 * at the beginning again, which is always correct.
 */
final class ExpiryQueue {

  private final KeyValueStore<String, String> store;

  /** Every key earlier than this time has been taken; 0 until the first scan. */
  private long scannedBefore;

  ExpiryQueue(KeyValueStore<String, String> store) {
    this.store = store;
  }

  /** Queues an id to be taken once the cutoff passes {@code epochMs}. */
  void add(long epochMs, String id) {
    // an entry behind the scanned point would never be taken: scan from it next time
    scannedBefore = Math.min(scannedBefore, Math.max(0, epochMs));
    store.put(key(epochMs, id), id);
  }

  /**
   * Removes and returns the ids queued at times before {@code cutoff}, earliest first (an id queued
   * several times comes as often).
   */
  List<String> takeBefore(long cutoff) {
    long from = Math.min(scannedBefore, cutoff);
    List<String> keys = new ArrayList<>();
    try (KeyValueIterator<String, String> it = store.range(key(from, ""), key(cutoff, ""))) {
      it.forEachRemaining(kv -> keys.add(kv.key));
    }
    List<String> ids = new ArrayList<>(keys.size());
    for (String key : keys) {
      ids.add(key.substring(key.indexOf('|') + 1));
      // a put of null deletes without reading the old value back
      store.put(key, null);
    }
    scannedBefore = Math.max(scannedBefore, cutoff);
    return ids;
  }

  /** {@code <epoch ms, zero-padded to 13 digits>|<id>}, so that keys sort by time. */
  static String key(long epochMs, String id) {
    if (epochMs < 0) {
      return String.format("%013d|%s", epochMs, id);
    }
    String digits = Long.toString(epochMs);
    StringBuilder key = new StringBuilder(14 + digits.length() + id.length());
    for (int i = digits.length(); i < 13; i++) {
      key.append('0');
    }
    return key.append(digits).append('|').append(id).toString();
  }
}
