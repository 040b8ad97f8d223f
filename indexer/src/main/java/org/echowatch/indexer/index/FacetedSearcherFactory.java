package org.echowatch.indexer.index;

import java.io.IOException;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Opens searchers that carry the facet ordinals of their reader, built at most once per refresh
 * rather than once per search, and only when a search first asks for them: the consumer's refresh,
 * which the live stream waits for, does not pay for them.
 */
final class FacetedSearcherFactory extends SearcherFactory {

  private final FacetsConfig config;

  FacetedSearcherFactory(FacetsConfig config) {
    this.config = config;
  }

  @Override
  public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
    return new FacetedSearcher(reader, config);
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
    private SortedSetDocValuesReaderState facetState;
    private boolean built;

    FacetedSearcher(IndexReader reader, FacetsConfig config) {
      super(reader);
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
  }
}
