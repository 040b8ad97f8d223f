package org.echowatch.streams.similarity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
   */
  static List<String> strongestTerms(Map<String, Double> terms, int k) {
    List<Map.Entry<String, Double>> best = new ArrayList<>(k + 1);
    for (var e : terms.entrySet()) {
      if (best.size() == k && STRONGER.compare(e, best.get(k - 1)) >= 0) {
        continue;
      }
      int at = best.size();
      while (at > 0 && STRONGER.compare(e, best.get(at - 1)) < 0) {
        at--;
      }
      best.add(at, e);
      if (best.size() > k) {
        best.remove(k);
      }
    }
    List<String> out = new ArrayList<>(best.size());
    best.forEach(e -> out.add(e.getKey()));
    return out;
  }

  /** Orders terms strongest first: weight, then length, then string order. */
  private static final Comparator<Map.Entry<String, Double>> STRONGER =
      (a, b) -> {
        int c = Double.compare(b.getValue(), a.getValue());
        if (c != 0) {
          return c;
        }
        c = Integer.compare(b.getKey().length(), a.getKey().length());
        return c != 0 ? c : a.getKey().compareTo(b.getKey());
      };

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
