package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EvidenceAlignerTest {

  @Test
  void shouldCountSharedHashesInDice() {
    assertThat(EvidenceAligner.dice(new long[] {-5, 1, 9}, new long[] {-5, 1, 9})).isEqualTo(1.0);
    assertThat(EvidenceAligner.dice(new long[] {-5, 1}, new long[] {2, 9})).isZero();
    assertThat(EvidenceAligner.dice(new long[] {-5, 1, 3, 9}, new long[] {1, 9}))
        .isCloseTo(2.0 * 2 / 6, within(1e-12));
    assertThat(EvidenceAligner.dice(new long[] {}, new long[] {1})).isZero();
  }

  @Test
  void shouldPairEachEchoSentenceWithTheOriginSentenceItRepeats() {
    var aligner = new EvidenceAligner(ConceptDictionary.builtIn());
    String origin =
        "The Minsk tractor works shipped 1,200 tractors to Harbin in March. "
            + "Separately, the weather in Gomel stayed mild.";
    String echo =
        "Officials said the weather in Gomel stayed mild this week. "
            + "In March the Minsk tractor works shipped 1,200 tractors to Harbin.";

    var passages = aligner.align(origin, echo, 5);

    assertThat(passages).hasSize(2);
    assertThat(passages)
        .anySatisfy(
            p -> {
              assertThat(p.originSpan()).startsWith("The Minsk tractor works");
              assertThat(p.echoSpan()).startsWith("In March the Minsk");
            });
    assertThat(passages)
        .anySatisfy(
            p -> {
              assertThat(p.originSpan()).startsWith("Separately");
              assertThat(p.echoSpan()).startsWith("Officials said");
            });
  }
}
