package org.echowatch.streams.similarity;

/**
 * Term weights that are a collection's idf squared, the cosine's weighting (see {@link
 * PairScorer}). A class of its own, not a lambda, so that its vector length is summed in a loop
 * that calls only these statistics: the shared default {@link TermStatistics#norm} sees every kind
 * of statistics and its calls stay virtual.
 */
final class SquaredIdf implements TermStatistics {

  private final TermStatistics base;

  SquaredIdf(TermStatistics base) {
    this.base = base;
  }

  @Override
  public double idf(long termId) {
    double idf = base.idf(termId);
    return idf * idf;
  }

  @Override
  public double norm(TermVector vector) {
    double sum = 0;
    for (int i = 0; i < vector.size(); i++) {
      double w = vector.weight(i) * idf(vector.id(i));
      sum += w * w;
    }
    return Math.sqrt(sum);
  }
}
