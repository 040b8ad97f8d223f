package org.echowatch.streams.similarity;

import java.util.List;

/**
 * Turns a token sequence into the set of hashed k-shingles (k consecutive tokens), sorted and
 * without duplicates. Chinese text arrives as character bigrams, so its shingles are character
 * n-grams.
 */
public final class Shingler {

  private final int size;

  /**
   * @param size tokens per shingle, at least 1
   */
  public Shingler(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("shingle size must be >= 1, was " + size);
    }
    this.size = size;
  }

  /**
   * Sorted distinct 64-bit hashes of the shingles; a short text gives one shingle of all it has.
   */
  public long[] shingles(List<String> tokens) {
    return shingles(tokenHashes(tokens));
  }

  /** {@link #shingles(List)} of the words of a text, from the hashes they were split with. */
  long[] shingles(WordSpans words) {
    long[] tokenHashes = new long[words.size()];
    for (int j = 0; j < tokenHashes.length; j++) {
      tokenHashes[j] = words.hash(j);
    }
    return shingles(tokenHashes);
  }

  /** {@link #shingles(List)} of tokens given by their {@link Hashing#fnv}. */
  private long[] shingles(long[] tokenHashes) {
    if (tokenHashes.length == 0) {
      return new long[0];
    }
    int count = Math.max(1, tokenHashes.length - size + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = i; j < Math.min(tokenHashes.length, i + size); j++) {
        h = Hashing.mix(h * 31 + tokenHashes[j]);
      }
      out[i] = h;
    }
    HashSort.sort(out);
    return Hashing.distinctSorted(out);
  }

  /** The hash of each token, computed once although a token stands in {@code size} shingles. */
  private static long[] tokenHashes(List<String> tokens) {
    long[] out = new long[tokens.size()];
    for (int j = 0; j < out.length; j++) {
      out[j] = Hashing.fnv(tokens.get(j));
    }
    return out;
  }
}
