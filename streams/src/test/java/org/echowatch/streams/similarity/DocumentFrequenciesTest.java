package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DocumentFrequenciesTest {

  @Test
  void shouldGiveRareTermsMoreWeightAndForgetRemovedDocuments() {
    var df = new DocumentFrequencies();
    TermVector first = vector("minsk", "grain", "harvest");
    df.add(first);
    df.add(vector("grain", "export"));
    df.add(vector("grain", "port"));

    assertThat(df.documents()).isEqualTo(3);
    assertThat(df.idf("minsk")).isGreaterThan(df.idf("grain"));
    assertThat(df.idf("minsk")).isCloseTo(Math.log(13.0 / 2), within(1e-12));
    assertThat(df.idf("unknown")).isCloseTo(Math.log(13.0), within(1e-12));

    df.remove(first);

    assertThat(df.documents()).isEqualTo(2);
    assertThat(df.idf("minsk")).isCloseTo(Math.log(12.0), within(1e-12));
    assertThat(df.idf("grain")).isCloseTo(Math.log(12.0 / 3), within(1e-12));
  }

  @Test
  void shouldMatchCountsKeptInAPlainMapThroughRandomAddsAndRemoves() {
    Random random = new Random(7);
    var df = new DocumentFrequencies();
    Map<String, Integer> expected = new HashMap<>();
    List<TermVector> added = new ArrayList<>();
    List<List<String>> addedTerms = new ArrayList<>();
    for (int step = 0; step < 3_000; step++) {
      if (!added.isEmpty() && random.nextInt(3) == 0) {
        int i = random.nextInt(added.size());
        df.remove(added.remove(i));
        addedTerms.remove(i).forEach(t -> expected.merge(t, -1, Integer::sum));
      } else {
        List<String> terms = new ArrayList<>();
        for (int k = 1 + random.nextInt(6); k > 0; k--) {
          String t = "t" + random.nextInt(40);
          if (!terms.contains(t)) {
            terms.add(t);
          }
        }
        TermVector v = vector(terms.toArray(String[]::new));
        df.add(v);
        added.add(v);
        addedTerms.add(terms);
        terms.forEach(t -> expected.merge(t, 1, Integer::sum));
      }
    }
    assertThat(df.documents()).isEqualTo(added.size());
    double logDocuments = Math.log(added.size() + 10.0);
    for (int t = 0; t < 40; t++) {
      int count = expected.getOrDefault("t" + t, 0);
      assertThat(df.idf("t" + t)).isCloseTo(logDocuments - Math.log(count + 1), within(1e-12));
    }
  }

  private static TermVector vector(String... terms) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (String t : terms) {
      weights.put(t, 1.0);
    }
    return TermVector.of(weights);
  }
}
