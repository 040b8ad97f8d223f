package org.echowatch.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.echowatch.common.Article;
import org.echowatch.common.MatchType;
import org.echowatch.indexer.testing.TestRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryIndexTest {

  private StoryIndex index;

  @BeforeEach
  void open() throws IOException {
    index = new StoryIndex(new ByteBuffersDirectory());
    add(
        "belta-ru:1",
        "ru",
        "Лукашенко встретился с послом Китая",
        "Президент Беларуси Александр Лукашенко провел переговоры в Минске о строительстве завода.",
        "2026-03-01T08:00:00Z",
        MatchType.TRANSLATION);
    add(
        "xinhua-en:1",
        "en",
        "Lukashenko meets Chinese ambassador",
        "Belarusian President Alexander Lukashenko held talks in Minsk on building a new plant.",
        "2026-03-01T10:00:00Z",
        MatchType.TRANSLATION);
    add(
        "xinhua-zh:1",
        "zh",
        "卢卡申科会见中国大使",
        "白俄罗斯总统卢卡申科在明斯克举行会谈，讨论建设新工厂。",
        "2026-03-03T09:00:00Z",
        MatchType.TRANSLATION);
    add(
        "belta-be:1",
        "be",
        "Лукашэнка сустрэўся з паслом",
        "Прэзідэнт Аляксандр Лукашэнка правёў перамовы аб будаўніцтве заводаў.",
        "2026-03-05T07:00:00Z",
        MatchType.REWRITE);
    add(
        "belta-en:2",
        "en",
        "Potato harvest in Gomel region",
        "Farmers of the region gathered a record harvest of potatoes this autumn.",
        "2026-03-07T12:00:00Z",
        MatchType.VERBATIM);
    index.refresh();
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private void add(String id, String lang, String title, String body, String at, MatchType type)
      throws IOException {
    Article a = TestRecords.article(id, lang, title, body, at);
    index.upsertStory(
        Story.of(a, TestRecords.match(a, a, type, 0.8, "n-" + id.substring(id.length() - 1))));
  }

  private List<String> ids(String query) throws Exception {
    return index.search(SearchRequest.of(query)).hits().stream()
        .map(SearchHit::id)
        .sorted()
        .toList();
  }

  @Test
  void shouldFindEveryScriptOfOneNameWhenSearchingAnyOfThem() throws Exception {
    List<String> all = List.of("belta-be:1", "belta-ru:1", "xinhua-en:1", "xinhua-zh:1");
    assertThat(ids("Лукашенко")).isEqualTo(all);
    assertThat(ids("Лукашэнка")).isEqualTo(all);
    assertThat(ids("Lukashenko")).isEqualTo(all);
    assertThat(ids("卢卡申科")).isEqualTo(all);
  }

  @Test
  void shouldStemEachLanguageWithItsOwnAnalyzerWhenSearchingInflectedForms() throws Exception {
    assertThat(ids("harvests")).containsExactly("belta-en:2");
    assertThat(ids("переговорам")).containsExactly("belta-ru:1");
    assertThat(ids("заводы")).contains("belta-ru:1");
    assertThat(ids("завод")).contains("belta-be:1");
    assertThat(ids("工厂")).containsExactly("xinhua-zh:1");
  }

  @Test
  void shouldKeepOneDocumentWhenTheSameStoryIsUpsertedAgain() throws Exception {
    Article a =
        TestRecords.article(
            "xinhua-en:1",
            "en",
            "Lukashenko meets Chinese ambassador",
            "Belarusian President Alexander Lukashenko held talks in Minsk on building a new plant.",
            "2026-03-01T10:00:00Z");
    Story again = Story.of(a, TestRecords.match(a, a, MatchType.TRANSLATION, 0.8, "n-1"));
    Story existing = index.story("xinhua-en:1").orElseThrow();
    index.upsertStory(existing.mergedWith(again));
    index.upsertStory(existing.mergedWith(again));
    index.refresh();
    assertThat(index.storyCount()).isEqualTo(5);
    assertThat(index.story("xinhua-en:1").orElseThrow()).isEqualTo(existing);
  }

  @Test
  void shouldSupportPhraseBooleanAndFieldQueries() throws Exception {
    assertThat(ids("\"record harvest\"")).containsExactly("belta-en:2");
    assertThat(ids("\"harvest record\"")).isEmpty();
    assertThat(ids("Lukashenko AND NOT lang:ru"))
        .containsExactly("belta-be:1", "xinhua-en:1", "xinhua-zh:1");
    assertThat(ids("source:belta AND title:Lukashenko"))
        .containsExactly("belta-be:1", "belta-ru:1");
    assertThat(ids("type:verbatim")).containsExactly("belta-en:2");
    assertThat(ids("potato OR ambassador")).containsExactly("belta-en:2", "xinhua-en:1");
  }

  @Test
  void shouldFilterByPublishedAtWhenQueryHasDateRange() throws Exception {
    assertThat(ids("publishedAt:[2026-03-01 TO 2026-03-03]"))
        .containsExactly("belta-ru:1", "xinhua-en:1", "xinhua-zh:1");
    assertThat(ids("publishedAt:{2026-03-01 TO 2026-03-05}")).containsExactly("xinhua-zh:1");
    assertThat(ids("publishedAt:2026-03-07")).containsExactly("belta-en:2");
    assertThat(ids("Lukashenko AND publishedAt:[2026-03-04 TO *]")).containsExactly("belta-be:1");
    assertThat(ids("publishedAt:[2026-03-01T09:00:00Z TO 2026-03-01T11:00:00Z]"))
        .containsExactly("xinhua-en:1");
  }

  @Test
  void shouldCountFacetsOverAllMatchingStories() throws Exception {
    SearchPage page =
        index.search(new SearchRequest("Lukashenko", false, 0, 1, null, null, null, null));
    assertThat(page.total()).isEqualTo(4);
    assertThat(page.hits()).hasSize(1);
    assertThat(page.facets().get("source")).isEqualTo(Map.of("belta", 2L, "xinhua", 2L));
    assertThat(page.facets().get("lang")).containsEntry("zh", 1L).containsEntry("be", 1L);
    assertThat(page.facets().get("type")).isEqualTo(Map.of("translation", 3L, "rewrite", 1L));
    assertThat(page.facets().get("day")).containsEntry("2026-03-01", 2L);
  }

  @Test
  void shouldNarrowResultsWhenFacetFiltersAreGiven() throws Exception {
    SearchPage page =
        index.search(new SearchRequest("Lukashenko", false, 0, 10, "BelTA", null, null, null));
    assertThat(page.hits())
        .extracting(SearchHit::id)
        .containsExactlyInAnyOrder("belta-ru:1", "belta-be:1");
    page = index.search(new SearchRequest("", false, 0, 10, null, "zh", null, "2026-03-03"));
    assertThat(page.hits()).extracting(SearchHit::id).containsExactly("xinhua-zh:1");
  }

  @Test
  void shouldSortNewestFirstAndPageWhenSortIsTime() throws Exception {
    SearchPage first = index.search(new SearchRequest("", true, 0, 2, null, null, null, null));
    SearchPage second = index.search(new SearchRequest("", true, 1, 2, null, null, null, null));
    SearchPage third = index.search(new SearchRequest("", true, 2, 2, null, null, null, null));
    assertThat(first.total()).isEqualTo(5);
    assertThat(first.hits()).extracting(SearchHit::id).containsExactly("belta-en:2", "belta-be:1");
    assertThat(second.hits())
        .extracting(SearchHit::id)
        .containsExactly("xinhua-zh:1", "xinhua-en:1");
    assertThat(third.hits()).extracting(SearchHit::id).containsExactly("belta-ru:1");
  }

  @Test
  void shouldRankTheBetterMatchFirstWhenSortIsRelevance() throws Exception {
    add(
        "belta-en:3",
        "en",
        "Harvest harvest harvest",
        "Harvest news: the harvest is done.",
        "2026-03-08T12:00:00Z",
        MatchType.EXACT);
    index.refresh();
    SearchPage page = index.search(SearchRequest.of("harvest"));
    assertThat(page.hits()).extracting(SearchHit::id).containsExactly("belta-en:3", "belta-en:2");
    assertThat(page.hits().get(0).score()).isGreaterThan(page.hits().get(1).score());
  }

  @Test
  void shouldMarkMatchedWordsInPlainTextFragments() throws Exception {
    SearchHit hit =
        index.search(SearchRequest.of("Lukashenko")).hits().stream()
            .filter(h -> h.id().equals("belta-ru:1"))
            .findFirst()
            .orElseThrow();
    assertThat(hit.snippet())
        .filteredOn(SearchHit.Fragment::hit)
        .extracting(SearchHit.Fragment::text)
        .containsExactly("Лукашенко");
    String joined = hit.snippet().stream().map(SearchHit.Fragment::text).reduce("", String::concat);
    assertThat(joined).startsWith("Президент Беларуси").doesNotContain("<");
  }

  @Test
  void shouldReportMessageAndPositionWhenQueryIsMalformed() {
    assertThatThrownBy(() -> index.search(SearchRequest.of("Lukashenko AND (Minsk")))
        .isInstanceOf(BadQueryException.class)
        .satisfies(e -> assertThat(((BadQueryException) e).position()).isNotNull())
        .hasMessageContaining("Encountered");
    assertThatThrownBy(() -> index.search(SearchRequest.of("title:\"open phrase")))
        .isInstanceOf(BadQueryException.class)
        .satisfies(e -> assertThat(((BadQueryException) e).position()).isEqualTo(18));
    assertThatThrownBy(() -> index.search(SearchRequest.of("publishedAt:[yesterday TO today]")))
        .isInstanceOf(BadQueryException.class)
        .hasMessageContaining("publishedAt needs a date");
    assertThatThrownBy(() -> index.search(SearchRequest.of("author:smith")))
        .isInstanceOf(BadQueryException.class)
        .hasMessageContaining("unknown field 'author'");
  }

  @Test
  void shouldKeepCommitUserDataAcrossReopenWhenCommitted(@TempDir Path dir) throws IOException {
    try (var first = new StoryIndex(FSDirectory.open(dir))) {
      assertThat(first.committedUserData()).isEmpty();
      first.commit(Map.of("offset.narrative.matches.v1.0", "42"));
    }
    try (var reopened = new StoryIndex(FSDirectory.open(dir))) {
      assertThat(reopened.committedUserData()).containsEntry("offset.narrative.matches.v1.0", "42");
    }
  }

  @Test
  void shouldKeepMatchesNarrativesAndEchoCountsBesideStories() throws Exception {
    Article origin =
        TestRecords.article(
            "belta-ru:9", "ru", "Урожай", "Рекордный урожай.", "2026-03-02T08:00:00Z");
    Article echo =
        TestRecords.article(
            "xinhua-en:9", "en", "Harvest", "Record harvest.", "2026-03-02T12:00:00Z");
    var match = TestRecords.match(origin, echo, MatchType.TRANSLATION, 0.7, "n-9");
    index.upsertMatch(match);
    index.upsertMatch(match);
    index.upsertAlert(TestRecords.alert("n-9", 1, match));
    index.upsertAlert(TestRecords.alert("n-9", 2, match));
    index.refresh();
    assertThat(index.matchesOf("n-9"))
        .hasSize(1)
        .first()
        .satisfies(m -> assertThat(m.origin()).isNull());
    assertThat(index.alert("n-9").orElseThrow().version()).isEqualTo(2);
    assertThat(index.alertsNewestFirst(10)).extracting(a -> a.narrativeId()).containsExactly("n-9");
    assertThat(index.echoesPerDay(Instant.parse("2026-03-01T00:00:00Z")))
        .containsExactly(new EchoCount("2026-03-02", "belta->xinhua", 1));
    assertThat(index.echoesPerDay(Instant.parse("2026-03-03T00:00:00Z"))).isEmpty();
    assertThat(index.storyCount()).isEqualTo(5);
  }

  @Test
  void shouldRejectQueriesTooDeepOrTooLongForTheParserWhenHostile() {
    String deep = "(".repeat(100) + "minsk" + ")".repeat(100);
    assertThatThrownBy(() -> index.search(SearchRequest.of(deep)))
        .isInstanceOf(BadQueryException.class)
        .hasMessageContaining("nested deeper");
    assertThatThrownBy(() -> index.search(SearchRequest.of("minsk ".repeat(1000))))
        .isInstanceOf(BadQueryException.class)
        .hasMessageContaining("longer than");
    assertThatThrownBy(
            () -> new SearchRequest("minsk", true, Integer.MAX_VALUE, 100, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
