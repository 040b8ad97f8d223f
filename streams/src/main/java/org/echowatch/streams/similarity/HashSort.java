package org.echowatch.streams.similarity;

import java.util.Arrays;

/**
 * Sorts 64-bit hashes in ascending signed order: one counting pass files each value in a bucket by
 * its top bits (about one bucket per value), and an insertion sort then orders each bucket, where
 * hashes spread evenly leave one or two values. That is a few passes over the array instead of the
 * comparisons and branch misses of {@link Arrays#sort(long[])}, which short arrays still use, as
 * does an array whose values crowd into few buckets (the insertion sort gives up when it has moved
 * more than a few values per value). The result is the same sorted array either way.
 */
final class HashSort {

  /** Below this many values {@link Arrays#sort(long[])} is as fast. */
  static final int MIN_LENGTH = 16;

  /** Moves per value the insertion sort may make before it leaves the rest to Arrays.sort. */
  private static final int MOVES_PER_VALUE = 8;

  private HashSort() {}

  /**
   * The values in ascending signed order: the array itself, sorted in place, or a new sorted array
   * (the array given then stays as it was, and its contents are not needed again: no caller copies
   * the sorted values back into it).
   */
  static long[] sorted(long[] values) {
    int n = values.length;
    if (n < MIN_LENGTH) {
      Arrays.sort(values);
      return values;
    }
    int bits = 32 - Integer.numberOfLeadingZeros(n - 1);
    int shift = Long.SIZE - bits;
    int[] next = new int[(1 << bits) + 1];
    for (long v : values) {
      next[bucket(v, shift) + 1]++;
    }
    for (int b = 1; b < next.length; b++) {
      next[b] += next[b - 1];
    }
    long[] byBucket = new long[n];
    for (long v : values) {
      byBucket[next[bucket(v, shift)]++] = v;
    }
    if (!insertionSorted(byBucket, (long) MOVES_PER_VALUE * n)) {
      Arrays.sort(byBucket);
    }
    return byBucket;
  }

  /**
   * The bucket of a value: its top bits, with the sign bit flipped so that negative values come
   * first.
   */
  static int bucket(long v, int shift) {
    return (int) ((v ^ Long.MIN_VALUE) >>> shift);
  }

  /**
   * Insertion-sorts the array unless that takes more than {@code maxMoves} moves; whether it did.
   */
  static boolean insertionSorted(long[] a, long maxMoves) {
    long moves = 0;
    for (int i = 1; i < a.length; i++) {
      long v = a[i];
      int j = i - 1;
      while (j >= 0 && a[j] > v) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = v;
      moves += i - 1 - j;
      if (moves > maxMoves) {
        return false;
      }
    }
    return true;
  }
}
