package org.echowatch.streams.similarity;

/** How informative a term is: its inverse document frequency in some collection. */
@FunctionalInterface
public interface TermStatistics {

  /** Every term weighs the same. */
  TermStatistics UNIFORM = termId -> 1.0;

  /** Weight of a term given by its {@link TermVector#id}, > 0. */
  double idf(long termId);

  /** Weight of a term, > 0. */
  default double idf(String term) {
    return idf(TermVector.id(term));
  }

  /** Euclidean length of a term vector with every term weighted by its idf. */
  default double norm(TermVector vector) {
    double sum = 0;
    for (int i = 0; i < vector.size(); i++) {
      double w = vector.weight(i) * idf(vector.id(i));
      sum += w * w;
    }
    return Math.sqrt(sum);
  }
}
