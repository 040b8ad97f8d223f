package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermCountsTest {

  @Test
  void shouldCountUpAndDownAndForgetATermAtZero() {
    var counts = new TermCounts();
    counts.increment(42);
    counts.increment(42);
    counts.increment(0);
    counts.increment(-7);

    assertThat(counts.get(42)).isEqualTo(2);
    assertThat(counts.get(0)).isEqualTo(1);
    assertThat(counts.size()).isEqualTo(3);

    counts.decrement(42);
    counts.decrement(0);
    counts.decrement(12345);

    assertThat(counts.get(42)).isEqualTo(1);
    assertThat(counts.get(0)).isZero();
    assertThat(counts.get(12345)).isZero();
    assertThat(counts.size()).isEqualTo(2);
  }

  @Test
  void shouldAgreeWithAPlainMapThroughGrowthAndDeletionsInCrowdedRuns() {
    Random random = new Random(11);
    long[] keys = new long[5_000];
    for (int i = 0; i < keys.length; i++) {
      // a few hundred keys share their top bits, so that they crowd into runs of the table
      keys[i] = i < 300 ? ((long) random.nextInt(4) << 60) | i : random.nextLong();
    }
    keys[7] = 0;
    var counts = new TermCounts();
    Map<Long, Integer> expected = new HashMap<>();
    for (int step = 0; step < 400_000; step++) {
      long key = keys[random.nextInt(step < 200_000 ? keys.length : 600)];
      if (random.nextInt(5) < 2) {
        counts.decrement(key);
        expected.computeIfPresent(key, (k, c) -> c == 1 ? null : c - 1);
      } else {
        counts.increment(key);
        expected.merge(key, 1, Integer::sum);
      }
      if (step % 50_000 == 0) {
        assertAgree(counts, expected, keys);
      }
    }
    assertAgree(counts, expected, keys);
  }

  private static void assertAgree(TermCounts counts, Map<Long, Integer> expected, long[] keys) {
    assertThat(counts.size()).isEqualTo(expected.size());
    for (long key : keys) {
      assertThat(counts.get(key)).as("count of %d", key).isEqualTo(expected.getOrDefault(key, 0));
    }
  }
}
