package org.echowatch.streams.similarity;

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
    String foldedAll = foldedTitle + " " + foldedBody;
    List<String> words = Tokens.words(foldedBody.isEmpty() ? foldedTitle : foldedBody);
    long[] shingles = new Shingler(SHINGLE).shingles(words);
    String lang = languageOf(side.lang(), all);
    return new TextProfile(
        lang,
        TextNormalizer.exactHash(body.isBlank() ? title : body),
        foldedBody.length(),
        shingles,
        minHasher.sign(shingles),
        termVector(foldedTitle, foldedBody),
        dictionary.find(foldedAll),
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

  private static Map<String, Double> termVector(String foldedTitle, String foldedBody) {
    Map<String, Double> tf = new HashMap<>();
    for (String t : Tokens.terms(foldedBody)) {
      tf.merge(t, 1.0, Double::sum);
    }
    for (String t : Tokens.terms(foldedTitle)) {
      tf.merge(t, 2.0, Double::sum);
    }
    tf.replaceAll((k, v) -> 1 + Math.log(v));
    return tf;
  }

  /** Cosine of two term vectors, each term weighted by its idf. */
  public static double cosine(Map<String, Double> a, Map<String, Double> b, TermStatistics stats) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (var e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        double idf = stats.idf(e.getKey());
        dot += w * e.getValue() * idf * idf;
      }
    }
    if (dot == 0) {
      return 0;
    }
    return Math.min(1.0, dot / (norm(a, stats) * norm(b, stats)));
  }

  private static double norm(Map<String, Double> v, TermStatistics stats) {
    double sum = 0;
    for (var e : v.entrySet()) {
      double w = e.getValue() * stats.idf(e.getKey());
      sum += w * w;
    }
    return Math.sqrt(sum);
  }
}
