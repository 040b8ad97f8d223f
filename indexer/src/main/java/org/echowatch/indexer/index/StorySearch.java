package org.echowatch.indexer.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopScoreDocCollector;
import org.echowatch.indexer.index.FacetedSearcherFactory.FacetedSearcher;

/** One search over one searcher: query, filters, sort, page, facets and snippets. */
final class StorySearch {

  private static final int FACET_VALUES = 100;
  private static final Sort NEWEST_FIRST =
      new Sort(
          new SortField(StoryFields.PUBLISHED_AT, SortField.Type.LONG, true),
          SortField.FIELD_SCORE);

  private StorySearch() {}

  static SearchPage run(FacetedSearcher searcher, SearchRequest request, Analyzer analyzer)
      throws BadQueryException, IOException {
    return run(searcher, request, analyzer, true);
  }

  /**
   * As {@link #run(FacetedSearcher, SearchRequest, Analyzer)}; with {@code matchAllShortcut} false
   * a query that matches every story takes the general path, so tests can compare the two.
   */
  static SearchPage run(
      FacetedSearcher searcher, SearchRequest request, Analyzer analyzer, boolean matchAllShortcut)
      throws BadQueryException, IOException {
    Query user = StoryQueryParser.parse(request.query(), analyzer);
    Query query = filtered(user, request);
    int wanted = (request.page() + 1) * request.size();
    TopDocs top;
    long total;
    Map<String, Map<String, Long>> facets;
    if (matchAllShortcut && user instanceof MatchAllDocsQuery) {
      // Every hit scores the same: the page needs only the top hits, which a collector that may
      // skip non-competitive ones finds, and the counts of the searcher's view, kept with it.
      top =
          request.byTime()
              ? searcher.search(query, wanted, NEWEST_FIRST, true)
              : searcher.search(query, wanted);
      FacetedSearcher.Counts counts =
          searcher.matchAllCounts(
              query,
              () -> {
                FacetsCollector collector = searcher.search(query, new FacetsCollectorManager());
                return new FacetedSearcher.Counts(total(collector), facets(searcher, collector));
              });
      total = counts.total();
      facets = counts.facets();
    } else {
      // One pass collects the top hits and the facet hits, each slice of segments on its own
      // thread when the searcher has an executor.
      CollectorManager<?, ? extends TopDocs> topHits =
          request.byTime()
              ? TopFieldCollector.createSharedManager(NEWEST_FIRST, wanted, null, Integer.MAX_VALUE)
              : TopScoreDocCollector.createSharedManager(wanted, null, Integer.MAX_VALUE);
      Object[] results =
          searcher.search(query, new MultiCollectorManager(topHits, new FacetsCollectorManager()));
      top = (TopDocs) results[0];
      if (request.byTime()) {
        TopFieldCollector.populateScores(top.scoreDocs, searcher, query);
      }
      FacetsCollector facetsCollector = (FacetsCollector) results[1];
      total = total(facetsCollector);
      facets = facets(searcher, facetsCollector);
    }
    QueryTerms terms = QueryTerms.of(user);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>();
    ScoreDoc[] docs = top.scoreDocs;
    for (int i = request.page() * request.size(); i < docs.length; i++) {
      Story story = StoryDocuments.toStory(stored.document(docs[i].doc));
      hits.add(hit(story, docs[i].score, Snippets.of(story, terms, analyzer)));
    }
    return new SearchPage(total, request.page(), request.size(), hits, facets);
  }

  static Query filtered(Query user, SearchRequest request) {
    var all = new BooleanQuery.Builder();
    all.add(user, BooleanClause.Occur.MUST);
    all.add(
        new TermQuery(new Term(StoryFields.KIND, StoryFields.STORY)), BooleanClause.Occur.FILTER);
    filter(all, StoryFields.SOURCE, request.source());
    filter(all, StoryFields.LANG, request.lang());
    filter(all, StoryFields.TYPE, request.type());
    filter(all, StoryFields.DAY, request.day());
    return all.build();
  }

  private static void filter(BooleanQuery.Builder all, String field, String value) {
    if (value != null) {
      all.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
    }
  }

  private static long total(FacetsCollector collector) {
    long total = 0;
    for (FacetsCollector.MatchingDocs matching : collector.getMatchingDocs()) {
      total += matching.totalHits;
    }
    return total;
  }

  static SearchHit hit(Story story, float score, List<SearchHit.Fragment> snippet) {
    return new SearchHit(
        story.id(),
        story.source(),
        story.edition(),
        story.lang(),
        story.title(),
        story.url(),
        story.publishedAt(),
        story.narrativeId(),
        story.matchTypes(),
        Float.isNaN(score) ? 0f : score,
        snippet);
  }

  static Map<String, Map<String, Long>> facets(FacetedSearcher searcher, FacetsCollector collector)
      throws IOException {
    Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
    for (String dim : StoryFields.FACETS) {
      facets.put(dim, new LinkedHashMap<>());
    }
    SortedSetDocValuesReaderState state = searcher.facetState();
    if (state == null) {
      return facets;
    }
    var counts = new SortedSetDocValuesFacetCounts(state, collector);
    for (String dim : StoryFields.FACETS) {
      FacetResult result;
      try {
        result = counts.getTopChildren(FACET_VALUES, dim);
      } catch (IllegalArgumentException e) {
        // The dimension has never been indexed yet.
        continue;
      }
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          facets.get(dim).put(lv.label, lv.value.longValue());
        }
      }
    }
    return facets;
  }
}
