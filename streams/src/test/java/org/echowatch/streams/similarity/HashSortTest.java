package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class HashSortTest {

  private static void assertSortsAsArraysSort(long[] values) {
    long[] expected = values.clone();
    Arrays.sort(expected);
    long[] given = values.clone();
    long[] sorted = HashSort.sorted(given);
    assertThat(sorted).isEqualTo(expected);
    if (sorted != given) {
      assertThat(given).isEqualTo(values); // a new array: the one given stays as it was
    }
  }

  private static long[] values(int n, LongSupplier next) {
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = next.getAsLong();
    }
    return out;
  }

  @Test
  void shouldSortMixedHashesOfEveryLength() {
    Random r = new Random(7);
    for (int n = 0; n < 2_000; n += 1 + n / 20) {
      assertSortsAsArraysSort(values(n, () -> Hashing.mix(r.nextLong())));
    }
  }

  @Test
  void shouldSortValuesOfBothSignsAndTheExtremes() {
    Random r = new Random(8);
    long[] v = values(500, () -> r.nextBoolean() ? r.nextLong() : -r.nextInt(10));
    v[0] = Long.MIN_VALUE;
    v[1] = Long.MAX_VALUE;
    v[2] = 0;
    v[3] = -1;
    v[4] = Long.MIN_VALUE;
    assertSortsAsArraysSort(v);
  }

  @Test
  void shouldSortValuesThatCrowdIntoOneBucket() {
    Random r = new Random(9);
    // equal top bits: one bucket, and the insertion sort gives up on the descending ones
    assertSortsAsArraysSort(values(3_000, () -> r.nextInt(1 << 20)));
    long[] descending = new long[3_000];
    for (int i = 0; i < descending.length; i++) {
      descending[i] = descending.length - i;
    }
    assertSortsAsArraysSort(descending);
    assertSortsAsArraysSort(values(700, () -> 42L));
    assertSortsAsArraysSort(values(700, () -> r.nextInt(3) - 1L));
  }

  @Test
  void shouldStopTheInsertionSortAfterItsMoves() {
    long[] descending = {5, 4, 3, 2, 1};
    assertThat(HashSort.insertionSorted(descending.clone(), 3)).isFalse();
    long[] sorted = descending.clone();
    assertThat(HashSort.insertionSorted(sorted, 10)).isTrue();
    assertThat(sorted).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void shouldBucketByTheTopBitsWithNegativesFirst() {
    assertThat(HashSort.bucket(Long.MIN_VALUE, 60)).isZero();
    assertThat(HashSort.bucket(-1L, 60)).isEqualTo(7);
    assertThat(HashSort.bucket(0L, 60)).isEqualTo(8);
    assertThat(HashSort.bucket(Long.MAX_VALUE, 60)).isEqualTo(15);
  }
}
