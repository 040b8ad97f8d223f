package org.echowatch.streams.similarity;

/** Exact set overlaps of sorted distinct hash arrays. */
public final class Jaccard {

  private Jaccard() {}

  /** |a ∩ b| / |a ∪ b|; 0 when both are empty. */
  public static double of(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 0.0;
    }
    int common = intersection(a, b);
    return (double) common / (a.length + b.length - common);
  }

  /** |a ∩ b| / min(|a|, |b|): how much of the shorter text the longer one contains. */
  public static double containment(long[] a, long[] b) {
    int min = Math.min(a.length, b.length);
    return min == 0 ? 0.0 : (double) intersection(a, b) / min;
  }

  /**
   * Size of the intersection of two sorted distinct arrays. The merge steps without branching on
   * which side is smaller: for hashes that order is a coin toss, which the processor would
   * mispredict half the time.
   */
  public static int intersection(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      long x = a[i];
      long y = b[j];
      common += x == y ? 1 : 0;
      i += x <= y ? 1 : 0;
      j += x >= y ? 1 : 0;
    }
    return common;
  }
}
