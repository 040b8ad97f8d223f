package org.echowatch.streams.similarity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * @param terms log term frequencies (title terms count double)
 * @param vector the same weights by term id, for scoring
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
    Map<String, Double> terms,
    TermVector vector,
    Set<String> concepts,
    Set<String> numbers,
    Set<String> dates,
    Set<String> names) {

  /**
   * Word shingle size for alphabetic text; Han text is tokenised in bigrams, so 3 bigrams = 4
   * chars.
   */
  static final int SHINGLE = 3;

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
    String foldedBody = TextNormalizer.fold(body);
    String foldedTitle = TextNormalizer.fold(title);
    String all = title + "\n" + body;
    List<String> bodyWords = Tokens.words(foldedBody);
    List<String> titleWords = Tokens.words(foldedTitle);
    long[] shingles = new Shingler(SHINGLE).shingles(bodyWords.isEmpty() ? titleWords : bodyWords);
    List<String> allWords = new ArrayList<>(titleWords.size() + bodyWords.size());
    allWords.addAll(titleWords);
    allWords.addAll(bodyWords);
    Map<String, Double> terms = termVector(Tokens.terms(titleWords), Tokens.terms(bodyWords));
    return new TextProfile(
        languageOf(side.lang(), all),
        body.isBlank() ? TextNormalizer.exactHash(title) : TextNormalizer.hashFolded(foldedBody),
        foldedBody.length(),
        shingles,
        minHasher.sign(shingles),
        terms,
        TermVector.of(terms),
        dictionary.find(foldedTitle + " " + foldedBody, allWords),
        NumbersAndDates.numbers(all),
        NumbersAndDates.dates(all),
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

  private static Map<String, Double> termVector(List<String> titleTerms, List<String> bodyTerms) {
    Map<String, Double> tf = new HashMap<>();
    for (String t : bodyTerms) {
      tf.merge(t, 1.0, Double::sum);
    }
    for (String t : titleTerms) {
      tf.merge(t, 2.0, Double::sum);
    }
    tf.replaceAll((k, v) -> 1 + Math.log(v));
    return tf;
  }
}
