package org.echowatch.indexer.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
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
    Query user = StoryQueryParser.parse(request.query(), analyzer);
    Query query = filtered(user, request);
    int wanted = (request.page() + 1) * request.size();
    var facetsCollector = new FacetsCollector();
    TopDocs top =
        request.byTime()
            ? FacetsCollector.search(searcher, query, wanted, NEWEST_FIRST, true, facetsCollector)
            : FacetsCollector.search(searcher, query, wanted, facetsCollector);
    long total = total(top, facetsCollector);
    QueryTerms terms = QueryTerms.of(user);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>();
    ScoreDoc[] docs = top.scoreDocs;
    for (int i = request.page() * request.size(); i < docs.length; i++) {
      Story story = StoryDocuments.toStory(stored.document(docs[i].doc));
      hits.add(hit(story, docs[i].score, Snippets.of(story, terms, analyzer)));
    }
    return new SearchPage(
        total, request.page(), request.size(), hits, facets(searcher, facetsCollector));
  }

  private static Query filtered(Query user, SearchRequest request) {
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

  private static long total(TopDocs top, FacetsCollector collector) {
    if (top.totalHits.relation == TotalHits.Relation.EQUAL_TO) {
      return top.totalHits.value;
    }
    long total = 0;
    for (FacetsCollector.MatchingDocs matching : collector.getMatchingDocs()) {
      total += matching.totalHits;
    }
    return total;
  }

  private static SearchHit hit(Story story, float score, List<SearchHit.Fragment> snippet) {
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

  private static Map<String, Map<String, Long>> facets(
      FacetedSearcher searcher, FacetsCollector collector) throws IOException {
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
