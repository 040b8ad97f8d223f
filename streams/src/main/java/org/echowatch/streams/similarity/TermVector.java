package org.echowatch.streams.similarity;

import java.util.Arrays;
import java.util.Map;

/**
 * A text's term weights keyed by 64-bit term ids, sorted by id, so that two vectors meet in one
 * merge pass and the window's statistics are looked up without boxing. Ids are a mixed 64-bit hash
 * of the term: two terms share one only by a hash collision, which at the window's vocabulary
 * (millions of terms) is about one chance in a million million.
 */
public final class TermVector {

  private final long[] ids;
  private final double[] weights;

  private TermVector(long[] ids, double[] weights) {
    this.ids = ids;
    this.weights = weights;
  }

  /** The id of a term. */
  public static long id(String term) {
    return Hashing.mix(Hashing.fnv(term));
  }

  /** The vector of a term-to-weight map; weights of colliding ids are added. */
  public static TermVector of(Map<String, Double> terms) {
    long[] keys = new long[terms.size()];
    double[] values = new double[terms.size()];
    int n = 0;
    for (var e : terms.entrySet()) {
      keys[n] = id(e.getKey());
      values[n] = e.getValue();
      n++;
    }
    return ofIds(keys, values);
  }

  /**
   * The vector of ids and their weights, given in any order; weights of equal ids are added in the
   * order they come.
   */
  static TermVector ofIds(long[] keys, double[] values) {
    TermVector v = ofIdsDistinctInHighBits(keys, values);
    if (v != null) {
      return v;
    }
    long[] ids = keys.clone();
    Arrays.sort(ids);
    ids = Hashing.distinctSorted(ids);
    return new TermVector(ids, weightsById(ids, keys, values));
  }

  /**
   * The vector of ids and their weights, given in any order, when no two ids share their high bits
   * (all but the {@value #POSITION_BITS} lowest): then no two are equal and the order they come in
   * does not matter. Null when two do share them.
   */
  static TermVector ofIdsDistinctInHighBits(long[] keys, double[] values) {
    long[] ranked = idsWithPositions(keys);
    if (ranked != null) {
      ranked = HashSort.sorted(ranked);
      if (highBitsDistinct(ranked)) {
        return inRankOrder(ranked, keys, values);
      }
    }
    return null;
  }

  /** Low bits of an id that {@link #idsWithPositions} gives over to the id's position. */
  private static final int POSITION_BITS = 16;

  private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

  /**
   * Each id with its low bits replaced by its position, so that one sort of primitives orders the
   * ids and tells where each came from; null when there are too many ids for the position bits.
   */
  private static long[] idsWithPositions(long[] keys) {
    if (keys.length > POSITION_MASK + 1) {
      return null;
    }
    long[] out = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      out[i] = (keys[i] & ~POSITION_MASK) | i;
    }
    return out;
  }

  /**
   * Whether sorted {@link #idsWithPositions} differ in their high bits: then their order is that of
   * the whole ids, and no two ids are equal.
   */
  private static boolean highBitsDistinct(long[] ranked) {
    for (int k = 1; k < ranked.length; k++) {
      if ((ranked[k] & ~POSITION_MASK) == (ranked[k - 1] & ~POSITION_MASK)) {
        return false;
      }
    }
    return true;
  }

  private static TermVector inRankOrder(long[] ranked, long[] keys, double[] values) {
    long[] ids = new long[ranked.length];
    double[] weights = new double[ranked.length];
    for (int k = 0; k < ranked.length; k++) {
      int i = (int) (ranked[k] & POSITION_MASK);
      ids[k] = keys[i];
      weights[k] = values[i];
    }
    return new TermVector(ids, weights);
  }

  /**
   * The weight of each id: the value of the one term with that id, or the sum of the values of
   * colliding terms, added in the order the terms come.
   */
  private static double[] weightsById(long[] ids, long[] keys, double[] values) {
    double[] weights = new double[ids.length];
    boolean[] seen = new boolean[ids.length];
    for (int i = 0; i < keys.length; i++) {
      int at = Arrays.binarySearch(ids, keys[i]);
      weights[at] = seen[at] ? weights[at] + values[i] : values[i];
      seen[at] = true;
    }
    return weights;
  }

  /**
   * A vector over the given arrays (not copied), ids strictly ascending, as {@link #id(int)} and
   * {@link #weight(int)} give them back.
   *
   * @throws IllegalArgumentException when the ids are not strictly ascending
   */
  static TermVector ofSorted(long[] ids, double[] weights) {
    if (ids.length != weights.length) {
      throw new IllegalArgumentException(ids.length + " ids but " + weights.length + " weights");
    }
    for (int i = 1; i < ids.length; i++) {
      if (ids[i] <= ids[i - 1]) {
        throw new IllegalArgumentException("term ids not strictly ascending at " + i);
      }
    }
    return new TermVector(ids, weights);
  }

  /** Number of distinct term ids. */
  public int size() {
    return ids.length;
  }

  /** The {@code i}-th id, ascending. */
  public long id(int i) {
    return ids[i];
  }

  /** The weight of the {@code i}-th id. */
  public double weight(int i) {
    return weights[i];
  }

  /** The weight of a term, 0 when the text does not have it. */
  public double weightOf(String term) {
    int at = indexOf(id(term), 0);
    return at < 0 ? 0 : weights[at];
  }

  /**
   * Where an id is, searching from position {@code from} on (ids before it are smaller): its
   * position, or {@code -(insertion point) - 1} when the vector does not have it, as {@link
   * Arrays#binarySearch(long[], int, int, long)} answers.
   */
  int indexOf(long id, int from) {
    return Arrays.binarySearch(ids, from, ids.length, id);
  }

  /**
   * Cosine of two vectors with every term weighted by its idf.
   *
   * @param a one vector
   * @param b the other
   * @param stats idf per term id, and the weighted length of a vector
   */
  public static double cosine(TermVector a, TermVector b, TermStatistics stats) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < a.ids.length && j < b.ids.length) {
      long x = a.ids[i];
      long y = b.ids[j];
      if (x < y) {
        i++;
      } else if (x > y) {
        j++;
      } else {
        double idf = stats.idf(x);
        dot += a.weights[i] * b.weights[j] * idf * idf;
        i++;
        j++;
      }
    }
    if (dot == 0) {
      return 0;
    }
    return Math.min(1.0, dot / (stats.norm(a) * stats.norm(b)));
  }
}
