package org.echowatch.streams.similarity;

/**
 * A map from 64-bit keys (hashes already) to non-zero 64-bit values: an open-addressing table with
 * linear probing whose key and value sit side by side in one array, so that finding a key that is
 * there reads one cache line. (A map with separate key and value arrays reads two; with the
 * hundreds of thousands of keys of a window, most lookups miss the cache.) The value 0 marks an
 * empty pair, so it cannot be stored; removing a key shifts back the pairs after it (backward-shift
 * deletion), so that no marker of a deleted pair is ever needed.
 *
 * <p>Callers find a key once and then read, change, insert or remove at the place found, so that an
 * update probes once.
 */
final class LongLongTable {

  private static final int MIN_CAPACITY = 1 << 10;

  /** Pairs: {@code table[2i]} a key, {@code table[2i + 1]} its value (0 = an empty pair). */
  private long[] table = new long[2 * MIN_CAPACITY];

  private int mask = MIN_CAPACITY - 1;
  private int size;

  /**
   * Where a key is: the index of its pair (>= 0) when it is there, else {@code -(p + 1)} for the
   * empty pair {@code p} where it would go.
   */
  int find(long key) {
    for (int i = home(key); ; i = (i + 1) & mask) {
      if (table[2 * i + 1] == 0) {
        return -(i + 1);
      }
      if (table[2 * i] == key) {
        return i;
      }
    }
  }

  /** The value of a key, 0 when it is not there. */
  long get(long key) {
    for (int i = home(key); ; i = (i + 1) & mask) {
      long value = table[2 * i + 1];
      if (value == 0 || table[2 * i] == key) {
        return value;
      }
    }
  }

  /** The value at a pair {@link #find} gave (>= 0). */
  long valueAt(int pair) {
    return table[2 * pair + 1];
  }

  /** Replaces the value at a pair {@link #find} gave (>= 0); the value must not be 0. */
  void setValueAt(int pair, long value) {
    table[2 * pair + 1] = value;
  }

  /**
   * Puts a key that is not there where {@link #find} said it would go ({@code found < 0}); the
   * value must not be 0. Nothing else may change the table between the find and this.
   */
  void insertAt(int found, long key, long value) {
    int pair = -found - 1;
    table[2 * pair] = key;
    table[2 * pair + 1] = value;
    if (++size > (mask + 1) / 4 * 3) {
      grow();
    }
  }

  /** Removes the pair at an index {@link #find} gave (>= 0). */
  void removeAt(int pair) {
    size--;
    int gap = pair;
    table[2 * gap + 1] = 0;
    for (int i = (gap + 1) & mask; table[2 * i + 1] != 0; i = (i + 1) & mask) {
      int home = home(table[2 * i]);
      // the pair at i may move to the gap unless its home lies cyclically in (gap, i]
      boolean homeAfterGap = gap <= i ? home > gap && home <= i : home > gap || home <= i;
      if (!homeAfterGap) {
        table[2 * gap] = table[2 * i];
        table[2 * gap + 1] = table[2 * i + 1];
        table[2 * i + 1] = 0;
        gap = i;
      }
    }
  }

  /** Keys held. */
  int size() {
    return size;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    mask = table.length / 2 - 1;
    for (int j = 0; j < old.length; j += 2) {
      if (old[j + 1] != 0) {
        int i = home(old[j]);
        while (table[2 * i + 1] != 0) {
          i = (i + 1) & mask;
        }
        table[2 * i] = old[j];
        table[2 * i + 1] = old[j + 1];
      }
    }
  }

  private int home(long key) {
    // keys are hashes already; the multiply spreads any key over the high bits kept
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
  }
}
