package org.echowatch.streams.similarity;

/**
 * Document frequencies of terms over a changing collection (the stories of the window, or the texts
 * of a pairs file), as inverse document frequencies. Not thread-safe; one per detector.
 */
public final class DocumentFrequencies implements TermStatistics {

  /** Logarithms of small counts are looked up, not computed: most terms are rare. */
  private static final double[] LOG = new double[4096];

  static {
    for (int i = 1; i < LOG.length; i++) {
      LOG[i] = Math.log(i);
    }
  }

  private final TermCounts df = new TermCounts();
  private int documents;
  private double logDocuments = Math.log(10.0);

  /** Counts one document with the terms of this vector. */
  public void add(TermVector terms) {
    setDocuments(documents + 1);
    for (int i = 0; i < terms.size(); i++) {
      df.increment(terms.id(i));
    }
  }

  /** Forgets one document counted before with the terms of this vector. */
  public void remove(TermVector terms) {
    setDocuments(Math.max(0, documents - 1));
    for (int i = 0; i < terms.size(); i++) {
      df.decrement(terms.id(i));
    }
  }

  /** Documents counted. */
  public int documents() {
    return documents;
  }

  @Override
  public double idf(long termId) {
    // smoothed so that an empty or tiny collection gives nearly uniform weights:
    // log((documents + 10) / (df + 1)); an unknown term counts 0
    return logDocuments - log(df.get(termId) + 1);
  }

  private void setDocuments(int n) {
    documents = n;
    logDocuments = Math.log(n + 10.0);
  }

  private static double log(int n) {
    return n < LOG.length ? LOG[n] : Math.log(n);
  }
}
