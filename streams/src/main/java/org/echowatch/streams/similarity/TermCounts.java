package org.echowatch.streams.similarity;

/**
 * Counts by 64-bit term id, for the window's document frequencies: an open-addressing table with
 * linear probing whose key and count sit side by side in one array, so that a lookup of a term that
 * is there reads one cache line. (A map with separate key and value arrays reads two; with the
 * hundreds of thousands of terms of a window, most lookups miss the cache.) Only counts above zero
 * are kept: a count that falls to zero removes its term.
 */
final class TermCounts {

  private static final int MIN_CAPACITY = 1 << 10;

  /** Pairs: {@code table[2i]} a key, {@code table[2i + 1]} its count (0 = an empty slot). */
  private long[] table = new long[2 * MIN_CAPACITY];

  private int mask = MIN_CAPACITY - 1;
  private int size;

  /** The count of a term, 0 when it has none. */
  int get(long key) {
    for (int i = slot(key); ; i = (i + 1) & mask) {
      long count = table[2 * i + 1];
      if (count == 0) {
        return 0;
      }
      if (table[2 * i] == key) {
        return (int) count;
      }
    }
  }

  /** Adds one to a term's count. */
  void increment(long key) {
    int i = slot(key);
    while (table[2 * i + 1] != 0) {
      if (table[2 * i] == key) {
        table[2 * i + 1]++;
        return;
      }
      i = (i + 1) & mask;
    }
    table[2 * i] = key;
    table[2 * i + 1] = 1;
    if (++size > (mask + 1) / 4 * 3) {
      grow();
    }
  }

  /** Takes one from a term's count; a term without a count is left alone. */
  void decrement(long key) {
    for (int i = slot(key); table[2 * i + 1] != 0; i = (i + 1) & mask) {
      if (table[2 * i] == key) {
        if (--table[2 * i + 1] == 0) {
          size--;
          closeGap(i);
        }
        return;
      }
    }
  }

  /** Terms with a count. */
  int size() {
    return size;
  }

  /**
   * Empties slot {@code gap} and moves back the entries after it that probing would otherwise no
   * longer reach (backward-shift deletion), so that no marker of a deleted entry is ever needed.
   */
  private void closeGap(int gap) {
    table[2 * gap + 1] = 0;
    for (int i = (gap + 1) & mask; table[2 * i + 1] != 0; i = (i + 1) & mask) {
      int home = slot(table[2 * i]);
      // the entry at i may move to the gap unless its home lies cyclically in (gap, i]
      boolean homeAfterGap = gap <= i ? home > gap && home <= i : home > gap || home <= i;
      if (!homeAfterGap) {
        table[2 * gap] = table[2 * i];
        table[2 * gap + 1] = table[2 * i + 1];
        table[2 * i + 1] = 0;
        gap = i;
      }
    }
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    mask = table.length / 2 - 1;
    for (int j = 0; j < old.length; j += 2) {
      if (old[j + 1] != 0) {
        int i = slot(old[j]);
        while (table[2 * i + 1] != 0) {
          i = (i + 1) & mask;
        }
        table[2 * i] = old[j];
        table[2 * i + 1] = old[j + 1];
      }
    }
  }

  private int slot(long key) {
    // term ids are hashes already; the multiply spreads any key over the high bits kept
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
  }
}
