package org.echowatch.streams.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Precision, recall and F1 per tier from (gold, predicted) labels; {@code none} is no tier. */
public final class TierScores {

  /** The tiers reported. */
  public static final List<String> TIERS = List.of("exact", "verbatim", "rewrite", "translation");

  private final Map<String, int[]> counts = new LinkedHashMap<>();

  public TierScores() {
    TIERS.forEach(t -> counts.put(t, new int[3]));
  }

  /** Records one decision. */
  public void add(String gold, String predicted) {
    if (gold.equals(predicted)) {
      if (counts.containsKey(gold)) {
        counts.get(gold)[0]++;
      }
      return;
    }
    if (counts.containsKey(predicted)) {
      counts.get(predicted)[1]++;
    }
    if (counts.containsKey(gold)) {
      counts.get(gold)[2]++;
    }
  }

  public double precision(String tier) {
    int[] c = counts.get(tier);
    return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
  }

  public double recall(String tier) {
    int[] c = counts.get(tier);
    return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
  }

  public double f1(String tier) {
    double p = precision(tier);
    double r = recall(tier);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** One line per tier: tp, fp, fn, precision, recall, F1. */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add(
        String.format(
            Locale.ROOT,
            "%-12s %5s %5s %5s %9s %7s %6s",
            "tier",
            "tp",
            "fp",
            "fn",
            "precision",
            "recall",
            "F1"));
    for (String t : TIERS) {
      int[] c = counts.get(t);
      out.add(
          String.format(
              Locale.ROOT,
              "%-12s %5d %5d %5d %9.3f %7.3f %6.3f",
              t,
              c[0],
              c[1],
              c[2],
              precision(t),
              recall(t),
              f1(t)));
    }
    return out;
  }
}
