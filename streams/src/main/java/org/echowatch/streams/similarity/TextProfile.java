package org.echowatch.streams.similarity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Everything the tiers need to know about one text, computed once: the exact hash, shingles and
 * MinHash signature, a weighted term vector, and the language-neutral pivots (concepts, numbers,
 * dates, name keys).
 *
 * @param lang language code, lower case; {@code zh} when unknown and mostly Han
 * @param exactHash hash of the folded body without agency marks
 * @param foldedLength length of the folded body, to tell a real body from a stub
 * @param shingles sorted distinct shingle hashes of the body
 * @param signature MinHash signature of the shingles
 * @param strongTerms the {@value PivotKeys#TOP_TERMS} heaviest terms, heaviest first (see {@link
 *     PivotKeys#strongestTerms}): the story is filed under them
 * @param vector log term frequencies by term id, for scoring (title terms count double; without a
 *     title, the lead's first terms count triple and the later ones 0.6)
 * @param lead sorted distinct term ids of the headline: the title's terms, or without a title the
 *     first {@link #LEAD_TERMS} terms of the body
 * @param titled whether the text has a title with content terms (else its headline is in the body)
 * @param concepts dictionary concept ids
 * @param numbers number keys
 * @param dates date keys
 * @param names transliterated name keys
 */
public record TextProfile(
    String lang,
    String exactHash,
    int foldedLength,
    long[] shingles,
    int[] signature,
    List<String> strongTerms,
    TermVector vector,
    long[] lead,
    boolean titled,
    Set<String> concepts,
    Set<String> numbers,
    Set<String> dates,
    Set<String> names) {

  /**
   * Word shingle size for alphabetic text; Han text is tokenised in bigrams, so 3 bigrams = 4
   * chars.
   */
  static final int SHINGLE = 3;

  private static final Shingler SHINGLER = new Shingler(SHINGLE);

  /**
   * A text without a title has its opening terms stand in for one: a news story names its event in
   * the headline and lead, while boilerplate (cookie notices, paywalls, site menus) that two
   * unrelated pages share comes later. The first {@value} content terms of such a body count {@link
   * #LEAD_WEIGHT} times. Chosen on the SemEval-2022 Task 8 training pairs (titles there are the
   * first words of the text): Pearson 0.661 without, 0.680 with 10 terms counted twice, 0.687
   * thrice (0.691 four times, 0.684 for 15 terms thrice, 0.678 for 20 twice).
   */
  static final int LEAD_TERMS = 10;

  /** How many times a lead term counts, see {@link #LEAD_TERMS}. */
  static final double LEAD_WEIGHT = 3.0;

  /** How many times a title term counts. */
  private static final double TITLE_WEIGHT = 2.0;

  /**
   * How much an occurrence of a term after the lead counts in a text without a title: less than
   * one, so that the lead and the terms a story repeats decide, and a word met once deep in the
   * text (a side topic, a byline, a link to another story) adds little. On the SemEval-2022 Task 8
   * training pairs, Pearson overall 0.705 at 1.0, 0.711 at 0.5, 0.716 at 0.6, 0.715 at 0.7 (a
   * smooth decay from 3 to 0.6 over the first 10 to 20 terms gave 0.713 to 0.717, no better than
   * this step; a lead of 15 terms 0.708). With the rest of that round in place (0.726): a lead of 8
   * terms 0.724, of 12 0.720; lead terms counting 2.5 times 0.726, 4 times 0.725. A text with a
   * title keeps 1.0: its weights are unchanged. With the headline coverage, the template penalty
   * and a logistic rescaling of the score (tried, then dropped) in place (0.760): 0.4 gives 0.745,
   * 0.8 0.760, 1.0 0.756; lead terms counting 2 times 0.762, 4 times 0.758; the idf to the power
   * 1.5 in the cosine 0.760, 2.5 0.757 (all kept).
   */
  static final double REST_WEIGHT = 0.6;

  /**
   * Profiles one text.
   *
   * @param side the text
   * @param minHasher signature maker (fixed seed)
   * @param dictionary concept dictionary
   */
  public static TextProfile of(Side side, MinHasher minHasher, ConceptDictionary dictionary) {
    String body = TextNormalizer.stripAgencyMarks(side.body());
    String title = side.title() == null ? "" : side.title();
    WordSpans bodyWords = TextNormalizer.foldedWords(body);
    WordSpans titleWords = TextNormalizer.foldedWords(title);
    String foldedBody = bodyWords.text();
    String all = title + "\n" + body;
    long[] shingles = SHINGLER.shingles(bodyWords.size() == 0 ? titleWords : bodyWords);
    String lang = languageOf(side.lang(), all);
    TermList titleTerms = Tokens.terms(titleWords, lang);
    TermList bodyTerms = Tokens.terms(bodyWords, lang);
    TermTally terms = termCounts(titleTerms, bodyTerms);
    double[] weights = terms.logWeights();
    boolean titled = titleTerms.size() > 0;
    int[] digits = GatedScan.asciiDigits(all);
    return new TextProfile(
        lang,
        body.isBlank() ? TextNormalizer.exactHash(title) : TextNormalizer.hashFolded(foldedBody),
        foldedBody.length(),
        shingles,
        minHasher.sign(shingles),
        PivotKeys.strongestTerms(terms, weights, PivotKeys.TOP_TERMS),
        vector(terms, weights),
        titled ? leadIds(titleTerms, titleTerms.size()) : leadIds(bodyTerms, LEAD_TERMS),
        titled,
        dictionary.find(titleWords, bodyWords),
        NumbersAndDates.numbers(all, digits),
        NumbersAndDates.dates(all, digits),
        NameKeys.of(all));
  }

  static String languageOf(String declared, String text) {
    if (declared != null && !declared.isBlank()) {
      String l = declared.strip().toLowerCase(Locale.ROOT);
      int dash = l.indexOf('-');
      return dash > 0 ? l.substring(0, dash) : l;
    }
    return Tokens.mostlyHan(text) ? "zh" : "und";
  }

  /** The sorted distinct ids of the first {@code count} terms (all when there are fewer). */
  private static long[] leadIds(TermList terms, int count) {
    long[] ids = new long[Math.min(count, terms.size())];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = terms.id(i);
    }
    Arrays.sort(ids);
    return Hashing.distinctSorted(ids);
  }

  /**
   * Each distinct term with the sum of its occurrences' counts: body terms in order (the lead's 3,
   * then 0.6 without a title, 1 with one), then title terms ({@link #TITLE_WEIGHT} each).
   */
  private static TermTally termCounts(TermList titleTerms, TermList bodyTerms) {
    TermTally tf = new TermTally(titleTerms.size() + bodyTerms.size());
    boolean untitled = titleTerms.size() == 0;
    int lead = untitled ? Math.min(LEAD_TERMS, bodyTerms.size()) : 0;
    double rest = untitled ? REST_WEIGHT : 1.0;
    for (int i = 0; i < bodyTerms.size(); i++) {
      tf.add(bodyTerms, i, i < lead ? LEAD_WEIGHT : rest);
    }
    for (int i = 0; i < titleTerms.size(); i++) {
      tf.add(titleTerms, i, TITLE_WEIGHT);
    }
    return tf;
  }

  /**
   * The vector of the tallied terms and their weights, from the ids already computed. Only when two
   * ids share their high bits does the order of the terms matter (weights of equal ids are added in
   * it); then the vector is made from the term map as before, in that map's order.
   */
  private static TermVector vector(TermTally terms, double[] weights) {
    TermVector v = TermVector.ofIdsDistinctInHighBits(terms.ids(), weights);
    return v != null ? v : TermVector.of(terms.asMap(weights));
  }
}
