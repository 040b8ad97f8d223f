package org.echowatch.streams.similarity;

import java.util.Set;
import java.util.function.ToDoubleFunction;

/** Weighted overlaps of two pivot sets. */
final class Overlap {

  private Overlap() {}

  /** Every element weighs 1. */
  static final ToDoubleFunction<String> UNIT = x -> 1.0;

  /**
   * Mean of the weighted Dice coefficient and the weighted overlap with the smaller set: a short
   * echo of a long story is still a full echo of what it repeats.
   */
  static double of(Set<String> a, Set<String> b, ToDoubleFunction<String> weight) {
    double wa = sum(a, weight);
    double wb = sum(b, weight);
    if (wa == 0 || wb == 0) {
      return 0;
    }
    return mean(shared(a, b, weight), wa, wb);
  }

  /** The mean of the Dice coefficient and the overlap with the smaller set, from their weights. */
  private static double mean(double shared, double wa, double wb) {
    double dice = 2 * shared / (wa + wb);
    double min = shared / Math.min(wa, wb);
    return 0.5 * dice + 0.5 * min;
  }

  /**
   * {@link #of} with every element weighing 1: the same value (sums of ones are exact), with each
   * set's weight its size instead of a sum over its elements.
   */
  static double ofCounts(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    return mean(shared(a, b, UNIT), a.size(), b.size());
  }

  static double shared(Set<String> a, Set<String> b, ToDoubleFunction<String> weight) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    double shared = 0;
    for (String s : small) {
      if (large.contains(s)) {
        shared += weight.applyAsDouble(s);
      }
    }
    return shared;
  }

  private static double sum(Set<String> s, ToDoubleFunction<String> weight) {
    double sum = 0;
    for (String x : s) {
      sum += weight.applyAsDouble(x);
    }
    return sum;
  }
}
