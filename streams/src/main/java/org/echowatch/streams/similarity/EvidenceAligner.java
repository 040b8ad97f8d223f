package org.echowatch.streams.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the sentence pairs that carry a match, strongest first: for each echo sentence the origin
 * sentence that shares the most terms (same language) or pivots (across languages).
 */
public final class EvidenceAligner {

  /** Longest passage kept, in characters. */
  public static final int MAX_SPAN = 400;

  private static final int MAX_SENTENCES = 80;
  private static final double MIN_SCORE = 0.15;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。！？])\\s+|(?<=[。！？])|\\n+");

  /**
   * One aligned pair.
   *
   * @param originSpan origin sentence
   * @param echoSpan echo sentence
   * @param score alignment strength in [0,1]
   */
  public record Passage(String originSpan, String echoSpan, double score) {}

  private final ConceptDictionary dictionary;

  public EvidenceAligner(ConceptDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /**
   * Aligns the sentences of two texts.
   *
   * @param origin text of the earlier story
   * @param echo text of the later story
   * @param limit most passages returned
   */
  public List<Passage> align(String origin, String echo, int limit) {
    List<String> os = sentences(origin);
    List<String> es = sentences(echo);
    List<long[]> op = os.stream().map(this::pivots).toList();
    List<long[]> ep = es.stream().map(this::pivots).toList();
    List<Passage> best = new ArrayList<>();
    Set<Integer> usedOrigin = new HashSet<>();
    for (int j = 0; j < es.size(); j++) {
      int bestI = -1;
      double bestScore = MIN_SCORE;
      for (int i = 0; i < os.size(); i++) {
        double s = dice(op.get(i), ep.get(j));
        if (s > bestScore && !usedOrigin.contains(i)) {
          bestScore = s;
          bestI = i;
        }
      }
      if (bestI >= 0) {
        usedOrigin.add(bestI);
        best.add(new Passage(cut(os.get(bestI)), cut(es.get(j)), PairScorer.round(bestScore)));
      }
    }
    best.sort((x, y) -> Double.compare(y.score(), x.score()));
    return best.size() <= limit ? best : List.copyOf(best.subList(0, limit));
  }

  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_END.split(TextNormalizer.stripAgencyMarks(text))) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
      if (out.size() == MAX_SENTENCES) {
        break;
      }
    }
    return out;
  }

  /** A sentence's terms and pivots, as sorted distinct 64-bit hashes. */
  private long[] pivots(String sentence) {
    String folded = TextNormalizer.fold(sentence);
    Set<String> p = new HashSet<>(Tokens.terms(folded));
    for (String c : dictionary.find(folded)) {
      p.add("c:" + c);
    }
    p.addAll(NumbersAndDates.numbers(sentence));
    p.addAll(NumbersAndDates.dates(sentence));
    for (String n : NameKeys.of(sentence)) {
      p.add("k:" + n);
    }
    long[] ids = new long[p.size()];
    int i = 0;
    for (String x : p) {
      ids[i++] = Hashing.mix(Hashing.fnv(x));
    }
    Arrays.sort(ids);
    return Hashing.distinctSorted(ids);
  }

  /** Dice coefficient of two sorted distinct hash sets, in one merge. */
  static double dice(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        shared++;
        i++;
        j++;
      }
    }
    return 2.0 * shared / (a.length + b.length);
  }

  private static String cut(String s) {
    return s.length() <= MAX_SPAN ? s : s.substring(0, MAX_SPAN) + "…";
  }
}
