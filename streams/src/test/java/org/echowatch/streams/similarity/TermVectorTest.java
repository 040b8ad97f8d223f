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
}
