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

  @Test
  void shouldTellWhetherTheJaccardReachesAThresholdAsTheFullMergeDoes() {
    Random random = new Random(23);
    for (int round = 0; round < 20_000; round++) {
      // shared values from a common pool, in every proportion, at the sizes of shingle sets too
      int size = round % 3 == 0 ? 600 : 80;
      long[] pool = distinctSorted(random, size, Integer.MAX_VALUE);
      long[] a = withOwn(random, sample(random, pool, random.nextDouble()), size);
      long[] b = withOwn(random, sample(random, pool, random.nextDouble()), size);
      double jaccard = Jaccard.of(a, b);
      // thresholds at the pair's own value and next to it as well as anywhere
      double[] thresholds = {
        random.nextDouble(), jaccard, Math.nextUp(jaccard), Math.nextDown(jaccard), 0.65, 0.0, 1.0
      };
      for (double t : thresholds) {
        assertThat(Jaccard.reaches(a, b, t))
            .as("round %d threshold %s", round, t)
            .isEqualTo(jaccard >= t);
        assertThat(Jaccard.reaches(b, a, t)).isEqualTo(jaccard >= t);
      }
    }
    assertThat(Jaccard.reaches(new long[0], new long[0], 0.0)).isTrue();
    assertThat(Jaccard.reaches(new long[0], new long[0], 0.1)).isFalse();
  }

  /** The values with some of their own besides, up to {@code most} more. */
  private static long[] withOwn(Random random, long[] values, int most) {
    long[] own = distinctSorted(random, random.nextInt(most), Integer.MAX_VALUE);
    long[] all = Arrays.copyOf(values, values.length + own.length);
    System.arraycopy(own, 0, all, values.length, own.length);
    Arrays.sort(all);
    return Hashing.distinctSorted(all);
  }

  /** Each value of the pool kept with this probability, in order. */
  private static long[] sample(Random random, long[] pool, double keep) {
    return Arrays.stream(pool).filter(x -> random.nextDouble() < keep).toArray();
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
