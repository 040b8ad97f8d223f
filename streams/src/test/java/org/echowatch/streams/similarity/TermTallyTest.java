package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TermTallyTest {

  @Test
  void shouldSumTheCountsOfEachTermAsMapMergeDoes() {
    Random random = new Random(5);
    double[] counts = {3.0, 0.6, 1.0, 2.0};
    for (int round = 0; round < 300; round++) {
      int n = random.nextInt(400);
      var tally = new TermTally(n);
      Map<String, Double> expected = new HashMap<>(4 * n / 3 + 1);
      List<String> firstSeen = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        String term = "t" + random.nextInt(1 + round);
        double count = counts[random.nextInt(counts.length)];
        tally.add(term, count);
        if (!expected.containsKey(term)) {
          firstSeen.add(term);
        }
        expected.merge(term, count, Double::sum);
      }
      assertThat(tally.size()).isEqualTo(expected.size());
      assertThat(tally.terms()).isEqualTo(firstSeen);
      for (int i = 0; i < tally.size(); i++) {
        assertThat(tally.count(i)).isEqualTo(expected.get(tally.term(i)));
        assertThat(tally.id(i)).isEqualTo(TermVector.id(tally.term(i)));
      }
      double[] weights = tally.logWeights();
      expected.replaceAll((t, v) -> 1 + Math.log(v));
      Map<String, Double> map = tally.asMap(weights);
      assertThat(map).isEqualTo(expected);
      // the same capacity and order of entry: the same iteration order
      assertThat(new ArrayList<>(map.keySet())).isEqualTo(new ArrayList<>(expected.keySet()));
    }
  }

  @Test
  void shouldKeepTermsApartThatShareOnlyTheSlot() {
    // many distinct terms in a small table: every probe chain is walked
    var tally = new TermTally(1_000);
    for (int k = 0; k < 1_000; k++) {
      tally.add("w" + (k % 700), 1.0);
    }
    assertThat(tally.size()).isEqualTo(700);
    for (int i = 0; i < 700; i++) {
      assertThat(tally.term(i)).isEqualTo("w" + i);
      assertThat(tally.count(i)).isEqualTo(i < 300 ? 2.0 : 1.0);
    }
  }

  @Test
  void shouldKeepTermsApartThatShareTheirStringHash() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    var tally = new TermTally(4);
    tally.add("Aa", 1.0);
    tally.add("BB", 2.0);
    tally.add("Aa", 3.0);
    assertThat(tally.terms()).containsExactly("Aa", "BB");
    assertThat(tally.count(0)).isEqualTo(4.0);
    assertThat(tally.count(1)).isEqualTo(2.0);
    assertThat(tally.id(1)).isEqualTo(TermVector.id("BB"));
  }

  @Test
  void shouldRefuseMoreTermsThanAnnounced() {
    var tally = new TermTally(2);
    tally.add("a", 1);
    tally.add("a", 1);
    tally.add("b", 1);
    assertThatThrownBy(() -> tally.add("c", 1)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void shouldSizeTheTableAtLeastTwiceTheEntriesAsAPowerOfTwo() {
    for (int entries = 0; entries < 5_000; entries++) {
      int size = TermTally.tableSize(entries);
      assertThat(Integer.bitCount(size)).isEqualTo(1);
      assertThat(size).isGreaterThanOrEqualTo(2 * entries).isGreaterThanOrEqualTo(2);
      assertThat(size).isLessThanOrEqualTo(Math.max(2, 4 * entries));
    }
  }

  @Test
  void shouldBeEmptyForNoTerms() {
    var tally = new TermTally(0);
    assertThat(tally.size()).isZero();
    assertThat(tally.ids()).isEmpty();
    assertThat(tally.logWeights()).isEmpty();
  }
}
