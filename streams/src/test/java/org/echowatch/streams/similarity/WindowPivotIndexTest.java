package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WindowPivotIndexTest {

  private final WindowPivotIndex index = new WindowPivotIndex();

  private static WindowPivotIndex.Posting story(String id) {
    return new WindowPivotIndex.Posting(id, 1000L, "belta");
  }

  private static long[] keyIds(String... keys) {
    long[] ids = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      ids[i] = WindowPivotIndex.keyId(keys[i]);
    }
    return ids;
  }

  private final int[] slots = new int[100_000];

  private List<String> ids(String key) {
    long keyId = WindowPivotIndex.keyId(key);
    int n = index.slotsOfRareKey(keyId, slots.length, slots);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(index.story(slots[i]).id());
    }
    return out;
  }

  @Test
  void shouldCountAndListTheStoriesOfAKeyInFilingOrder() {
    index.add(story("b"), keyIds("k:lukashenko"));
    index.add(story("a"), keyIds("k:lukashenko", "v:n350"));

    long key = WindowPivotIndex.keyId("k:lukashenko");
    assertThat(index.count(key)).isEqualTo(2);
    assertThat(ids("k:lukashenko")).containsExactly("b", "a");
    int[] two = new int[2];
    assertThat(index.slotsOfRareKey(key, 2, two)).isEqualTo(2);
    assertThat(index.story(two[0]).id()).isEqualTo("b");
    assertThat(index.slotsOfRareKey(key, 1, two)).as("more stories than the limit").isZero();
    assertThat(index.count(WindowPivotIndex.keyId("d:2026-11-27"))).isZero();
    assertThat(ids("d:2026-11-27")).isEmpty();
    assertThat(index.pivots()).isEqualTo(2);
    assertThat(index.postings()).isEqualTo(3);
    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  void shouldForgetAKeyWhenItsLastStoryLeavesAndReuseTheSlot() {
    index.add(story("a"), keyIds("v:n350"));
    index.add(story("b"), keyIds("v:n350", "t:en:minsk"));
    int bound = index.slotBound();

    index.remove("a");
    index.remove("b");
    index.remove("b");
    index.remove("never-filed");

    assertThat(index.count(WindowPivotIndex.keyId("v:n350"))).isZero();
    assertThat(index.pivots()).isZero();
    assertThat(index.postings()).isZero();
    assertThat(index.size()).isZero();
    index.add(story("c"), keyIds("v:n350"));
    assertThat(index.slotBound()).as("a freed slot is taken again").isEqualTo(bound);
    assertThat(ids("v:n350")).containsExactly("c");
  }

  @Test
  void shouldGiveEachSlotsTimeAndAgencyAndOnlyTheSlotsOfRareKeys() {
    index.add(new WindowPivotIndex.Posting("a", 5L, "belta"), keyIds("v:n350", "k:minsk"));
    index.add(new WindowPivotIndex.Posting("b", 7L, "xinhua"), keyIds("v:n350"));
    index.add(new WindowPivotIndex.Posting("c", 9L, "belta"), keyIds("v:n350"));

    int a = index.slotOf("a");
    int b = index.slotOf("b");
    int c = index.slotOf("c");
    assertThat(index.slotOf("never-filed")).isEqualTo(-1);
    assertThat(index.publishedAtMs(b)).isEqualTo(7L);
    assertThat(index.sourceCodeOf(a)).isEqualTo(index.sourceCode("belta"));
    assertThat(index.sourceCodeOf(c)).isEqualTo(index.sourceCode("belta"));
    assertThat(index.sourceCodeOf(b)).isEqualTo(index.sourceCode("xinhua"));
    assertThat(index.sourceCode("xinhua")).isNotEqualTo(index.sourceCode("belta"));
    assertThat(index.sourceCode("tass")).isEqualTo(-1);
    int[] into = new int[3];
    assertThat(index.slotsOfRareKey(WindowPivotIndex.keyId("v:n350"), 3, into)).isEqualTo(3);
    assertThat(into).containsExactly(a, b, c);
    assertThat(index.slotsOfRareKey(WindowPivotIndex.keyId("v:n350"), 2, into))
        .as("more stories than the limit")
        .isZero();
    assertThat(index.slotsOfRareKey(WindowPivotIndex.keyId("k:minsk"), 2, into)).isEqualTo(1);
    assertThat(index.slotsOfRareKey(WindowPivotIndex.keyId("d:2026-11-28"), 2, into)).isZero();
  }

  @Test
  void shouldIgnoreAStoryFiledTwice() {
    index.add(story("a"), keyIds("v:n350"));
    index.add(story("a"), keyIds("v:n350", "k:minsk"));

    assertThat(ids("v:n350")).containsExactly("a");
    assertThat(index.postings()).isEqualTo(1);
  }

  @Test
  void shouldAgreeWithAPlainMapOverRandomFilingAndRemoval() {
    // six keys, each in a third of the stories: long posting lists
    String[] keys = {"x:1", "l:b0:f", "k:minsk", "v:n2026", "t:en:grain", "c:belaz"};
    agreeWithAPlainMap(new Random(4242), keys, 3, Integer.MAX_VALUE, 20_000, 997);
  }

  @Test
  void shouldAgreeWithAPlainMapWhileKeysGoFromOneStoryToTwoAndBack() {
    // 60 keys, a tenth of them in each story, at most 12 stories filed: most keys have none, one or
    // two stories, and are checked after every step
    String[] keys = new String[60];
    for (int k = 0; k < keys.length; k++) {
      keys[k] = "t:en:word" + k;
    }
    agreeWithAPlainMap(new Random(77), keys, 10, 12, 4_000, 1);
  }

  /**
   * Files and removes random stories, each with each key at a chance of one in {@code oneIn}, never
   * more than {@code mostLive} at once, and compares the index with a plain map every {@code every}
   * of the {@code steps}.
   */
  private void agreeWithAPlainMap(
      Random random, String[] keys, int oneIn, int mostLive, int steps, int every) {
    Map<String, LinkedHashSet<String>> expected = new LinkedHashMap<>();
    int next = 0;
    List<String> live = new ArrayList<>();
    for (int step = 0; step < steps; step++) {
      if (live.isEmpty() || (live.size() < mostLive && random.nextInt(3) > 0)) {
        String id = "s" + next++;
        List<String> mine = new ArrayList<>();
        for (String k : keys) {
          if (random.nextInt(oneIn) == 0) {
            mine.add(k);
          }
        }
        live.add(id);
        index.add(story(id), keyIds(mine.toArray(String[]::new)));
        mine.forEach(k -> expected.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(id));
      } else {
        // mostly the oldest, as the window evicts, sometimes any
        String id = live.remove(random.nextInt(4) == 0 ? random.nextInt(live.size()) : 0);
        index.remove(id);
        expected.values().forEach(m -> m.remove(id));
      }
      if (step % every == 0) {
        for (String k : keys) {
          List<String> want = new ArrayList<>(expected.getOrDefault(k, new LinkedHashSet<>()));
          assertThat(ids(k)).as(k).isEqualTo(want);
          assertThat(index.count(WindowPivotIndex.keyId(k))).as(k).isEqualTo(want.size());
        }
        long keysWithStories = expected.values().stream().filter(m -> !m.isEmpty()).count();
        assertThat(index.pivots()).isEqualTo(keysWithStories);
      }
    }
    long total = expected.values().stream().mapToLong(LinkedHashSet::size).sum();
    assertThat(index.postings()).isEqualTo(total);
    assertThat(index.size()).isEqualTo(live.size());
  }
}
