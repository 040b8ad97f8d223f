package org.echowatch.streams.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.echowatch.streams.similarity.PivotIndex;

/**
 * The pivot index in a key-value store: one entry per (pivot, story), key {@code pivot SEP id},
 * value {@code publishedAtMs,source}, so a pivot's postings are one prefix scan; and one count per
 * pivot, key {@code pivot COUNT}, so that a pivot shared by too many stories is recognised by one
 * lookup instead of a scan of hundreds of entries.
 */
final class StorePivotIndex implements PivotIndex {

  static final char SEP = '\u0001';
  static final char COUNT = '\u0000';

  /** Marks a store whose counts are kept; stores written before counts existed get them once. */
  static final String COUNTS_MARKER = "\u0000counts-v1";

  private static final StringSerializer KEYS = new StringSerializer();

  /**
   * Counts of recently used pivots, kept in step with the store (this index is its only writer).
   */
  private static final int COUNT_CACHE = 262_144;

  private final KeyValueStore<String, String> store;
  private final Map<String, Integer> counts =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
          return size() > COUNT_CACHE;
        }
      };

  StorePivotIndex(KeyValueStore<String, String> store) {
    this.store = store;
  }

  /**
   * Writes the per-pivot counts when the store predates them (state restored from an older
   * changelog), so that {@link #count} is right from the first story on.
   *
   * @return pivots counted, 0 when the counts were already there
   */
  int ensureCounts() {
    if (store.get(COUNTS_MARKER) != null) {
      return 0;
    }
    List<KeyValue<String, String>> counts = new ArrayList<>();
    String pivot = null;
    int n = 0;
    try (KeyValueIterator<String, String> it = store.all()) {
      while (it.hasNext()) {
        String key = it.next().key;
        int sep = key.indexOf(SEP);
        if (sep < 0) {
          continue;
        }
        String p = key.substring(0, sep);
        if (!p.equals(pivot)) {
          if (pivot != null) {
            counts.add(KeyValue.pair(pivot + COUNT, Integer.toString(n)));
          }
          pivot = p;
          n = 0;
        }
        n++;
      }
    }
    if (pivot != null) {
      counts.add(KeyValue.pair(pivot + COUNT, Integer.toString(n)));
    }
    store.putAll(counts);
    store.put(COUNTS_MARKER, "1");
    return counts.size();
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
  public int count(String pivot) {
    Integer cached = counts.get(pivot);
    if (cached != null) {
      return cached;
    }
    String n = store.get(pivot + COUNT);
    int count = n == null ? 0 : Integer.parseInt(n);
    counts.put(pivot, count);
    return count;
  }

  /** Files a story under a pivot; a story is filed once (the detector indexes new stories only). */
  @Override
  public void add(String pivot, Posting posting) {
    store.put(pivot + SEP + posting.id(), posting.publishedAtMs() + "," + posting.source());
    adjust(pivot, 1);
  }

  @Override
  public void remove(String pivot, String id) {
    if (store.delete(pivot + SEP + id) != null) {
      adjust(pivot, -1);
    }
  }

  private void adjust(String pivot, int by) {
    int n = Math.max(0, count(pivot) + by);
    counts.put(pivot, n);
    if (n == 0) {
      store.delete(pivot + COUNT);
    } else {
      store.put(pivot + COUNT, Integer.toString(n));
    }
  }
}
