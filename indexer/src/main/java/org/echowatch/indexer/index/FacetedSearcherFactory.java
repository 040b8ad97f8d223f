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
 * Opens searchers that carry the facet ordinals of their reader, built once per refresh rather than
 * once per search.
 */
final class FacetedSearcherFactory extends SearcherFactory {

  private final FacetsConfig config;

  FacetedSearcherFactory(FacetsConfig config) {
    this.config = config;
  }

  @Override
  public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
    return new FacetedSearcher(reader, facetState(reader));
  }

  private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    FieldInfo facets =
        FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    // An index without stories yet has no facet field, and the state cannot be built over nothing.
    return facets == null ? null : new DefaultSortedSetDocValuesReaderState(reader, config);
  }

  /** A searcher with the facet state of its reader, or null when the reader has no facets. */
  static final class FacetedSearcher extends IndexSearcher {
    private final SortedSetDocValuesReaderState facetState;

    FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) {
      super(reader);
      this.facetState = facetState;
    }

    SortedSetDocValuesReaderState facetState() {
      return facetState;
    }
  }
}
