package org.echowatch.indexer.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * Finds the live document of an update key with one terms-dictionary seek per segment, newest
 * segment first: no query, weight or collector, which the consumer would otherwise build for every
 * story it merges.
 */
final class UidLookup {

  /** What {@link #find} returns when no live document has the key. */
  static final int NONE = -1;

  private UidLookup() {}

  /** The top-level doc id of the live document with {@code uid}, or {@link #NONE}. */
  static int find(IndexReader reader, Term uid) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    for (int i = leaves.size() - 1; i >= 0; i--) {
      LeafReaderContext leaf = leaves.get(i);
      int doc = findInLeaf(leaf, uid);
      if (doc != NONE) {
        return leaf.docBase + doc;
      }
    }
    return NONE;
  }

  private static int findInLeaf(LeafReaderContext leaf, Term uid) throws IOException {
    Terms terms = leaf.reader().terms(uid.field());
    if (terms == null) {
      return NONE;
    }
    TermsEnum te = terms.iterator();
    if (!te.seekExact(uid.bytes())) {
      return NONE;
    }
    Bits live = leaf.reader().getLiveDocs();
    PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
    for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
      if (live == null || live.get(d)) {
        return d;
      }
    }
    return NONE;
  }
}
