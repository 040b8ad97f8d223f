package org.echowatch.streams.bench;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.echowatch.common.Article;

/**
 * The baseline the detector is compared with: every new story becomes a MoreLikeThis query over a
 * Lucene index of the window's stories; the best other-agency hit whose score clears a threshold is
 * flagged. No tiers, no translation.
 */
final class LuceneMltBaseline implements AutoCloseable {

  /**
   * One flagged pair.
   *
   * @param a earlier story
   * @param b later story
   * @param score MoreLikeThis score
   */
  record Flag(String a, String b, float score) {}

  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final StandardAnalyzer analyzer = new StandardAnalyzer();
  private final IndexWriter writer;
  private final long windowMs;
  private final float threshold;

  LuceneMltBaseline(long windowMs, float threshold) throws IOException {
    this.writer = new IndexWriter(dir, new IndexWriterConfig(analyzer));
    this.windowMs = windowMs;
    this.threshold = threshold;
  }

  /** Queries the window for a story, then adds it. */
  List<Flag> process(Article story) throws IOException {
    List<Flag> flags = new ArrayList<>();
    long t = story.publishedAt().toEpochMilli();
    if (writer.getDocStats().numDocs > 0) {
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        var searcher = new IndexSearcher(reader);
        var mlt = new MoreLikeThis(reader);
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {"text"});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMaxQueryTerms(25);
        Query like = mlt.like("text", new StringReader(story.title() + "\n" + story.body()));
        Query query =
            new BooleanQuery.Builder()
                .add(like, BooleanClause.Occur.MUST)
                .add(
                    LongPoint.newRangeQuery("t", t - windowMs, t + windowMs),
                    BooleanClause.Occur.FILTER)
                .add(
                    new org.apache.lucene.search.TermQuery(new Term("source", story.source())),
                    BooleanClause.Occur.MUST_NOT)
                .build();
        for (ScoreDoc hit : searcher.search(query, 1).scoreDocs) {
          if (hit.score >= threshold) {
            flags.add(
                new Flag(
                    searcher.storedFields().document(hit.doc).get("id"), story.id(), hit.score));
          }
        }
      }
    }
    Document doc = new Document();
    doc.add(new StringField("id", story.id(), Field.Store.YES));
    doc.add(new StringField("source", story.source(), Field.Store.NO));
    doc.add(new LongPoint("t", t));
    doc.add(new StoredField("tv", t));
    doc.add(new TextField("text", story.title() + "\n" + story.body(), Field.Store.NO));
    writer.addDocument(doc);
    return flags;
  }

  @Override
  public void close() throws IOException {
    writer.close();
    dir.close();
  }
}
