package org.echowatch.streams.similarity;

import java.util.Map;
import org.echowatch.common.MatchType;

/**
 * How alike two texts are.
 *
 * @param score similarity in [0,1] (1 = same story); continuous also below the thresholds
 * @param type the tier that fires, or null when none does
 * @param features the feature scores behind {@code score}, by name
 */
public record PairScore(double score, MatchType type, Map<String, Double> features) {

  public PairScore {
    features = Map.copyOf(features);
  }

  /** Whether some tier flags the pair. */
  public boolean flagged() {
    return type != null;
  }
}
