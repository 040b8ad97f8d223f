package org.echowatch.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.echowatch.common.FeedHealth;
import org.echowatch.indexer.index.SearchHit.Fragment;
import org.junit.jupiter.api.Test;

class SnippetsTest {

  @Test
  void shouldSplitTextIntoPlainAndHitFragmentsAroundTheFirstHit() {
    String text = "word ".repeat(40) + "Minsk talks " + "tail ".repeat(60);
    int at = text.indexOf("Minsk");
    List<Fragment> fragments = Snippets.fragments(text, List.of(new int[] {at, at + 5}));
    assertThat(fragments.get(0).text()).startsWith("…");
    assertThat(fragments)
        .filteredOn(Fragment::hit)
        .extracting(Fragment::text)
        .containsExactly("Minsk");
    assertThat(fragments.get(fragments.size() - 1).text()).endsWith("…");
    String joined = fragments.stream().map(Fragment::text).reduce("", String::concat);
    assertThat(joined.length()).isLessThan(Snippets.WINDOW + 50);
  }

  @Test
  void shouldMergeOverlappingSpans() {
    List<int[]> merged =
        Snippets.merge(List.of(new int[] {0, 4}, new int[] {2, 6}, new int[] {8, 9}));
    assertThat(merged).hasSize(2);
    assertThat(merged.get(0)).containsExactly(0, 6);
  }

  @Test
  void shouldKeepTheLastSuccessWhenAFeedPollFails() {
    Instant t1 = Instant.parse("2026-03-01T10:00:00Z");
    Instant t2 = Instant.parse("2026-03-01T10:05:00Z");
    FeedStatus ok =
        FeedStatus.after(
            null, new FeedHealth("f", "belta-en", "u", t1, "ok", 200, 3, 1, 50, null, null));
    FeedStatus failed =
        FeedStatus.after(
            ok, new FeedHealth("f", "belta-en", "u", t2, "error", 503, 0, 0, 50, "HTTP 503", null));
    assertThat(failed.lastPoll()).isEqualTo(t2);
    assertThat(failed.lastSuccess()).isEqualTo(t1);
    assertThat(failed.error()).isEqualTo("HTTP 503");
  }

  @Test
  void shouldFoldNamesToOneLatinKeyAcrossScriptsAndEndings() {
    assertThat(LatinKeyFilter.keyLength("lukashenka".toCharArray(), 10)).isEqualTo(9);
    assertThat(BelarusianLightStemFilter.stemLength("заводаў")).isEqualTo(5);
    assertThat(LanguageAnalysis.fieldLanguage("be-Latn")).isEqualTo("be");
    assertThat(LanguageAnalysis.fieldLanguage("uk")).isEqualTo(LanguageAnalysis.OTHER);
  }
}
