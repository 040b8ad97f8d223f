package org.echowatch.streams.similarity;

/** Exact set overlaps of sorted distinct hash arrays. */
public final class Jaccard {

  /** Steps of the merge between two looks at the bounds in {@link #reaches}. */
  private static final int REACH_STRETCH = 32;

  private Jaccard() {}

  /** |a ∩ b| / |a ∪ b|; 0 when both are empty. */
  public static double of(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 0.0;
    }
    return valueOf(intersection(a, b), a.length, b.length);
  }

  /**
   * Whether {@link #of of(a, b)} {@code >= threshold}, the same answer, but the merge stops as soon
   * as the shared values counted so far reach it, or all that are left to merge could no longer
   * lift it there. Two unrelated texts share few shingles: at the verbatim threshold of 0.65 the
   * merge of two such sets of one size stops about a fifth of the way through them. (The Jaccard of
   * a count, {@code c / (|a| + |b| - c)}, grows with it also in floating point, so a bound on the
   * count bounds the value as computed.)
   */
  public static boolean reaches(long[] a, long[] b, double threshold) {
    if (a.length == 0 && b.length == 0) {
      return 0.0 >= threshold;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      // a stretch of the merge, as in intersection, then one look at the bounds
      int stretchEnd = Math.min(i + REACH_STRETCH, a.length);
      while (i < stretchEnd && j < b.length) {
        long x = a[i];
        long y = b[j];
        common += x == y ? 1 : 0;
        i += x <= y ? 1 : 0;
        j += x >= y ? 1 : 0;
      }
      if (valueOf(common, a.length, b.length) >= threshold) {
        return true;
      }
      int most = common + Math.min(a.length - i, b.length - j);
      if (valueOf(most, a.length, b.length) < threshold) {
        return false;
      }
    }
    return valueOf(common, a.length, b.length) >= threshold;
  }

  private static double valueOf(int common, int sizeA, int sizeB) {
    return (double) common / (sizeA + sizeB - common);
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
