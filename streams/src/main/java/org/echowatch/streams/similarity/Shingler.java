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
    long[] tokenHashes = tokenHashes(tokens);
    return shingles(tokenHashes, tokenHashes.length);
  }

  /**
   * {@link #shingles(List)} of the words of a text, from the hashes they were split with (read
   * where they are kept, not copied).
   */
  long[] shingles(WordSpans words) {
    return shingles(words.hashes(), words.size());
  }

  /** {@link #shingles(List)} of the first {@code n} tokens, given by their {@link Hashing#fnv}. */
  private long[] shingles(long[] tokenHashes, int n) {
    if (n == 0) {
      return new long[0];
    }
    int count = Math.max(1, n - size + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = i; j < Math.min(n, i + size); j++) {
        h = Hashing.mix(h * 31 + tokenHashes[j]);
      }
      out[i] = h;
    }
    return Hashing.distinctSorted(HashSort.sorted(out));
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
