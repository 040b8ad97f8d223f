package org.echowatch.streams.similarity;

/**
 * Decision thresholds of the tiers.
 *
 * @param verbatim minimum exact shingle Jaccard for the verbatim tier
 * @param rewrite minimum same-language score for the rewrite tier
 * @param translation minimum cross-language score for the translation tier
 */
public record Thresholds(double verbatim, double rewrite, double translation) {

  /** The thresholds fitted on the labelled corpus. */
  public static final Thresholds DEFAULT = new Thresholds(0.65, 0.55, 0.7);

  public Thresholds {
    check(verbatim, "verbatim");
    check(rewrite, "rewrite");
    check(translation, "translation");
  }

  private static void check(double value, String name) {
    if (!(value > 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " threshold must be in (0,1], was " + value);
    }
  }
}
