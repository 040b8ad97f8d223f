package org.echowatch.streams.similarity;

import java.util.Arrays;

/** Small deterministic hash helpers (no seeds from the clock). */
final class Hashing {

  private Hashing() {}

  /** The SplitMix64 finaliser: spreads every input bit over the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The FNV-1a state before any code unit: {@link #fnv} of the empty string. */
  static final long FNV_OFFSET = 0xcbf29ce484222325L;

  private static final long FNV_PRIME = 0x100000001b3L;

  /** 64-bit FNV-1a of the UTF-16 code units. */
  static long fnv(CharSequence s) {
    return fnvOn(FNV_OFFSET, s);
  }

  /** {@link #fnv} of {@code prefix + s}, without joining the two. */
  static long fnv(CharSequence prefix, CharSequence s) {
    return fnvOn(fnvOn(FNV_OFFSET, prefix), s);
  }

  /** FNV-1a state {@code h} carried on over the code units of {@code s}. */
  private static long fnvOn(long h, CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      h = fnvStep(h, s.charAt(i));
    }
    return h;
  }

  /**
   * FNV-1a state {@code h} carried on over one code unit: {@link #fnv} of a string is this step
   * from {@link #FNV_OFFSET} over each of its units, so a string's hash can be taken while its
   * characters are read from somewhere else.
   */
  static long fnvStep(long h, char unit) {
    return (h ^ unit) * FNV_PRIME;
  }

  static long[] distinctSorted(long[] sorted) {
    if (sorted.length < 2) {
      return sorted;
    }
    int w = 1;
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] != sorted[w - 1]) {
        sorted[w++] = sorted[i];
      }
    }
    return w == sorted.length ? sorted : Arrays.copyOf(sorted, w);
  }
}
