package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CandidateFinderTest {

  private static final long DAY = 86_400_000L;
  private final WindowPivotIndex index = new WindowPivotIndex();

  private void file(String id, long at, String source, String... keys) {
    index.add(new WindowPivotIndex.Posting(id, at, source), keys(keys).ids());
  }

  private static FiledKeys keys(String... keys) {
    return FiledKeys.of(List.of(keys), ConceptDictionary.builtIn());
  }

  private static List<String> ids(List<CandidateFinder.Candidate> candidates) {
    return candidates.stream().map(CandidateFinder.Candidate::id).toList();
  }

  @Test
  void shouldRankByVotesThenIdAndKeepOnlyTheBest() {
    // "v:" keys weigh 2, "k:" keys 1.5, "t:" keys 1, each divided by log2(1 + stories under it)
    file("d", 0, "xinhua", "v:n1", "k:minsk");
    file("c", 0, "xinhua", "v:n1", "k:minsk");
    file("b", 0, "xinhua", "v:n1");
    file("a", 0, "xinhua", "v:n1");
    file("e", 0, "xinhua", "k:minsk");
    var finder = new CandidateFinder(400, 3, 0.1);

    var found = finder.find("new", 0, keys("v:n1", "k:minsk"), DAY, null, index);

    assertThat(ids(found)).containsExactly("c", "d", "a");
    assertThat(found.get(0).votes()).isGreaterThan(found.get(2).votes());
  }

  @Test
  void shouldLeaveOutItselfTheIneligibleTheFarAndTheWeak() {
    file("self", 0, "belta", "v:n1");
    file("same-agency", 0, "belta", "v:n1");
    file("too-far", 30 * DAY, "xinhua", "v:n1");
    file("kept", DAY / 2, "xinhua", "v:n1");
    file("weak", 0, "xinhua", "t:en:grain");
    file("weak-too", 0, "xinhua", "t:en:grain");
    // v:n1 gives 2 / log2(5) = 0.86 votes, t:en:grain 1 / log2(3) = 0.63
    var finder = new CandidateFinder(400, 25, 0.7);

    var found = finder.find("self", 0, keys("v:n1", "t:en:grain"), DAY, "belta", index);

    assertThat(ids(found)).containsExactly("kept");
  }

  @Test
  void shouldSkipAKeySharedByMoreStoriesThanThePostingLimit() {
    List<String> common = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      file("s" + i, 0, "xinhua", "d:2026-11-28");
      common.add("s" + i);
    }
    file("rare", 0, "xinhua", "d:2026-11-28", "x:abc");

    var limited = new CandidateFinder(5, 25, 0.0);
    assertThat(ids(limited.find("new", 0, keys("d:2026-11-28", "x:abc"), DAY, null, index)))
        .containsExactly("rare");

    var open = new CandidateFinder(10, 25, 0.0);
    assertThat(ids(open.find("new", 0, keys("d:2026-11-28", "x:abc"), DAY, null, index)))
        .startsWith("rare")
        .containsAll(common);
  }

  @Test
  void shouldGiveTheSameAnswerWhenAskedTwice() {
    file("a", 0, "xinhua", "v:n1", "k:minsk");
    file("b", 0, "xinhua", "v:n1");
    var finder = new CandidateFinder(400, 25, 0.1);

    var first = finder.find("new", 0, keys("v:n1", "k:minsk"), DAY, null, index);
    var second = finder.find("new", 0, keys("v:n1", "k:minsk"), DAY, null, index);

    assertThat(second).isEqualTo(first);
  }

  @Test
  void shouldKeepTheHeadOfTheFullRankingWhateverTheCut() {
    var random = new Random(25);
    String[] pool = {"v:n1", "v:n2", "k:minsk", "k:beijing", "t:en:grain", "d:2026-11-28", "x:1"};
    for (int s = 0; s < 300; s++) {
      List<String> mine = new ArrayList<>();
      for (String k : pool) {
        if (random.nextInt(3) == 0) {
          mine.add(k);
        }
      }
      file("s" + s, 0, s % 2 == 0 ? "xinhua" : "belta", mine.toArray(String[]::new));
    }
    var query = keys("v:n1", "k:minsk", "t:en:grain", "d:2026-11-28", "x:1");
    var all = new CandidateFinder(400, 1_000, 0.5).find("new", 0, query, DAY, "belta", index);
    assertThat(all).hasSizeGreaterThan(30);
    for (int k : new int[] {1, 2, 7, 25, 30}) {
      assertThat(new CandidateFinder(400, k, 0.5).find("new", 0, query, DAY, "belta", index))
          .as("best %d", k)
          .isEqualTo(all.subList(0, k));
    }
    // many stories share exactly the same keys: the cut falls inside ties, broken by id
    assertThat(all)
        .isSortedAccordingTo(
            (a, b) ->
                a.votes() != b.votes()
                    ? Double.compare(b.votes(), a.votes())
                    : a.id().compareTo(b.id()));
  }

  @Test
  void shouldFindTheKthLargest() {
    double[] values = {0.5, 3, 1, 3, 2, 9, 9};
    assertThat(CandidateFinder.kthLargest(values, values.length, 1)).isEqualTo(9);
    assertThat(CandidateFinder.kthLargest(values, values.length, 2)).isEqualTo(9);
    assertThat(CandidateFinder.kthLargest(values, values.length, 3)).isEqualTo(3);
    assertThat(CandidateFinder.kthLargest(values, values.length, 7)).isEqualTo(0.5);
    assertThat(CandidateFinder.kthLargest(values, 3, 3)).isEqualTo(0.5);
    assertThat(values).containsExactly(0.5, 3, 1, 3, 2, 9, 9);
  }

  @Test
  void shouldFindTheSameKthLargestAsSortingDoes() {
    Random random = new Random(3);
    for (int round = 0; round < 2_000; round++) {
      int n = 1 + random.nextInt(round % 2 == 0 ? 8 : 600);
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        // few distinct values in some rounds, so that ties crowd around the cut
        values[i] = round % 3 == 0 ? 1 + random.nextInt(4) * 0.5 : random.nextDouble() * 40;
      }
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      int k = 1 + random.nextInt(n);

      assertThat(CandidateFinder.kthLargest(values, n, k)).isEqualTo(sorted[n - k]);
    }
  }
}
