package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JaccardTest {

  @Test
  void shouldMeasureOverlapOfSmallSets() {
    long[] a = {-5, 1, 3, 9};
    long[] b = {-5, 3, 4};

    assertThat(Jaccard.intersection(a, b)).isEqualTo(2);
    assertThat(Jaccard.of(a, b)).isEqualTo(2.0 / 5);
    assertThat(Jaccard.containment(a, b)).isEqualTo(2.0 / 3);
    assertThat(Jaccard.of(new long[0], new long[0])).isZero();
    assertThat(Jaccard.of(a, a)).isEqualTo(1.0);
    assertThat(Jaccard.intersection(a, new long[0])).isZero();
  }

  @Test
  void shouldCountTheSameIntersectionAsASetDoes() {
    Random random = new Random(19);
    for (int round = 0; round < 3_000; round++) {
      // a small value range in some rounds, so that the arrays share many values
      int range = round % 2 == 0 ? 50 : Integer.MAX_VALUE;
      long[] a = distinctSorted(random, random.nextInt(60), range);
      long[] b = distinctSorted(random, random.nextInt(60), range);
      Set<Long> shared = Arrays.stream(a).boxed().collect(Collectors.toCollection(HashSet::new));
      shared.retainAll(Arrays.stream(b).boxed().collect(Collectors.toSet()));

      assertThat(Jaccard.intersection(a, b)).isEqualTo(shared.size());
      assertThat(Jaccard.intersection(b, a)).isEqualTo(shared.size());
    }
  }

  private static long[] distinctSorted(Random random, int n, int range) {
    long[] values = new long[n];
    for (int i = 0; i < n; i++) {
      values[i] = range == Integer.MAX_VALUE ? random.nextLong() : random.nextInt(range) - 25;
    }
    Arrays.sort(values);
    return Hashing.distinctSorted(values);
  }
}
