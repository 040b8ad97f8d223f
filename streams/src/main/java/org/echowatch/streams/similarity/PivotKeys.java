package org.echowatch.streams.similarity;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys a story is filed under for candidate generation: its exact hash, LSH bands, dictionary
 * concepts, numbers, dates, name keys and its strongest terms. Stories that share no key are never
 * compared, which keeps candidate generation far from all-pairs.
 */
public final class PivotKeys {

  /** Bands and rows over the {@link PairScorer#SIGNATURE}-long signature (threshold about 0.5). */
  public static final int BANDS = 16;

  public static final int ROWS = 4;

  /** Strongest terms a story is filed under. */
  static final int TOP_TERMS = 8;

  private static final LshBands LSH = new LshBands(BANDS, ROWS);

  private PivotKeys() {}

  /** Every pivot key of a profile, each prefixed by its kind ({@code x l c v d k t}). */
  public static List<String> of(TextProfile p) {
    List<String> keys = new ArrayList<>();
    keys.add("x:" + p.exactHash());
    for (String band : LSH.keys(p.signature())) {
      keys.add("l:" + band);
    }
    p.concepts().forEach(c -> keys.add("c:" + c));
    p.numbers().forEach(n -> keys.add("v:" + n));
    p.dates().forEach(d -> keys.add("d:" + d));
    p.names().forEach(n -> keys.add("k:" + n));
    for (String term : p.strongTerms()) {
      keys.add("t:" + p.lang() + ":" + term);
    }
    return keys;
  }

  /**
   * The {@code k} heaviest terms, heaviest first; among equals the longer, then the smaller in
   * string order. A partial selection: the vector has hundreds of terms and only a few are kept.
   *
   * @param terms the distinct terms
   * @param weights the weight of each term, in the same order
   * @param k how many to keep, at least 1
   */
  static List<String> strongestTerms(TermTally terms, double[] weights, int k) {
    int[] best = new int[k + 1];
    int kept = 0;
    for (int i = 0; i < terms.size(); i++) {
      if (kept == k && stronger(terms, weights, i, best[k - 1]) >= 0) {
        continue;
      }
      int at = kept;
      while (at > 0 && stronger(terms, weights, i, best[at - 1]) < 0) {
        at--;
      }
      System.arraycopy(best, at, best, at + 1, kept - at);
      best[at] = i;
      kept = Math.min(kept + 1, k);
    }
    List<String> out = new ArrayList<>(kept);
    for (int j = 0; j < kept; j++) {
      out.add(terms.term(best[j]));
    }
    return out;
  }

  /**
   * Orders terms {@code i} and {@code j} strongest first: weight, then length, then string order.
   */
  private static int stronger(TermTally terms, double[] weights, int i, int j) {
    int c = Double.compare(weights[j], weights[i]);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(terms.length(j), terms.length(i));
    return c != 0 ? c : terms.compareTerms(i, j);
  }

  /** How much sharing a key of this kind says about two stories. */
  static double weight(String key, ConceptDictionary dictionary) {
    return switch (key.charAt(0)) {
      case 'x' -> 20.0;
      case 'l' -> 3.0;
      case 'c' -> dictionary.weight(key.substring(2));
      case 'v' -> 2.0;
      case 'k' -> 1.5;
      case 'd' -> 0.5;
      default -> 1.0;
    };
  }
}
