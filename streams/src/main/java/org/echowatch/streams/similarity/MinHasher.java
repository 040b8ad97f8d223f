package org.echowatch.streams.similarity;

import java.util.Arrays;

/**
 * MinHash signatures by one-permutation hashing: every shingle is hashed once (with a fixed seed)
 * and falls into one of {@code k} bins, each bin keeps its minimum, and empty bins borrow from the
 * next full bin to the right (rotation densification). The share of equal positions of two
 * signatures estimates the Jaccard similarity of their shingle sets, at one hash per shingle
 * instead of k.
 */
public final class MinHasher {

  private static final int EMPTY = Integer.MAX_VALUE;

  private final int k;
  private final long seed;

  /**
   * @param k signature length (bins), at least 1
   * @param seed fixed seed, so that signatures are the same on every run and every instance
   */
  public MinHasher(int k, long seed) {
    if (k < 1) {
      throw new IllegalArgumentException("signature length must be >= 1, was " + k);
    }
    this.k = k;
    this.seed = seed;
  }

  /** The signature of a shingle set; all bins empty (and equal) for an empty set. */
  public int[] sign(long[] shingles) {
    int[] sig = new int[k];
    Arrays.fill(sig, EMPTY);
    for (long s : shingles) {
      long h = Hashing.mix(s ^ seed);
      int bin = (int) (((h >>> 32) * k) >>> 32);
      int value = (int) (h & 0x7FFFFFFFL);
      if (value < sig[bin]) {
        sig[bin] = value;
      }
    }
    densify(sig);
    return sig;
  }

  /** Share of equal positions: the Jaccard estimate. */
  public static double estimate(int[] a, int[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("signatures differ in length");
    }
    int equal = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        equal++;
      }
    }
    return (double) equal / a.length;
  }

  public int length() {
    return k;
  }

  private static void densify(int[] sig) {
    if (!hasEmptyBin(sig)) {
      return; // the usual case for a story: every bin got a shingle
    }
    int n = sig.length;
    int[] original = sig.clone();
    for (int i = 0; i < n; i++) {
      if (original[i] != EMPTY) {
        continue;
      }
      for (int step = 1; step < n; step++) {
        int j = (i + step) % n;
        if (original[j] != EMPTY) {
          // mixing in the distance keeps a borrowed value from equalling its donor bin
          sig[i] = (int) (Hashing.mix(original[j] + 31L * step) & 0x7FFFFFFFL);
          break;
        }
      }
    }
  }

  private static boolean hasEmptyBin(int[] sig) {
    for (int value : sig) {
      if (value == EMPTY) {
        return true;
      }
    }
    return false;
  }
}
