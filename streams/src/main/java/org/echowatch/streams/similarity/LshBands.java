package org.echowatch.streams.similarity;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a MinHash signature into {@code bands} bands of {@code rows} values and names each band by a
 * hash: two texts share a band key with probability 1 - (1 - J^rows)^bands, so near-duplicates meet
 * under some key while unrelated texts almost never do.
 */
public final class LshBands {

  private final int bands;
  private final int rows;

  /**
   * @param bands number of bands
   * @param rows signature values per band; bands * rows must not exceed the signature length
   */
  public LshBands(int bands, int rows) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be >= 1");
    }
    this.bands = bands;
    this.rows = rows;
  }

  /** One key per band, {@code "b<band>:<hex>"}. */
  public List<String> keys(int[] signature) {
    if (signature.length < bands * rows) {
      throw new IllegalArgumentException(
          "signature of " + signature.length + " values is shorter than " + bands * rows);
    }
    List<String> keys = new ArrayList<>(bands);
    for (int b = 0; b < bands; b++) {
      long h = b;
      for (int r = 0; r < rows; r++) {
        h = Hashing.mix(h * 0x100000001b3L + signature[b * rows + r]);
      }
      keys.add("b" + b + ":" + Long.toHexString(h));
    }
    return keys;
  }

  /** The similarity at which a pair becomes more likely than not to share a band. */
  public double threshold() {
    return Math.pow(1.0 / bands, 1.0 / rows);
  }
}
