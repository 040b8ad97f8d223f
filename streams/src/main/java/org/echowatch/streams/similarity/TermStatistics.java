package org.echowatch.streams.similarity;

/** How informative a term is: its inverse document frequency in some collection. */
@FunctionalInterface
public interface TermStatistics {

  /** Every term weighs the same. */
  TermStatistics UNIFORM = term -> 1.0;

  /** Weight of a term, > 0. */
  double idf(String term);
}
