package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WindowPivotIndexTest {

  private final WindowPivotIndex index = new WindowPivotIndex();

  private static PivotIndex.Posting posting(String id) {
    return new PivotIndex.Posting(id, 1000L, "belta");
  }

  private static List<String> ids(List<PivotIndex.Posting> postings) {
    return postings.stream().map(PivotIndex.Posting::id).toList();
  }

  @Test
  void shouldCountAndListThePostingsOfAPivotInFilingOrder() {
    index.add("k:lukashenko", posting("b"));
    index.add("k:lukashenko", posting("a"));
    index.add("v:n350", posting("a"));

    assertThat(index.count("k:lukashenko")).isEqualTo(2);
    assertThat(ids(index.postings("k:lukashenko", 10))).containsExactly("b", "a");
    assertThat(ids(index.postings("k:lukashenko", 1))).containsExactly("b");
    assertThat(index.count("d:2026-11-27")).isZero();
    assertThat(index.postings("d:2026-11-27", 10)).isEmpty();
    assertThat(index.pivots()).isEqualTo(2);
    assertThat(index.postings()).isEqualTo(3);
  }

  @Test
  void shouldForgetAPivotWhenItsLastStoryIsRemoved() {
    index.add("v:n350", posting("a"));
    index.add("v:n350", posting("b"));

    index.remove("v:n350", "a");
    index.remove("v:n350", "b");
    index.remove("v:n350", "b");
    index.remove("t:en:minsk", "a");

    assertThat(index.count("v:n350")).isZero();
    assertThat(index.pivots()).isZero();
    assertThat(index.postings()).isZero();
  }

  @Test
  void shouldAgreeWithAPlainMapOverRandomFilingAndRemoval() {
    Random random = new Random(4242);
    Map<String, LinkedHashMap<String, Boolean>> expected = new LinkedHashMap<>();
    String[] pivots = {"x:1", "l:b0:f", "k:minsk", "v:n2026", "t:en:grain"};
    int next = 0;
    List<String> live = new ArrayList<>();
    for (int step = 0; step < 20_000; step++) {
      String pivot = pivots[random.nextInt(pivots.length)];
      if (live.isEmpty() || random.nextInt(3) > 0) {
        String id = "s" + next++;
        live.add(id);
        index.add(pivot, posting(id));
        expected.computeIfAbsent(pivot, k -> new LinkedHashMap<>()).put(id, true);
      } else {
        // mostly the oldest, as the window evicts, sometimes any
        String id = live.remove(random.nextInt(4) == 0 ? random.nextInt(live.size()) : 0);
        for (String p : pivots) {
          index.remove(p, id);
          var m = expected.get(p);
          if (m != null) {
            m.remove(id);
          }
        }
      }
      if (step % 997 == 0) {
        for (String p : pivots) {
          List<String> want =
              new ArrayList<>(expected.getOrDefault(p, new LinkedHashMap<>()).keySet());
          assertThat(ids(index.postings(p, Integer.MAX_VALUE))).as(p).isEqualTo(want);
          assertThat(index.count(p)).as(p).isEqualTo(want.size());
        }
      }
    }
    long total = expected.values().stream().mapToLong(Map::size).sum();
    assertThat(index.postings()).isEqualTo(total);
  }
}
