package org.echowatch.streams.similarity;

import java.util.Arrays;
import java.util.List;

/**
 * The pivot keys a story is filed under, as the index and the candidate finder use them: each key's
 * 64-bit id ({@link WindowPivotIndex#keyId}) and the weight a shared key adds to a candidate's
 * votes ({@link PivotKeys#weight}). Derived once, where the story is profiled, so that detection
 * hashes no key string and looks up no weight.
 *
 * @param ids key ids, one per key, in the order of {@link PivotKeys#of}
 * @param weights each key's weight, same order
 */
public record FiledKeys(long[] ids, double[] weights) {

  public FiledKeys {
    if (ids.length != weights.length) {
      throw new IllegalArgumentException(
          ids.length + " key ids but " + weights.length + " weights");
    }
  }

  /** The ids and weights of pivot keys. */
  public static FiledKeys of(List<String> keys, ConceptDictionary dictionary) {
    long[] ids = new long[keys.size()];
    double[] weights = new double[keys.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = WindowPivotIndex.keyId(keys.get(i));
      weights[i] = PivotKeys.weight(keys.get(i), dictionary);
    }
    return new FiledKeys(ids, weights);
  }

  /** Number of keys. */
  public int size() {
    return ids.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FiledKeys k
        && Arrays.equals(ids, k.ids)
        && Arrays.equals(weights, k.weights);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(ids) + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "FiledKeys" + Arrays.toString(ids);
  }
}
