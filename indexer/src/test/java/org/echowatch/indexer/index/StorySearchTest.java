package org.echowatch.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.echowatch.common.Article;
import org.echowatch.common.MatchType;
import org.echowatch.indexer.index.FacetedSearcherFactory.FacetedSearcher;
import org.echowatch.indexer.testing.TestRecords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The faster search paths (counts of the match-all query kept per searcher, top hits and facets in
 * one pass, segments searched in parallel) return exactly the page of a plain single-threaded
 * search: same total, hits in the same order with the same scores, same facets.
 */
class StorySearchTest {

  private static final String[] WORDS = {
    "Lukashenko",
    "Minsk",
    "harvest",
    "trade",
    "Beijing",
    "tourism",
    "airline",
    "park",
    "industrial",
  };
  private static final String[] LANGS = {"en", "ru", "zh", "be"};
  private static final MatchType[] TYPES = {
    MatchType.TRANSLATION, MatchType.REWRITE, MatchType.VERBATIM, MatchType.EXACT
  };
  private static final List<String> QUERIES =
      List.of(
          "",
          "*",
          "Lukashenko",
          "Lukashenko AND Minsk",
          "harvest OR trade",
          "\"industrial park\"",
          "tourism NOT title:airline",
          "title:Beijing",
          "type:translation AND trade");

  private static Directory directory;
  private static DirectoryReader reader;
  private static Analyzer analyzer;
  private static FacetsConfig config;
  private static ExecutorService slices;

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    analyzer = LanguageAnalysis.perField();
    config = StoryFields.facetsConfig();
    // Many small segments, so that a search spans several slices; many stories per second, so
    // that the newest-first sort has ties to break.
    var writerConfig =
        new IndexWriterConfig(analyzer)
            .setMaxBufferedDocs(97)
            .setMergePolicy(NoMergePolicy.INSTANCE);
    var random = new Random(5);
    try (var writer = new IndexWriter(directory, writerConfig)) {
      for (int i = 0; i < 3_000; i++) {
        String lang = LANGS[random.nextInt(LANGS.length)];
        String id = (random.nextBoolean() ? "belta-" : "xinhua-") + lang + ":" + i;
        String at =
            Instant.parse("2026-03-01T00:00:00Z")
                .plusSeconds(random.nextInt(600) * 600L)
                .toString();
        Article a = TestRecords.article(id, lang, words(random, 4), words(random, 30), at);
        MatchType type = TYPES[random.nextInt(TYPES.length)];
        writer.addDocument(
            config.build(
                StoryDocuments.story(Story.of(a, TestRecords.match(a, a, type, 0.8, "n")))));
      }
    }
    reader = DirectoryReader.open(directory);
    slices = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void close() throws IOException {
    slices.shutdown();
    reader.close();
    directory.close();
  }

