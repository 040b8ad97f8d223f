package org.echowatch.streams.similarity;

/**
 * Counts by 64-bit term id, for the window's document frequencies, in a {@link LongLongTable}: a
 * lookup of a term that is there reads one cache line. Only counts above zero are kept: a count
 * that falls to zero removes its term.
 */
final class TermCounts {

  private final LongLongTable table = new LongLongTable();

  /** The count of a term, 0 when it has none. */
  int get(long key) {
    return (int) table.get(key);
  }

  /** Adds one to a term's count. */
  void increment(long key) {
    int at = table.find(key);
    if (at >= 0) {
      table.setValueAt(at, table.valueAt(at) + 1);
    } else {
      table.insertAt(at, key, 1);
    }
  }

  /** Takes one from a term's count; a term without a count is left alone. */
  void decrement(long key) {
    int at = table.find(key);
    if (at < 0) {
      return;
    }
    long count = table.valueAt(at) - 1;
    if (count == 0) {
      table.removeAt(at);
    } else {
      table.setValueAt(at, count);
    }
  }

  /** Terms with a count. */
  int size() {
    return table.size();
  }
}
