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

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;

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
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
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