  private static String words(Random random, int n) {
    var text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(i % 7 == 6 ? ". " : " ");
    }
    return text.toString().strip();
  }

  private static List<SearchRequest> requests() {
    List<SearchRequest> requests = new ArrayList<>();
    for (String q : QUERIES) {
      for (boolean byTime : new boolean[] {false, true}) {
        requests.add(new SearchRequest(q, byTime, 0, 20, null, null, null, null));
        requests.add(new SearchRequest(q, byTime, 3, 25, null, null, null, null));
        requests.add(new SearchRequest(q, byTime, 0, 10, "belta", "en", null, null));
        requests.add(new SearchRequest(q, byTime, 1, 10, null, null, "rewrite", "2026-03-02"));
      }
    }
    return requests;
  }

  @Test
  void shouldReturnThePageOfAPlainSearchOnEveryPath() throws Exception {
    assertThat(reader.leaves()).hasSizeGreaterThan(10);
    var sequential = new FacetedSearcher(reader, config, null);
    var parallel = new FacetedSearcher(reader, config, slices);
    assertThat(parallel.getSlices()).hasSizeGreaterThan(1);
    int empty = 0;
    for (SearchRequest request : requests()) {
      SearchPage expected = plain(sequential, request);
      empty += expected.hits().isEmpty() ? 1 : 0;
      for (FacetedSearcher searcher : List.of(sequential, parallel)) {
        // Twice: the second match-all search reads the counts the first one kept.
        for (int i = 0; i < 2; i++) {
          assertThat(StorySearch.run(searcher, request, analyzer))
              .as("%s, executor %s", request, searcher.getExecutor())
              .isEqualTo(expected);
        }
        assertThat(StorySearch.run(searcher, request, analyzer, false))
            .as("%s without the match-all shortcut", request)
            .isEqualTo(expected);
      }
    }
    // Only a match type filter that contradicts the query's leaves a page empty.
    assertThat(empty).isLessThanOrEqualTo(2);
  }

  @Test
  void shouldCountNewStoriesWhenTheSearcherIsNew() throws Exception {
    var request = new SearchRequest("", true, 0, 5, null, null, null, null);
    var before = new FacetedSearcher(reader, config, null);
    long total = StorySearch.run(before, request, analyzer).total();
    Directory copy = new ByteBuffersDirectory();
    for (String file : directory.listAll()) {
      copy.copyFrom(directory, file, file, org.apache.lucene.store.IOContext.DEFAULT);
    }
    try (var writer = new IndexWriter(copy, new IndexWriterConfig(analyzer))) {
      Article a =
          TestRecords.article("belta-en:new", "en", "Minsk", "Minsk", "2026-04-01T00:00:00Z");
      writer.addDocument(
          config.build(
              StoryDocuments.story(
                  Story.of(a, TestRecords.match(a, a, MatchType.EXACT, 0.8, "n")))));
    }
    try (var newer = DirectoryReader.open(copy)) {
      SearchPage after =
          StorySearch.run(new FacetedSearcher(newer, config, null), request, analyzer);
      assertThat(after.total()).isEqualTo(total + 1);
      assertThat(after.hits().get(0).id()).isEqualTo("belta-en:new");
      assertThat(after.facets().get("day")).containsEntry("2026-04-01", 1L);
    }
    copy.close();
  }

  /**
   * The search as it was before the faster paths: one sequential pass with a FacetsCollector that
   * finds the top hits and the facet hits; same query, hits and facet labels as StorySearch.
   */
  private static SearchPage plain(FacetedSearcher searcher, SearchRequest request)
      throws Exception {
    Query user = StoryQueryParser.parse(request.query(), analyzer);
    Query query = StorySearch.filtered(user, request);
    int wanted = (request.page() + 1) * request.size();
    var collector = new FacetsCollector();
    var plainSearcher = new org.apache.lucene.search.IndexSearcher(searcher.getIndexReader());
    Sort newestFirst =
        new Sort(
            new SortField(StoryFields.PUBLISHED_AT, SortField.Type.LONG, true),
            SortField.FIELD_SCORE);
    TopDocs top =
        request.byTime()
            ? FacetsCollector.search(plainSearcher, query, wanted, newestFirst, true, collector)
            : FacetsCollector.search(plainSearcher, query, wanted, collector);
    long total = 0;
    for (FacetsCollector.MatchingDocs m : collector.getMatchingDocs()) {
      total += m.totalHits;
    }
    QueryTerms terms = QueryTerms.of(user);
    var stored = plainSearcher.storedFields();
    List<SearchHit> hits = new ArrayList<>();
    ScoreDoc[] docs = top.scoreDocs;
    for (int i = request.page() * request.size(); i < docs.length; i++) {
      Story story = StoryDocuments.toStory(stored.document(docs[i].doc));
      hits.add(StorySearch.hit(story, docs[i].score, Snippets.of(story, terms, analyzer)));
    }
    Map<String, Map<String, Long>> facets = StorySearch.facets(searcher, collector);
    return new SearchPage(total, request.page(), request.size(), hits, facets);
  }
}
