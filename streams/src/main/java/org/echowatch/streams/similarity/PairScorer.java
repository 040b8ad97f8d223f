package org.echowatch.streams.similarity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.echowatch.common.MatchType;

/**
 * Scores a pair of texts and names the tier that flags it, cheapest first: {@code exact} (same
 * normalised body), {@code verbatim} (shingle Jaccard), {@code rewrite} (same language: term cosine
 * with entity, number and date overlap), {@code translation} (different languages: dictionary
 * concepts, numbers, dates and transliterated names). The topology, the {@code score} command and
 * the quality reports all use this class.
 */
public final class PairScorer {

  /** Fixed MinHash seed: signatures must be the same on every run. */
  public static final long SEED = 0x5EED_EC40L;

  /** MinHash signature length. */
  public static final int SIGNATURE = 64;

  // feature weights fitted on the labelled corpus (see QualityReport); the rest of a score is
  // renormalised over the features at least one side has
  static final double REWRITE_COSINE = 0.55;
  static final double REWRITE_ENTITIES = 0.2;
  static final double REWRITE_NUMBERS = 0.15;
  static final double REWRITE_DATES = 0.1;
  static final double CROSS_CONCEPTS = 0.45;
  static final double CROSS_NUMBERS = 0.3;
  static final double CROSS_NAMES = 0.15;
  static final double CROSS_DATES = 0.1;

  /** Shared weighted pivots at which a cross-language score gets full confidence. */
  static final double CROSS_EVIDENCE = 8.0;

  private final Thresholds thresholds;
  private final MinHasher minHasher;
  private final ConceptDictionary dictionary;

  /**
   * @param thresholds tier thresholds
   * @param dictionary concept dictionary for cross-language pivots
   */
  public PairScorer(Thresholds thresholds, ConceptDictionary dictionary) {
    this.thresholds = thresholds;
    this.dictionary = dictionary;
    this.minHasher = new MinHasher(SIGNATURE, SEED);
  }

  /** The scorer with the default thresholds and the built-in dictionary. */
  public static PairScorer standard() {
    return new PairScorer(Thresholds.DEFAULT, ConceptDictionary.builtIn());
  }

  /** Profiles one text for repeated scoring. */
  public TextProfile profile(Side side) {
    return TextProfile.of(side, minHasher, dictionary);
  }

  /** Scores two texts; symmetric in its arguments. */
  public PairScore score(Side a, Side b) {
    return score(profile(a), profile(b));
  }

  /** Scores two profiled texts. */
  public PairScore score(TextProfile a, TextProfile b) {
    Map<String, Double> f = new LinkedHashMap<>();
    if (a.foldedLength() >= 40 && a.exactHash().equals(b.exactHash())) {
      f.put("exact", 1.0);
      return new PairScore(1.0, MatchType.EXACT, f);
    }
    boolean sameLanguage = a.lang().equals(b.lang());
    if (sameLanguage) {
      double jaccard = Jaccard.of(a.shingles(), b.shingles());
      f.put("jaccard", round(jaccard));
      double rewrite = rewriteScore(a, b, f);
      double score = Math.max(jaccard, rewrite);
      if (jaccard >= thresholds.verbatim()) {
        return new PairScore(round(score), MatchType.VERBATIM, f);
      }
      return new PairScore(
          round(score), rewrite >= thresholds.rewrite() ? MatchType.REWRITE : null, f);
    }
    double translation = translationScore(a, b, f);
    return new PairScore(
        round(translation),
        translation >= thresholds.translation() ? MatchType.TRANSLATION : null,
        f);
  }

  private double rewriteScore(TextProfile a, TextProfile b, Map<String, Double> f) {
    double cosine = TextProfile.cosine(a.terms(), b.terms());
    f.put("cosine", round(cosine));
    var mix = new Mix();
    mix.add(cosine, REWRITE_COSINE);
    mix.add(entities(a, b, f), REWRITE_ENTITIES, a.names(), b.names(), a.concepts(), b.concepts());
    mix.add(numbers(a, b, f), REWRITE_NUMBERS, a.numbers(), b.numbers());
    mix.add(dates(a, b, f), REWRITE_DATES, a.dates(), b.dates());
    return mix.value();
  }

  private double translationScore(TextProfile a, TextProfile b, Map<String, Double> f) {
    double concepts = Overlap.of(a.concepts(), b.concepts(), dictionary::weight);
    f.put("concepts", round(concepts));
    double names = Overlap.of(a.names(), b.names(), n -> 1.0);
    f.put("names", round(names));
    var mix = new Mix();
    mix.add(concepts, CROSS_CONCEPTS, a.concepts(), b.concepts());
    mix.add(numbers(a, b, f), CROSS_NUMBERS, a.numbers(), b.numbers());
    if (!a.names().isEmpty() && !b.names().isEmpty()) {
      mix.add(names, CROSS_NAMES);
    }
    mix.add(dates(a, b, f), CROSS_DATES, a.dates(), b.dates());
    double evidence =
        Overlap.shared(a.concepts(), b.concepts(), dictionary::weight)
            + 2 * Overlap.shared(a.numbers(), b.numbers(), n -> 1.0)
            + Overlap.shared(a.dates(), b.dates(), n -> 1.0)
            + Overlap.shared(a.names(), b.names(), n -> 1.0);
    double confidence = Math.min(1.0, evidence / CROSS_EVIDENCE);
    f.put("evidence", round(confidence));
    return mix.value() * (0.5 + 0.5 * confidence);
  }

  private double entities(TextProfile a, TextProfile b, Map<String, Double> f) {
    double names = Overlap.of(a.names(), b.names(), n -> 1.0);
    double concepts = Overlap.of(a.concepts(), b.concepts(), dictionary::weight);
    double e = Math.max(names, concepts);
    f.put("entities", round(e));
    return e;
  }

  private static double numbers(TextProfile a, TextProfile b, Map<String, Double> f) {
    double n = Overlap.of(a.numbers(), b.numbers(), x -> 1.0);
    f.put("numbers", round(n));
    return n;
  }

  private static double dates(TextProfile a, TextProfile b, Map<String, Double> f) {
    double d = Overlap.of(a.dates(), b.dates(), x -> 1.0);
    f.put("dates", round(d));
    return d;
  }

  static double round(double v) {
    return Math.round(Math.max(0, Math.min(1, v)) * 10_000) / 10_000.0;
  }

  /** A weighted mean over the features that at least one side has. */
  private static final class Mix {
    private double sum;
    private double weights;

    void add(double value, double weight) {
      sum += value * weight;
      weights += weight;
    }

    @SafeVarargs
    final void add(double value, double weight, Set<String>... sides) {
      for (Set<String> s : sides) {
        if (!s.isEmpty()) {
          add(value, weight);
          return;
        }
      }
    }

    double value() {
      return weights == 0 ? 0 : sum / weights;
    }
  }
}
