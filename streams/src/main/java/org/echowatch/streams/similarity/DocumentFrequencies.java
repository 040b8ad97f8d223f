package org.echowatch.streams.similarity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies of terms over a changing collection (the stories of the window, or the texts
 * of a pairs file), as inverse document frequencies. Not thread-safe; one per detector.
 */
public final class DocumentFrequencies implements TermStatistics {

  private final Map<String, Integer> df = new HashMap<>();
  private int documents;

  /** Counts one document with these distinct terms. */
  public void add(Collection<String> distinctTerms) {
    documents++;
    for (String t : distinctTerms) {
      df.merge(t, 1, Integer::sum);
    }
  }

  /** Forgets one document counted before with these distinct terms. */
  public void remove(Collection<String> distinctTerms) {
    documents = Math.max(0, documents - 1);
    for (String t : distinctTerms) {
      df.computeIfPresent(t, (k, v) -> v <= 1 ? null : v - 1);
    }
  }

  /** Documents counted. */
  public int documents() {
    return documents;
  }

  @Override
  public double idf(String term) {
    // smoothed so that an empty or tiny collection gives nearly uniform weights
    return Math.log((documents + 10.0) / (df.getOrDefault(term, 0) + 1.0));
  }
}
