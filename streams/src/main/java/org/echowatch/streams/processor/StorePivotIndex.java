package org.echowatch.streams.processor;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.echowatch.streams.similarity.PivotIndex;

/**
 * The pivot index in a key-value store: one entry per (pivot, story), key {@code pivot SEP id},
 * value {@code publishedAtMs,source}, so a pivot's postings are one prefix scan.
 */
final class StorePivotIndex implements PivotIndex {

  static final char SEP = '\u0001';
  private static final StringSerializer KEYS = new StringSerializer();

  private final KeyValueStore<String, String> store;

  StorePivotIndex(KeyValueStore<String, String> store) {
    this.store = store;
  }

  @Override
  public List<Posting> postings(String pivot, int limit) {
    String prefix = pivot + SEP;
    List<Posting> out = new ArrayList<>();
    try (KeyValueIterator<String, String> it = store.prefixScan(prefix, KEYS)) {
      while (it.hasNext() && out.size() < limit) {
        var kv = it.next();
        int comma = kv.value.indexOf(',');
        out.add(
            new Posting(
                kv.key.substring(prefix.length()),
                Long.parseLong(kv.value.substring(0, comma)),
                kv.value.substring(comma + 1)));
      }
    }
    return out;
  }

  @Override
  public void add(String pivot, Posting posting) {
    store.put(pivot + SEP + posting.id(), posting.publishedAtMs() + "," + posting.source());
  }

  @Override
  public void remove(String pivot, String id) {
    store.delete(pivot + SEP + id);
  }
}
