package org.echowatch.streams.similarity;

import java.util.AbstractMap;
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

  // Feature weights, chosen on the labelled corpus (see QualityReport). A score is "same content"
  // (square root of the term cosine, or of the concept overlap across languages) times "same
  // specifics" (numbers, dates, names): templated agency copy about a different event shares the
  // words but not the figures, and a translation shares the figures but few words.
  static final double AGREE_NUMBERS = 0.5;
  static final double AGREE_DATES = 0.35;
  static final double AGREE_ENTITIES = 0.15;

  /** Years are shared by most stories of a season: they count a quarter of other numbers. */
  static final double YEAR_WEIGHT = 0.25;

  /**
   * Share of pure content in the reported same-language score (the tier uses the product). Checked
   * again on the SemEval-2022 Task 8 training pairs with the 0.726 weights: 0.7 gives 0.722, 0.9
   * 0.725, 1.0 0.722; the square root of the cosine against the power 0.4 (0.719) or 0.6 (0.724).
   * With the headline, the template penalty and a logistic rescaling of the score that was tried
   * and dropped (it hid the score's meaning; 0.760 with it): 0.6 gives 0.760, 0.7 0.762, 0.9 0.755,
   * 1.0 0.749; kept, as 0.002 is within what one pair's rating moves.
   */
  static final double CONTENT_SHARE = 0.8;

  /**
   * Share of the headline's coverage ({@link #headline}) in the reported score, the rest being the
   * content mix (or, between languages, the shared terms). Two reports of one event name it in
   * their headlines, while the bodies may go on to different details, and a short text can be all
   * of a longer one's headline without sharing much of its body. Fitted on the SemEval-2022 Task 8
   * training pairs: least squares of the rating on the 0.726 score and the coverage gave weights
   * 2.7 : 1.2, about 0.7 : 0.3; Pearson 0.726 to 0.737 (de 0.706 to 0.726, en 0.824 to 0.840, pl
   * 0.726 to 0.752, de-en 0.667 to 0.676; tr 0.779 to 0.761), 10-fold cross-validated on training
   * 0.724 to 0.735. Shares of 0.2 and 0.4 give 0.736 and 0.737; the coverage with idf weights
   * instead of idf squared 0.734, of the first 8 terms 0.740, 12 terms 0.737, 15 terms 0.730, 5
   * terms 0.726; the mean of both directions instead of the larger 0.732, the smaller 0.720.
   */
  static final double HEADLINE_SHARE = 0.3;

  /**
   * How much the reported same-language score loses per point that the shingle Jaccard exceeds the
   * term cosine. Word sequences shared far beyond shared terms are a template the two pages have in
   * common (a cookie, paywall or subscription notice), while their headlines, which weigh more in
   * the cosine, differ: a real copy shares its terms at least as much as its word sequences. On the
   * SemEval-2022 Task 8 training pairs 7 pairs have an excess, 3 of more than 0.03 (0.23 to 0.41,
   * all three rated different stories and flagged verbatim); Pearson 0.737 to 0.744 (de 0.726 to
   * 0.742, en 0.840 to 0.851, pl 0.752 to 0.763), 0.742 for a factor of 1 and 0.744 for 3. The
   * tiers are left as they are. Only between two untitled texts: the shingles are the body's while
   * the cosine weighs the title too, and in the labelled corpus verbatim copies under a new title
   * (Chinese, Jaccard 0.83, cosine 0.61) fell from 0.77 to 0.56.
   */
  static final double TEMPLATE_PENALTY = 2.0;

  /** Shared weighted pivots at which a cross-language score gets full confidence. */
  static final double CROSS_EVIDENCE = 8.0;

  /**
   * Languages the built-in concept dictionary covers. Between other languages (de-en, es-en ...)
   * concept hits come from stray English words and borrowed terms, so the reported score leaves the
   * translation tier's value out: on the SemEval-2022 Task 8 training pairs the de-en Pearson goes
   * from 0.593 to 0.675 without it (the tier itself still fires as before). Mixing number and date
   * agreement into that score as for one language (a share of 0.2) lifts de-en from 0.667 to 0.670
   * but lowers the overall figure from 0.726 to 0.721. Belarusian is one of them: the dictionary's
   * Cyrillic stems include its forms where they differ from the Russian ones.
   */
  static final Set<String> DICTIONARY_LANGUAGES = Set.of("en", "ru", "zh", "be");

  /** Numbers overlap a verbatim copy must keep when both sides have numbers. */
  static final double VERBATIM_NUMBERS = 0.5;

  /**
   * Where the feature values of a pair go when nobody reads them ({@link #cannotBeFlagged}): it
   * keeps nothing, so setting a candidate aside makes no map.
   */
  private static final Map<String, Double> UNRECORDED =
      new AbstractMap<>() {
        @Override
        public Double put(String feature, Double value) {
          return null;
        }

        @Override
        public Set<Entry<String, Double>> entrySet() {
          return Set.of();
        }
      };

  private final Thresholds thresholds;
  private final TermStatistics stats;
  private final TermStatistics cosineStats;
  private final MinHasher minHasher;
  private final ConceptDictionary dictionary;

  /**
   * @param thresholds tier thresholds
   * @param dictionary concept dictionary for cross-language pivots
   */
  public PairScorer(Thresholds thresholds, ConceptDictionary dictionary) {
    this(thresholds, dictionary, TermStatistics.UNIFORM);
  }

  /**
   * @param thresholds tier thresholds
   * @param dictionary concept dictionary for cross-language pivots
   * @param stats term weights for the cosine (the topology passes the window's document
   *     frequencies, the score command those of its input)
   */
  public PairScorer(Thresholds thresholds, ConceptDictionary dictionary, TermStatistics stats) {
    this(thresholds, dictionary, stats, squared(stats), new MinHasher(SIGNATURE, SEED));
  }

  private PairScorer(
      Thresholds thresholds,
      ConceptDictionary dictionary,
      TermStatistics stats,
      TermStatistics cosineStats,
      MinHasher minHasher) {
    this.thresholds = thresholds;
    this.stats = stats;
    this.cosineStats = cosineStats;
    this.dictionary = dictionary;
    this.minHasher = minHasher;
  }

  /**
   * This scorer for one scoring round, during which its term statistics do not change: each
   * vector's weighted length is then summed once in the round instead of once per pair (the new
   * story meets every candidate). Same scores; make a new one when the statistics change.
   */
  public PairScorer forOneRound() {
    return new PairScorer(
        thresholds, dictionary, stats, new FrozenStatistics(cosineStats), minHasher);
  }

  /** The scorer with the default thresholds and the built-in dictionary. */
  public static PairScorer standard() {
    return new PairScorer(Thresholds.DEFAULT, ConceptDictionary.builtIn());
  }

  /** Profiles one text for repeated scoring. */
  public TextProfile profile(Side side) {
    return TextProfile.of(side, minHasher, dictionary);
  }

  /** The concept dictionary the scorer profiles with. */
  public ConceptDictionary dictionary() {
    return dictionary;
  }

  /** The same scorer with other term statistics. */
  public PairScorer with(TermStatistics newStats) {
    return new PairScorer(thresholds, dictionary, newStats);
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
    if (a.lang().equals(b.lang())) {
      double jaccard = Jaccard.of(a.shingles(), b.shingles());
      f.put("jaccard", round(jaccard));
      double cosine = TermVector.cosine(a.vector(), b.vector(), cosineStats);
      f.put("cosine", round(cosine));
      var agree = sameLanguageAgreement(a, b, f);
      double content = Math.sqrt(cosine);
      double rewrite = content * agree.valueOr(content);
      f.put("rewrite", round(rewrite));
      // The reported score leans on content so that it also ranks related-but-different stories.
      // Shingle overlap is the verbatim tier's evidence but not part of it: pages that share a
      // cookie or subscription notice have a high Jaccard while their stories differ, and a real
      // copy has a high cosine anyway. On the SemEval-2022 Task 8 training pairs three pairs
      // change, all three rated different stories, and Pearson goes from 0.720 to 0.726.
      double mix = CONTENT_SHARE * content + (1 - CONTENT_SHARE) * rewrite;
      double headline = headline(a, b);
      f.put("headline", round(headline));
      // only between untitled texts do shingles and terms come from the same words: with a title,
      // the cosine also weighs the titles, which a copy may change
      double template = a.titled() || b.titled() ? 0 : Math.max(0, jaccard - cosine);
      double score =
          ((1 - HEADLINE_SHARE) * mix + HEADLINE_SHARE * headline)
              * Math.max(0, 1 - TEMPLATE_PENALTY * template);
      boolean numbersKept =
          a.numbers().isEmpty() || b.numbers().isEmpty() || f.get("numbers") >= VERBATIM_NUMBERS;
      if (jaccard >= thresholds.verbatim() && numbersKept) {
        return new PairScore(round(score), MatchType.VERBATIM, f);
      }
      return new PairScore(
          round(score), rewrite >= thresholds.rewrite() ? MatchType.REWRITE : null, f);
    }
    double translation = translation(a, b, f);
    // languages of one script (de-en, es-en ...) also share words and names
    double shared = Math.sqrt(TermVector.cosine(a.vector(), b.vector(), cosineStats));
    f.put("sharedTerms", round(shared));
    double headline = headline(a, b);
    f.put("headline", round(headline));
    double reported = (1 - HEADLINE_SHARE) * shared + HEADLINE_SHARE * headline;
    if (DICTIONARY_LANGUAGES.contains(a.lang()) && DICTIONARY_LANGUAGES.contains(b.lang())) {
      reported = Math.max(translation, reported);
    }
    return new PairScore(
        round(reported), translation >= thresholds.translation() ? MatchType.TRANSLATION : null, f);
  }

  /**
   * The score of a pair that some tier flags, the same as {@link #score(TextProfile, TextProfile)}
   * gives it, or null when no tier does. Most candidates of the pivot index are not flagged, and
   * their term cosine, the dearest feature (two vector lengths over the window's statistics), is
   * needed only for the reported score: a pair is set aside without it when the cheaper features
   * already keep every tier from firing (see {@link #cannotBeFlagged}).
   */
  public PairScore scoreIfFlagged(TextProfile a, TextProfile b) {
    if (cannotBeFlagged(a, b)) {
      return null;
    }
    PairScore s = score(a, b);
    return s.flagged() ? s : null;
  }

  /**
   * Whether no tier can flag the pair, judged without the term cosine; false when in doubt. Not the
   * same text, and: in one language, a shingle Jaccard under the verbatim threshold and a number,
   * date and entity agreement under the rewrite threshold (the rewrite score is the square root of
   * the cosine, at most 1, times that agreement); across languages, the translation score, which
   * takes no cosine, under its threshold.
   */
  boolean cannotBeFlagged(TextProfile a, TextProfile b) {
    if (a.foldedLength() >= 40 && a.exactHash().equals(b.exactHash())) {
      return false;
    }
    if (a.lang().equals(b.lang())) {
      // the margin covers a cosine that rounding puts a hair above 1
      double most = thresholds.rewrite() * (1 - 1e-9);
      Mix agree = agreement(a, b, UNRECORDED);
      boolean entitiesCount = entitiesCount(a, b);
      // the entity agreement is at most 1: it is worked out only when the numbers and dates leave
      // room for the mix to reach the threshold
      if (!(agree.boundWith(AGREE_ENTITIES, entitiesCount) < most)) {
        if (entitiesCount) {
          agree.add(entities(a, b), AGREE_ENTITIES);
        }
        if (!(agree.present() && agree.valueOr(1) < most)) {
          return false;
        }
      }
      return !Jaccard.reaches(a.shingles(), b.shingles(), thresholds.verbatim());
    }
    return translation(a, b, UNRECORDED) < thresholds.translation();
  }

  /** Whether either text has names or concepts, so that entity agreement counts in the mix. */
  private static boolean entitiesCount(TextProfile a, TextProfile b) {
    return !a.names().isEmpty()
        || !b.names().isEmpty()
        || !a.concepts().isEmpty()
        || !b.concepts().isEmpty();
  }

  /** The better of name and concept agreement. */
  private double entities(TextProfile a, TextProfile b) {
    return Math.max(Overlap.ofCounts(a.names(), b.names()), concepts(a, b));
  }

  /**
   * Number, date and entity (names, or dictionary concepts) agreement of two texts in one language;
   * puts the entities, numbers and dates features.
   */
  private Mix sameLanguageAgreement(TextProfile a, TextProfile b, Map<String, Double> f) {
    double entities = entities(a, b);
    f.put("entities", round(entities));
    var agree = agreement(a, b, f);
    if (entitiesCount(a, b)) {
      agree.add(entities, AGREE_ENTITIES);
    }
    return agree;
  }

  /**
   * The translation tier's score of two texts in different languages: shared dictionary concepts,
   * times their number and date agreement, times the confidence that enough weighted pivots are
   * shared; puts the concepts, numbers, dates, names and confidence features.
   */
  private double translation(TextProfile a, TextProfile b, Map<String, Double> f) {
    double concepts = concepts(a, b);
    f.put("concepts", round(concepts));
    var agree = agreement(a, b, f);
    f.put("names", round(Overlap.ofCounts(a.names(), b.names())));
    double evidence =
        Overlap.shared(a.concepts(), b.concepts(), dictionary::weight)
            + 2 * Overlap.shared(a.numbers(), b.numbers(), PairScorer::numberWeight)
            + Overlap.shared(a.dates(), b.dates(), Overlap.UNIT)
            + Overlap.shared(a.names(), b.names(), Overlap.UNIT);
    double confidence = Math.min(1.0, evidence / CROSS_EVIDENCE);
    f.put("confidence", round(confidence));
    double content = Math.sqrt(concepts);
    return content * agree.valueOr(0.8 * content) * confidence;
  }

  /**
   * The cosine weighs a term by its idf squared: rare names and words decide, while words that many
   * texts share (site boilerplate, agency formulas) fade faster than with the plain idf. On the
   * SemEval-2022 Task 8 training pairs, Pearson overall with the lead weighting of {@link
   * TextProfile}: 0.687 with the plain idf, 0.696 squared, 0.690 for the power 1.5. A square keeps
   * it one multiply per term. With the 0.726 weights: the power 1.5 gives 0.724, 2.5 0.723, 3
   * 0.718.
   */
  private static TermStatistics squared(TermStatistics stats) {
    if (stats == TermStatistics.UNIFORM) {
      return stats;
    }
    return id -> {
      double idf = stats.idf(id);
      return idf * idf;
    };
  }

  // What did not help, on the SemEval-2022 Task 8 training pairs. On the 0.726 weights, 10-fold
  // cross-validated: least squares of the rating on the score and features already at hand
  // (number, date and name agreement, length ratio of the texts, cosine of the first 10 or 20 terms
  // alone) 0.723 to 0.726, against 0.724 for the score alone. For the content part alone (the
  // square root of the term cosine, 0.722): a cosine over character 4-grams mixed in at 0.3 to 0.5
  // gives 0.725 (3-grams 0.718, 5-grams 0.723), adjacent term pairs as extra terms 0.715 at best.
  // Fitting each language pair its own straight line, an upper bound for any per-language scale,
  // gives only 0.739. With the 0.760 weights (the dropped logistic rescaling included): names
  // weighted by their idf in the entity agreement 0.759; scaling the score between languages by
  // 1.1 0.761 (1.2 0.761, 1.3 0.759); ridge regression over 12 features and their products 0.741
  // cross-validated. Between Latin-script languages (de-en), a second cosine over the first four
  // consonants of each word (c/k, z/s, ph/f folded), mixed half and half with the term cosine,
  // lifts de-en from 0.674 to 0.704 but all pairs only from 0.760 to 0.762: not worth a second
  // vector in every profile.

  /**
   * How much of one text's headline the other text has, the larger of both ways: the idf-squared
   * weight of the headline terms ({@link TextProfile#lead}) found anywhere in the other text, over
   * that of all of them.
   */
  private double headline(TextProfile a, TextProfile b) {
    return Math.max(covered(a.lead(), b.vector()), covered(b.lead(), a.vector()));
  }

  private double covered(long[] lead, TermVector other) {
    double all = 0;
    double found = 0;
    // a headline has a few terms and a text hundreds: each is looked up by bisection, from where
    // the one before it was (both are sorted)
    int from = 0;
    for (long id : lead) {
      double w = cosineStats.idf(id);
      all += w;
      int at = other.indexOf(id, from);
      if (at >= 0) {
        found += w;
        from = at;
      } else {
        from = -at - 1;
      }
    }
    return all == 0 ? 0 : found / all;
  }

  private double concepts(TextProfile a, TextProfile b) {
    return Overlap.of(a.concepts(), b.concepts(), dictionary::weight);
  }

  /** Number and date agreement, over the kinds both sides have. */
  private static Mix agreement(TextProfile a, TextProfile b, Map<String, Double> f) {
    var mix = new Mix();
    mix.both(numbers(a, b, f), AGREE_NUMBERS, a.numbers(), b.numbers());
    mix.both(dates(a, b, f), AGREE_DATES, a.dates(), b.dates());
    return mix;
  }

  private static double numbers(TextProfile a, TextProfile b, Map<String, Double> f) {
    double n = Overlap.of(a.numbers(), b.numbers(), PairScorer::numberWeight);
    f.put("numbers", round(n));
    return n;
  }

  private static double dates(TextProfile a, TextProfile b, Map<String, Double> f) {
    double d = Overlap.ofCounts(a.dates(), b.dates());
    f.put("dates", round(d));
    return d;
  }

  static double numberWeight(String key) {
    return key.charAt(0) == 'y' ? YEAR_WEIGHT : 1.0;
  }

  static double round(double v) {
    return Math.round(Math.max(0, Math.min(1, v)) * 10_000) / 10_000.0;
  }

  /** A weighted mean over the features present. */
  private static final class Mix {
    private double sum;
    private double weights;

    /** Adds a feature that counts when both sides have something of its kind. */
    void both(double value, double weight, Set<String> a, Set<String> b) {
      if (!a.isEmpty() && !b.isEmpty()) {
        sum += value * weight;
        weights += weight;
      }
    }

    /** Adds a feature. */
    void add(double value, double weight) {
      sum += value * weight;
      weights += weight;
    }

    /**
     * The largest value the mix can take once a feature of this weight and a value of at most 1 is
     * added (when it counts); {@link #valueOr valueOr(1)} when none is.
     */
    double boundWith(double weight, boolean counts) {
      return counts ? (sum + weight) / (weights + weight) : valueOr(1);
    }

    /** Whether some feature counts. */
    boolean present() {
      return weights > 0;
    }

    double valueOr(double fallback) {
      return weights == 0 ? fallback : sum / weights;
    }
  }
}
