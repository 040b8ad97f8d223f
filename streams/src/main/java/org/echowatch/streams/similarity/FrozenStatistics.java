package org.echowatch.streams.similarity;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Term statistics that do not change while one story is scored against its candidates, with the
 * length of each term vector computed once: the new story's vector is compared with every
 * candidate, and its idf-weighted length would otherwise be summed again for each pair. Valid only
 * as long as the statistics behind it do not change; make one per scoring round.
 */
final class FrozenStatistics implements TermStatistics {

  private final TermStatistics stats;
  private final Map<TermVector, Double> norms = new IdentityHashMap<>();

  FrozenStatistics(TermStatistics stats) {
    this.stats = stats;
  }

  @Override
  public double idf(long termId) {
    return stats.idf(termId);
  }

  @Override
  public double norm(TermVector vector) {
    Double n = norms.get(vector);
    if (n == null) {
      n = stats.norm(vector);
      norms.put(vector, n);
    }
    return n;
  }
}
