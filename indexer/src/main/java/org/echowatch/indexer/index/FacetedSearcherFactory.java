package org.echowatch.indexer.index;

import static java.util.Collections.unmodifiableMap;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;

/**
 * Opens searchers that carry the facet ordinals of their reader, built at most once per refresh
 * rather than once per search, and only when a search first asks for them: the consumer's refresh,
 * which the live stream waits for, does not pay for them.
 */
final class FacetedSearcherFactory extends SearcherFactory {

  /** Filter combinations of the match-all query whose counts a searcher keeps. */
  static final int MAX_COUNTS = 256;

  private final FacetsConfig config;
  private final Executor slices;

  /** {@code slices} runs the segments of one search in parallel; null: on the caller's thread. */
  FacetedSearcherFactory(FacetsConfig config, Executor slices) {
    this.config = config;
    this.slices = slices;
  }

  @Override
  public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
    return new FacetedSearcher(reader, config, slices);
  }

  private static SortedSetDocValuesReaderState facetState(IndexReader reader, FacetsConfig config)
      throws IOException {
    FieldInfo facets =
        FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    // An index without stories yet has no facet field, and the state cannot be built over nothing.
    return facets == null ? null : new DefaultSortedSetDocValuesReaderState(reader, config);
  }

  /** A searcher that builds the facet state of its reader on first use and keeps it. */
  static final class FacetedSearcher extends IndexSearcher {
    private final FacetsConfig config;
    private final Map<Query, Counts> matchAllCounts = new ConcurrentHashMap<>();
    private SortedSetDocValuesReaderState facetState;
    private boolean built;

    FacetedSearcher(IndexReader reader, FacetsConfig config, Executor slices) {
      super(reader, slices);
      this.config = config;
    }

    /** The facet state of this searcher's reader, or null when the reader has no facets. */
    synchronized SortedSetDocValuesReaderState facetState() throws IOException {
      if (!built) {
        facetState = FacetedSearcherFactory.facetState(getIndexReader(), config);
        built = true;
      }
      return facetState;
    }

    /**
     * The counts of {@code query}, a match-all query with filters, computed by {@code count} on
     * first use and kept for the life of this searcher (its reader never changes). At most {@link
     * #MAX_COUNTS} filter combinations are kept; others are counted each time.
     */
    Counts matchAllCounts(Query query, CountWork count) throws IOException {
      Counts counts = matchAllCounts.get(query);
      if (counts == null) {
        // Two searches may count the same query at once; both get the same counts.
        counts = count.count();
        if (matchAllCounts.size() < MAX_COUNTS) {
          matchAllCounts.putIfAbsent(query, counts);
        }
      }
      return counts;
    }

    /** How many stories a query matches, and its facet counts (read-only). */
    record Counts(long total, Map<String, Map<String, Long>> facets) {
      Counts {
        Map<String, Map<String, Long>> copy = new LinkedHashMap<>();
        facets.forEach(
            (dim, values) -> copy.put(dim, unmodifiableMap(new LinkedHashMap<>(values))));
        facets = unmodifiableMap(copy);
      }
    }

    /** Counts a query's hits and facets. */
    interface CountWork {
      Counts count() throws IOException;
    }
  }
}
