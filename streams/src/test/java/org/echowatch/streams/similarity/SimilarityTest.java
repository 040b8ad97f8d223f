package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SimilarityTest {

  private static final Shingler SHINGLER = new Shingler(3);
  private static final MinHasher MIN_HASHER = new MinHasher(256, 42L);

  private static long[] shingles(String text) {
    return SHINGLER.shingles(Tokens.words(TextNormalizer.fold(text)));
  }

  private static List<String> randomWords(Random random, int count, String prefix) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      words.add(prefix + random.nextInt(5000));
    }
    return words;
  }

  @Test
  void shouldGiveJaccardOneWhenTextsAreIdentical() {
    long[] a = shingles("The two sides discussed cooperation in trade and investment in Minsk.");
    assertThat(Jaccard.of(a, a.clone())).isEqualTo(1.0);
    assertThat(MinHasher.estimate(MIN_HASHER.sign(a), MIN_HASHER.sign(a.clone()))).isEqualTo(1.0);
  }

  @Test
  void shouldGiveJaccardNearZeroWhenTextsShareNoWords() {
    Random random = new Random(7);
    long[] a = SHINGLER.shingles(randomWords(random, 400, "a"));
    long[] b = SHINGLER.shingles(randomWords(random, 400, "b"));
    assertThat(Jaccard.of(a, b)).isZero();
    assertThat(MinHasher.estimate(MIN_HASHER.sign(a), MIN_HASHER.sign(b))).isLessThan(0.05);
  }

  @Test
  void shouldEstimateJaccardWithinEpsilonWhenTextsOverlapPartly() {
    Random random = new Random(11);
    for (int overlap : new int[] {100, 250, 400}) {
      List<String> common = randomWords(random, overlap, "c");
      List<String> left = new ArrayList<>(common);
      left.addAll(randomWords(random, 500 - overlap, "l"));
      List<String> right = new ArrayList<>(common);
      right.addAll(randomWords(random, 500 - overlap, "r"));
      long[] a = SHINGLER.shingles(left);
      long[] b = SHINGLER.shingles(right);
      double exact = Jaccard.of(a, b);
      double estimate = MinHasher.estimate(MIN_HASHER.sign(a), MIN_HASHER.sign(b));
      assertThat(estimate).as("overlap %d", overlap).isCloseTo(exact, within(0.1));
    }
  }

  @Test
  void shouldShareBandKeysWhenSignaturesAreEqualAndNotWhenTextsDiffer() {
    var bands = new LshBands(16, 4);
    Random random = new Random(3);
    int[] a = new MinHasher(64, 1L).sign(SHINGLER.shingles(randomWords(random, 300, "x")));
    int[] b = new MinHasher(64, 1L).sign(SHINGLER.shingles(randomWords(random, 300, "y")));
    assertThat(bands.keys(a)).isEqualTo(bands.keys(a.clone()));
    assertThat(bands.keys(a)).doesNotContainAnyElementsOf(bands.keys(b));
  }

  @Test
  void shouldCutChineseIntoCharacterBigramsWhenTextIsHan() {
    assertThat(Tokens.words("新华社 北京")).containsExactly("新华", "华社", "北京");
  }

  @Test
  void shouldGiveContainmentOneWhenShortTextIsInsideLongOne() {
    long[] longer = shingles("One two three four five six seven eight nine ten eleven twelve.");
    long[] shorter = shingles("four five six seven eight");
    assertThat(Jaccard.containment(longer, shorter)).isEqualTo(1.0);
  }
}
