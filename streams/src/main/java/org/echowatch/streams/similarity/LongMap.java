package org.echowatch.streams.similarity;

import java.util.function.Supplier;

/**
 * A map from {@code long} keys to non-null values, without boxing the keys: open addressing with
 * linear probing in a power-of-two table that doubles when half full. Meant for tables filled once
 * and then read many times; reads are safe from many threads once filling is done and published.
 *
 * @param <V> value type
 */
final class LongMap<V> {

  private long[] keys;
  private Object[] values;
  private int size;

  LongMap() {
    keys = new long[16];
    values = new Object[16];
  }

  /** The value of a key, or null when there is none. */
  @SuppressWarnings("unchecked")
  V get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); values[i] != null; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return (V) values[i];
      }
    }
    return null;
  }

  /** The value of a key, first made and stored when there is none. */
  V computeIfAbsent(long key, Supplier<V> make) {
    V value = get(key);
    if (value == null) {
      value = make.get();
      put(key, value);
    }
    return value;
  }

  /** Stores a value under a key, replacing any value it had. */
  void put(long key, V value) {
    if (value == null) {
      throw new IllegalArgumentException("null value for key " + key);
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (values[i] != null && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (values[i] == null) {
      size++;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** Number of keys. */
  int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new Object[oldValues.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldValues[j] != null) {
        int i = slot(oldKeys[j], mask);
        while (values[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }

  private static int slot(long key, int mask) {
    return (int) Hashing.mix(key) & mask;
  }
}
