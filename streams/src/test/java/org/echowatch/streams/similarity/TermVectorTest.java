package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermVectorTest {

  @Test
  void shouldKeepEveryTermsWeightUnderItsIdInAscendingOrder() {
    Random random = new Random(3);
    for (int round = 0; round < 200; round++) {
      Map<String, Double> terms = new HashMap<>();
      for (int k = random.nextInt(300); k > 0; k--) {
        terms.put("t" + random.nextInt(1_000), 1 + random.nextDouble() * 3);
      }
      TermVector vector = TermVector.of(terms);
      assertThat(vector.size()).isEqualTo(terms.size());
      Map<Long, Double> byId = new HashMap<>();
      for (int i = 0; i < vector.size(); i++) {
        if (i > 0) {
          assertThat(vector.id(i)).isGreaterThan(vector.id(i - 1));
        }
        byId.put(vector.id(i), vector.weight(i));
      }
      terms.forEach((term, weight) -> assertThat(byId.get(TermVector.id(term))).isEqualTo(weight));
    }
  }

  @Test
  void shouldGiveAnEmptyVectorForNoTerms() {
    assertThat(TermVector.of(Map.of()).size()).isZero();
  }

  @Test
  void shouldOrderIdsThatShareTheirHighBitsAndAddTheWeightsOfEqualIds() {
    long[] ids = {0x7000_0000_0000_0005L, -3L, 0x7000_0000_0000_0002L, -3L, Long.MIN_VALUE, -3L};
    double[] weights = {1.0, 0.1, 2.0, 0.2, 3.0, 0.3};
    TermVector vector = TermVector.ofIds(ids, weights);
    assertThat(vector.size()).isEqualTo(4);
    assertThat(vector.id(0)).isEqualTo(Long.MIN_VALUE);
    assertThat(vector.id(1)).isEqualTo(-3L);
    assertThat(vector.weight(1)).isEqualTo(0.1 + 0.2 + 0.3);
    assertThat(vector.id(2)).isEqualTo(0x7000_0000_0000_0002L);
    assertThat(vector.weight(2)).isEqualTo(2.0);
    assertThat(vector.id(3)).isEqualTo(0x7000_0000_0000_0005L);
  }

  @Test
  void shouldOrderIdsOfBothSignsWhoseHighBitsDiffer() {
    long[] ids = {5L << 20, -(7L << 20), 1L << 40, -1L << 50};
    TermVector vector = TermVector.ofIds(ids, new double[] {1, 2, 3, 4});
    assertThat(new long[] {vector.id(0), vector.id(1), vector.id(2), vector.id(3)})
        .containsExactly(-1L << 50, -(7L << 20), 5L << 20, 1L << 40);
    assertThat(vector.weight(0)).isEqualTo(4.0);
  }

  @Test
  void shouldLeaveIdsThatShareTheirHighBitsToTheOrderedPath() {
    long[] shared = {0x7000_0000_0000_0005L, 9L << 20, 0x7000_0000_0000_0002L};
    assertThat(TermVector.ofIdsDistinctInHighBits(shared, new double[] {1, 2, 3})).isNull();
    long[] distinct = {5L << 20, -(7L << 20), 1L << 40};
    TermVector vector = TermVector.ofIdsDistinctInHighBits(distinct, new double[] {1, 2, 3});
    assertThat(vector).isNotNull();
    assertThat(new long[] {vector.id(0), vector.id(1), vector.id(2)})
        .containsExactly(-(7L << 20), 5L << 20, 1L << 40);
    assertThat(vector.weight(0)).isEqualTo(2.0);
  }
}
