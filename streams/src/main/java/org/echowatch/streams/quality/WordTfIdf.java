package org.echowatch.streams.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plain word TF-IDF cosine that the SemEval-2022 Task 8 reference figures start from (about
 * 0.57 on the real pairs of the development data): words are lower-cased runs of two or more
 * letters or digits, a word weighs its count in the text times its smoothed inverse document
 * frequency over the given texts, ln((1 + n) / (1 + df)) + 1, and two texts compare by the cosine
 * of their weights. No stems, stop words, titles, dictionary or anything else of the pair scorer:
 * {@link SemEvalReport} prints it beside the scorer so both are measured on the same pairs.
 */
final class WordTfIdf {

  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final int documents;

  /** Document frequencies over {@code texts}, each text one document. */
  WordTfIdf(Collection<String> texts) {
    for (String text : texts) {
      for (String word : new HashSet<>(words(text))) {
        documentFrequency.merge(word, 1, Integer::sum);
      }
    }
    this.documents = texts.size();
  }

  /** The cosine of the two texts' TF-IDF weights; 0 when either has no word. */
  double cosine(String a, String b) {
    Map<String, Double> wa = weights(a);
    Map<String, Double> wb = weights(b);
    double dot = 0;
    for (var e : wa.entrySet()) {
      Double other = wb.get(e.getKey());
      if (other != null) {
        dot += e.getValue() * other;
      }
    }
    double norms = norm(wa) * norm(wb);
    return norms == 0 ? 0 : dot / norms;
  }

  /** Lower-cased runs of two or more letters or digits, in order. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean inWord = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        if (i - start >= 2) {
          out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        }
        start = -1;
      }
    }
    return out;
  }

  private Map<String, Double> weights(String text) {
    Map<String, Double> counts = new HashMap<>();
    for (String word : words(text)) {
      counts.merge(word, 1.0, Double::sum);
    }
    counts.replaceAll((word, count) -> count * idf(word));
    return counts;
  }

  private double idf(String word) {
    int df = documentFrequency.getOrDefault(word, 0);
    return Math.log((1.0 + documents) / (1.0 + df)) + 1;
  }

  private static double norm(Map<String, Double> weights) {
    double sum = 0;
    for (double w : weights.values()) {
      sum += w * w;
    }
    return Math.sqrt(sum);
  }
}
