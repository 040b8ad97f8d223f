package org.echowatch.indexer.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.echowatch.common.Article;
import org.echowatch.common.MatchType;
import org.echowatch.indexer.index.BadQueryException;
import org.echowatch.indexer.index.Story;
import org.echowatch.indexer.index.StoryIndex;
import org.echowatch.indexer.testing.TestRecords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedSearchesTest {

  private static Story story(String id, String lang, String title, String body) {
    Article a = TestRecords.article(id, lang, title, body, "2026-03-01T08:00:00Z");
    return Story.of(a, TestRecords.match(a, a, MatchType.TRANSLATION, 0.8, "n-1"));
  }

  @Test
  void shouldMatchNewStoriesInAnyScriptAndReRegisterOnReopen(@TempDir Path dir) throws Exception {
    try (var index = new StoryIndex(new ByteBuffersDirectory())) {
      try (var searches = SavedSearches.open(dir, index)) {
        searches.add(
            "president",
            "Lukashenko AND publishedAt:[2026-03-01 TO 2026-03-01]",
            "admin",
            Instant.EPOCH);
        searches.add("grain", "title:harvest", "admin", Instant.EPOCH);
        assertThat(searches.matching(story("belta-be:1", "be", "Лукашэнка ў Мінску", "Перамовы.")))
            .extracting(SavedSearch::name)
            .containsExactly("president");
        assertThat(searches.matching(story("xinhua-zh:1", "zh", "卢卡申科会见", "会谈。")))
            .extracting(SavedSearch::name)
            .containsExactly("president");
        assertThat(searches.matching(story("belta-en:2", "en", "Harvests are up", "Grain.")))
            .extracting(SavedSearch::name)
            .containsExactly("grain");
      }
      try (var reopened = SavedSearches.open(dir, index)) {
        assertThat(reopened.list())
            .extracting(SavedSearch::name)
            .containsExactly("president", "grain");
        assertThat(reopened.matching(story("xinhua-en:3", "en", "Lukashenko speaks", "Text.")))
            .hasSize(1);
        assertThat(reopened.remove(reopened.list().get(0).id())).isTrue();
        assertThat(reopened.matching(story("xinhua-en:3", "en", "Lukashenko speaks", "Text.")))
            .isEmpty();
      }
    }
  }

  @Test
  void shouldRefuseQueriesThatDoNotParse(@TempDir Path dir) throws Exception {
    try (var index = new StoryIndex(new ByteBuffersDirectory());
        var searches = SavedSearches.open(dir, index)) {
      assertThatThrownBy(() -> searches.add("x", "title:(", "admin", Instant.EPOCH))
          .isInstanceOf(BadQueryException.class);
      assertThatThrownBy(() -> searches.add("x", " ", "admin", Instant.EPOCH))
          .isInstanceOf(BadQueryException.class);
      assertThat(searches.list()).isEmpty();
    }
  }

  @Test
  void shouldSnoozeUntilTheGivenMinutesAndPersistWhoDecided(@TempDir Path dir) throws Exception {
    Instant now = Instant.parse("2026-03-01T10:00:00Z");
    TriageStore store = TriageStore.open(dir);
    Triage t = store.set("n-1", "escalated", "ana", "to desk", 30L, now);
    assertThat(t.snoozedAt(now.plus(Duration.ofMinutes(29)))).isTrue();
    assertThat(t.snoozedAt(now.plus(Duration.ofMinutes(31)))).isFalse();
    assertThat(TriageStore.open(dir).get("n-1")).isEqualTo(t);
    assertThat(store.get("n-2")).isEqualTo(Triage.NEW);
    assertThatThrownBy(() -> store.set("n-1", "closed", "ana", null, null, now))
        .hasMessageContaining("state must be");
    assertThatThrownBy(() -> store.set("n-1", "new", "ana", null, -1L, now))
        .hasMessageContaining("snoozeMinutes");
  }

  @Test
  void shouldDeliverEventsToEverySubscriberAndEndStreamsOnClose() throws Exception {
    var events = new LiveEvents();
    var a = events.subscribe();
    var b = events.subscribe();
    events.publish("watch", new WatchHit("s1", "president", "belta-en:1", "Title", Instant.EPOCH));
    assertThat(a.next(1000))
        .startsWith("event: watch\ndata: {")
        .endsWith("}\n\n")
        .contains("\"savedSearchId\":\"s1\"");
    assertThat(b.next(1000)).startsWith("event: watch");
    assertThat(a.next(10)).isNull();
    events.close();
    assertThat(a.next(1000)).isEmpty();
    assertThat(events.size()).isZero();
  }
}
